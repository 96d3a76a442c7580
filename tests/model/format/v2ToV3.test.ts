// Format v2 → v3: share records (`shares`) and field sources (`fieldSources`) are new, both empty
// after migration; their fields are validated with messages that name the field.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, migrateFamilyDocument, parseFamily, serializeFamily } from '@kinmap/model';

const read = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as Record<string, unknown>;

const frozenV2 = () => read('../../fixtures/format/v2/leo-family.json');
const frozenV3 = () => read('../../fixtures/format/v3/leo-family.json');

/** A v3 document with one share record built from `share` over a valid one. */
function withShare(share: Record<string, unknown>) {
  const doc = frozenV3();
  const [first] = doc.shares as Record<string, unknown>[];
  return { ...doc, shares: [{ ...first, ...share }] };
}

function issuesOf(doc: unknown) {
  const result = parseFamily(doc);
  return result.ok ? [] : result.issues;
}

describe('format v2 → v3', () => {
  it('adds an empty share history and no field sources; nothing else changes', () => {
    const v2 = frozenV2();
    const result = migrateFamilyDocument(v2);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.appliedSteps).toEqual([
      '2→3: shares (share records) and fieldSources (who recorded a fact, and from where) added, both empty',
    ]);
    expect(result.document).toEqual({ ...v2, formatVersion: 3, shares: [], fieldSources: [] });
    expect(v2.formatVersion).toBe(2); // the input is not touched
    const parsed = parseFamily(v2);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.family.formatVersion).toBe(FORMAT_VERSION);
    expect(parsed.family.shares).toEqual([]);
    expect(parsed.family.fieldSources).toEqual([]);
  });

  it('the frozen v2 example opens as the frozen v3 example, less the share and source added since', () => {
    const migrated = migrateFamilyDocument(frozenV2());
    if (!migrated.ok) throw new Error('not ok');
    expect(migrated.document).toEqual({ ...frozenV3(), shares: [], fieldSources: [] });
  });

  it('reads the frozen v3 example, with its share record and field source, and writes it back the same', () => {
    const parsed = parseFamily(frozenV3());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { family } = parsed;
    expect(family.shares).toHaveLength(1);
    expect(family.shares[0]).toMatchObject({
      profile: 'partner_agency',
      lawfulBasis: 'public_task',
      consent: { state: 'not_sought', reason: 'Asking would prejudice the section 47 enquiry' },
      recipient: { agency: 'agency:school' },
    });
    expect(family.fieldSources[0]).toMatchObject({ entity: { kind: 'person', id: 'person:leo' } });
    expect(parseFamily(serializeFamily(family))).toEqual({ ok: true, family });
  });

  it('a document from a v1 Kinmap goes through every step', () => {
    const result = migrateFamilyDocument(read('../../fixtures/format/v1/leo-family.json'));
    if (!result.ok) throw new Error('not ok');
    expect(result.appliedSteps.map((s) => s.slice(0, 4))).toEqual(['1→2:', '2→3:']);
    expect(result.document.shares).toEqual([]);
  });

  it('keeps lists a v2 document already holds for validation to judge', () => {
    const result = migrateFamilyDocument({ ...frozenV2(), shares: 'not a list' });
    if (!result.ok) throw new Error('not ok');
    expect(result.document.shares).toBe('not a list');
    expect(issuesOf({ ...frozenV2(), shares: 'not a list' })).toEqual([
      { path: 'shares', message: expect.stringContaining('list') as string },
    ]);
  });
});

describe('share records are validated, naming the field', () => {
  it.each([
    [{ lawfulBasis: undefined }, 'shares[0].lawfulBasis'],
    [{ lawfulBasis: 'because' }, 'shares[0].lawfulBasis'],
    [{ consent: { state: 'not_sought' } }, 'shares[0].consent.reason'],
    [{ consent: { state: 'refused', reason: '  ' } }, 'shares[0].consent.reason'],
    [{ consent: { state: 'maybe' } }, 'shares[0].consent.state'],
    [{ formats: [] }, 'shares[0].formats'],
    [{ formats: ['pdf', 'pdf'] }, 'shares[0].formats'],
    [{ formats: ['docx'] }, 'shares[0].formats[0]'],
    [{ at: '2025-03-14' }, 'shares[0].at'],
    [{ at: '2025-02-30T10:00:00Z' }, 'shares[0].at'],
    [{ profile: 'everyone' }, 'shares[0].profile'],
    [{ by: '' }, 'shares[0].by'],
    [{ recipient: { name: 'x'.repeat(501) } }, 'shares[0].recipient.name'],
    [{ recipient: { name: 'School', agency: 'agency:nowhere' } }, 'shares[0].recipient.agency'],
    [{ summary: { removed: { health: 2 } } }, 'shares[0].summary.removed.health'],
  ])('%j is refused at %s', (share, path) => {
    const issues = issuesOf(withShare(share));
    expect(issues.map((i) => i.path)).toContain(path);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(5);
  });

  it('says what is needed in words', () => {
    expect(issuesOf(withShare({ consent: { state: 'not_sought' } }))).toEqual([
      {
        path: 'shares[0].consent.reason',
        message:
          'is needed when consent was not sought: say why (for example, asking would put the child at risk)',
      },
    ]);
    expect(issuesOf(withShare({ at: '2025-03-14' }))[0]?.message).toBe(
      'must be a date and time written as YYYY-MM-DDThh:mm:ssZ (or with an offset such as +01:00)',
    );
  });

  it('accepts consent given with no reason, and a time with an offset', () => {
    expect(issuesOf(withShare({ consent: { state: 'given' }, at: '2025-06-01T09:15:00+01:00' }))).toEqual([]);
  });

  it('refuses a repeated share id and a field source about a record not on the map', () => {
    const doc = frozenV3();
    const share = (doc.shares as unknown[])[0];
    expect(issuesOf({ ...doc, shares: [share, share] })).toEqual([
      { path: 'shares[1].id', message: 'repeats the id "share:strategy-2025-03" already used at shares[0]' },
    ]);
    const source = (doc.fieldSources as Record<string, unknown>[])[0];
    expect(
      issuesOf({ ...doc, fieldSources: [{ ...source, entity: { kind: 'person', id: 'person:nobody' } }] }),
    ).toEqual([
      {
        path: 'fieldSources[0].entity.id',
        message: 'refers to "person:nobody", which is not a person in this family',
      },
    ]);
    expect(
      issuesOf({ ...doc, fieldSources: [{ ...source, entity: { kind: 'family', id: 'family:other' } }] }),
    ).toEqual([
      {
        path: 'fieldSources[0].entity.id',
        message: `refers to "family:other", but this map's id is "${String(doc.id)}"`,
      },
    ]);
    expect(
      issuesOf({ ...doc, fieldSources: [{ ...source, entity: { kind: 'person', id: 'household:grace' } }] }),
    ).toEqual([
      {
        path: 'fieldSources[0].entity.id',
        message: 'must be a person id, but "household:grace" is a household id',
      },
    ]);
  });
});
