// recordShare and recordFieldSource: a share record and the source of a fact saved with the map,
// validated field by field, undoable like every operation, and tidied when what they name is removed.
import { describe, expect, it } from 'vitest';
import {
  createHistory,
  createId,
  recordChange,
  recordFieldSource,
  recordShare,
  redactFamily,
  removeAgency,
  removePerson,
  undo,
  type Family,
  type ShareRecordInput,
} from '@kinmap/model';
import { expectSoundResult, jonesFamily, modelErrorFrom, p } from './familyBuilders.ts';

const school = createId('agency', 'school');

const shareInput = (family: Family, extra: Partial<ShareRecordInput> = {}): ShareRecordInput => ({
  at: '2026-12-07T14:05:00Z',
  by: 'Sam Patel, social worker',
  recipient: { name: 'Park School DSL', agency: school },
  profile: 'partner_agency',
  lawfulBasis: 'public_task',
  condition: 'safeguarding_children_and_individuals_at_risk',
  consent: { state: 'not_sought', reason: 'Asking would prejudice the enquiry' },
  formats: ['pdf', 'json'],
  summary: redactFamily(family, 'partner_agency').summary,
  ...extra,
});

describe('recordShare', () => {
  it('saves the share with a new id, the redaction counts and nothing else changed', () => {
    const before = jonesFamily();
    const result = recordShare(before, shareInput(before));
    expect(result.id).toMatch(/^share:/);
    expect(result.family.shares).toEqual([
      {
        id: result.id,
        at: '2026-12-07T14:05:00Z',
        by: 'Sam Patel, social worker',
        recipient: { name: 'Park School DSL', agency: school },
        profile: 'partner_agency',
        lawfulBasis: 'public_task',
        condition: 'safeguarding_children_and_individuals_at_risk',
        consent: { state: 'not_sought', reason: 'Asking would prejudice the enquiry' },
        formats: ['pdf', 'json'],
        // Leo's provenance names the school (an informant) and the caring role's kinds are health.
        summary: {
          removed: expect.objectContaining({ third_party: expect.any(Number) as number }) as object,
          removedTotal: expect.any(Number) as number,
          needsDecision: 0,
          included: [],
        },
      },
    ]);
    expect(result.family.shares[0]?.summary.removed.personal).toBeUndefined(); // zero counts left out
    expect({ ...result.family, shares: [] }).toEqual(before);
    expectSoundResult(before, result);
    expect(Object.keys(result.change.document ?? {})).toEqual(['shares']);
  });

  it('can be undone from the history, like any edit', () => {
    const before = jonesFamily();
    const result = recordShare(before, shareInput(before));
    const history = recordChange(createHistory(), result.change);
    expect(undo(history, result.family)?.family).toEqual(before);
  });

  it('keeps the history in time order and fills in the time when none is given', () => {
    const f0 = jonesFamily();
    const later = recordShare(f0, shareInput(f0, { at: '2026-12-07T16:00:00Z', id: createId('share', 'b') }));
    const earlier = recordShare(
      later.family,
      shareInput(f0, { at: '2026-12-07T15:00:00+00:00', id: createId('share', 'a') }),
    );
    expect(earlier.family.shares.map((s) => s.id)).toEqual(['share:a', 'share:b']);
    const { at: _at, ...noTime } = shareInput(f0);
    const now = recordShare(f0, noTime);
    expect(Date.parse(now.family.shares[0]?.at ?? '')).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('refuses a share with no lawful basis, no reason for consent not sought, or no format, naming each field', () => {
    const f = jonesFamily();
    const error = modelErrorFrom(() =>
      recordShare(f, {
        ...shareInput(f),
        lawfulBasis: undefined as never,
        consent: { state: 'not_sought' },
        formats: [],
      }),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual(['consent.reason', 'formats', 'lawfulBasis']);
    expect(error.issues.find((i) => i.path === 'consent.reason')?.message).toContain('say why');
  });

  it('refuses a recipient agency not on the map, a summary of another profile and a repeated id', () => {
    const f = jonesFamily();
    const saved = recordShare(f, shareInput(f, { id: createId('share', 'one') })).family;
    const error = modelErrorFrom(() =>
      recordShare(saved, {
        ...shareInput(f, { id: createId('share', 'one') }),
        recipient: { name: 'Police', agency: createId('agency', 'police') },
        summary: redactFamily(f, 'case_record').summary,
      }),
    );
    expect(error.issues).toEqual([
      { path: 'id', message: '"share:one" is already the id of another share record' },
      {
        path: 'summary',
        message:
          'is the summary of a case_record copy, but the profile is partner_agency: redact with the profile you share',
      },
      { path: 'recipient.agency', message: 'there is no agency "agency:police" on this map' },
    ]);
  });

  it('keeps the share but drops the agency id when that agency is removed from the map', () => {
    const f = jonesFamily();
    const saved = recordShare(f, shareInput(f)).family;
    const result = removeAgency(saved, { id: school });
    expect(result.family.shares[0]?.recipient).toEqual({ name: 'Park School DSL' });
    expectSoundResult(saved, result);
  });
});

describe('recordFieldSource', () => {
  const source = {
    entity: { kind: 'person' as const, id: p('leo') },
    field: 'identity.nhsNumber',
    agency: school,
    practitioner: 'Designated safeguarding lead',
    recordedAt: '2026-12-07T10:30:00Z',
    source: 'other_agency' as const,
    contributionId: 'contribution:42',
  };

  it('records who recorded a fact, when and from where; the same source twice changes nothing', () => {
    const before = jonesFamily();
    const result = recordFieldSource(before, source);
    expect(result.family.fieldSources).toEqual([source]);
    expectSoundResult(before, result);
    const again = recordFieldSource(result.family, source);
    expect(again.family).toBe(result.family);
    expect(again.change).toEqual({});
  });

  it('refuses a record, a field or an agency the map does not have, naming the field', () => {
    const f = jonesFamily();
    expect(
      modelErrorFrom(() => recordFieldSource(f, { ...source, entity: { kind: 'person', id: p('zoe') } }))
        .issues,
    ).toEqual([{ path: 'entity.id', message: 'there is no person "person:zoe" on this map' }]);
    expect(modelErrorFrom(() => recordFieldSource(f, { ...source, field: 'shoeSize' })).issues).toEqual([
      {
        path: 'field',
        message: '"shoeSize" is not a field of a person (for example "identity.nhsNumber")',
      },
    ]);
    expect(
      modelErrorFrom(() => recordFieldSource(f, { ...source, agency: createId('agency', 'gp') })).issues,
    ).toEqual([{ path: 'agency', message: 'there is no agency "agency:gp" on this map' }]);
    expect(
      modelErrorFrom(() => recordFieldSource(f, { ...source, source: 'gossip' as never })).issues[0]?.path,
    ).toBe('source');
    expect(
      modelErrorFrom(() => recordFieldSource(f, { ...source, recordedAt: 'yesterday' })).issues[0]?.path,
    ).toBe('recordedAt');
  });

  it('accepts a field inside a list and a fact about the map itself', () => {
    const f = jonesFamily();
    const next = recordFieldSource(f, {
      ...source,
      entity: { kind: 'household', id: createId('household', 'home') },
      field: 'members[1].membership',
      source: 'family_told_us',
    });
    const whole = recordFieldSource(next.family, {
      ...source,
      entity: { kind: 'family', id: f.id },
      field: 'preparedWithFamily',
      source: 'observed',
    });
    expect(whole.family.fieldSources).toHaveLength(2);
    expectSoundResult(next.family, whole);
  });

  it('goes with the person it is about, and forgets a removed agency', () => {
    const f = recordFieldSource(jonesFamily(), source).family;
    const withoutLeo = removePerson(f, { id: p('leo') });
    expect(withoutLeo.family.fieldSources).toEqual([]);
    expectSoundResult(f, withoutLeo);
    const withoutSchool = removeAgency(f, { id: school });
    const { agency: _gone, ...rest } = source;
    expect(withoutSchool.family.fieldSources).toEqual([rest]);
  });
});
