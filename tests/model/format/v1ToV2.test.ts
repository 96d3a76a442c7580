// Format v1 → v2: a young carer is recorded in one place, the caring role; checklistRecords start empty.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkFamily, FORMAT_VERSION, migrateFamilyDocument, parseFamily } from '@kinmap/model';
import { describe, expect, it } from 'vitest';
// Internal: runs the real migrations up to version 2 only, to compare with the frozen v2 example.
// eslint-disable-next-line no-restricted-imports -- see above
import { migrateWith } from '../../../packages/model/src/format/migrate.ts';
// eslint-disable-next-line no-restricted-imports -- see above
import { MIGRATIONS } from '../../../packages/model/src/format/migrations/index.ts';

const read = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as Record<string, unknown>;

const v1 = (extra: object = {}) => ({
  formatVersion: 1,
  id: 'family:yc',
  title: 'Young carer',
  people: [
    {
      id: 'person:kai',
      names: { given: 'Kai' },
      birth: { date: '2012-04-01' },
      statuses: [
        { type: 'child_in_need', from: '2024-01' },
        {
          type: 'young_carer',
          from: '2023-05',
          to: '2024-09',
          note: 'Helps his dad with shopping',
          detail: 'identified at school',
          responsibleAuthority: 'Thurrock Council',
        },
      ],
    },
    { id: 'person:dad', names: { given: 'Ben' } },
  ],
  ...extra,
});

describe('format v1 → v2', () => {
  it('turns a young_carer status into a caring role with its dates and words; nothing is lost', () => {
    const result = parseFamily(v1());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { family } = result;
    expect(family.formatVersion).toBe(FORMAT_VERSION);
    expect(family.people[0]?.statuses).toEqual([{ type: 'child_in_need', from: '2024-01' }]);
    expect(family.caringRoles).toEqual([
      {
        id: 'caring:yc-kai',
        carer: 'person:kai',
        role: 'young_carer',
        careKinds: [],
        since: '2023-05',
        to: '2024-09',
        assessment: 'unknown',
        appropriate: 'unknown',
        notes:
          'Helps his dad with shopping\nDetail: identified at school\nResponsible authority: Thurrock Council',
      },
    ]);
    expect(family.checklistRecords).toEqual([]);
  });

  it('a role with no cared-for person is asked about (MS-14: record whom they care for)', () => {
    const result = parseFamily(v1());
    if (!result.ok) throw new Error('not ok');
    const asked = checkFamily(result.family, { asAt: '2024-06-01' }).findings.filter(
      (f) => f.path === 'caringRoles[0].caredFor',
    );
    expect(asked.map((f) => f.message)).toEqual(['Kai: record whom they care for']);
  });

  it('joins an existing young-carer role of the same person, keeping differing dates in its notes', () => {
    const role = {
      id: 'caring:kai-ben',
      carer: 'person:kai',
      caredFor: 'person:dad',
      role: 'young_carer',
      since: '2022',
    };
    const result = migrateFamilyDocument(v1({ caringRoles: [role] }));
    if (!result.ok) throw new Error('not ok');
    expect(result.document.caringRoles).toEqual([
      {
        ...role,
        to: '2024-09',
        notes:
          'Recorded as a young carer from 2023-05\nHelps his dad with shopping\nDetail: identified at school\nResponsible authority: Thurrock Council',
      },
    ]);
    expect(result.appliedSteps[0]).toMatch(/^1→2: /);
  });

  it('gives a new role an id no other caring role uses', () => {
    const taken = { id: 'caring:yc-kai', carer: 'person:dad', caredFor: 'person:kai', role: 'adult_carer' };
    const result = migrateFamilyDocument(v1({ caringRoles: [taken] }));
    if (!result.ok) throw new Error('not ok');
    expect((result.document.caringRoles as { id: string }[]).map((r) => r.id)).toEqual([
      'caring:yc-kai',
      'caring:yc-kai-2',
    ]);
  });

  it('leaves shapes it does not recognise for validation to report, and never changes its input', () => {
    const odd = { formatVersion: 1, id: 'family:x', title: 'x', people: 'not a list' };
    const before = structuredClone(odd);
    const result = parseFamily(odd);
    expect(result.ok).toBe(false);
    expect(odd).toEqual(before);
    const input = v1();
    const copy = structuredClone(input);
    migrateFamilyDocument(input);
    expect(input).toEqual(copy);
  });

  it('the frozen v1 example opens as the frozen v2 example', () => {
    // Only the v1 → v2 step: later steps have their own frozen examples.
    const migrated = migrateWith(read('../../fixtures/format/v1/leo-family.json'), MIGRATIONS, 2);
    if (!migrated.ok) throw new Error('not ok');
    expect(migrated.document).toEqual(read('../../fixtures/format/v2/leo-family.json'));
    const parsed = parseFamily(migrated.document);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const leo = parsed.family.people.find((p) => p.id === 'person:leo');
    expect(leo?.statuses.map((s) => s.type)).not.toContain('young_carer');
    const notes = parsed.family.caringRoles.filter((r) => r.carer === 'person:leo').map((r) => r.notes ?? '');
    expect(notes.join('\n')).toContain('Helps his mother with medication');
  });
});
