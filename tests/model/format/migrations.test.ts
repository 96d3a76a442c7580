import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FORMAT_VERSION, migrateFamilyDocument, parseFamily, type FormatMigration } from '@kinmap/model';
// Internal entry points that take a migration registry, so the mechanism is exercised for real with
// test-only migrations (v0 never existed). Deliberately not public API.
// eslint-disable-next-line no-restricted-imports -- see above
import { migrateWith } from '../../../packages/model/src/format/migrate.ts';
// eslint-disable-next-line no-restricted-imports -- see above
import { parseFamilyWith } from '../../../packages/model/src/format/parseFamily.ts';
// eslint-disable-next-line no-restricted-imports -- see above
import { v1ToV2 } from '../../../packages/model/src/format/migrations/v1-to-v2.ts';
// eslint-disable-next-line no-restricted-imports -- see above
import { v2ToV3 } from '../../../packages/model/src/format/migrations/v2-to-v3.ts';

const frozenV1 = fileURLToPath(new URL('../../fixtures/format/v1/leo-family.json', import.meta.url));

/** A pretend "version 0" that called people "members" and stored the sex at birth as "sex". */
const v0ToV1: FormatMigration = {
  from: 0,
  to: 1,
  description: 'people were called members; sex became sexAtBirth',
  migrate: (doc) => {
    const { members, ...rest } = doc;
    const people = (members as Record<string, unknown>[]).map(({ sex, ...person }) => ({
      ...person,
      ...(sex === undefined ? {} : { sexAtBirth: sex }),
    }));
    return { ...rest, people };
  },
};
const v0Document = {
  formatVersion: 0,
  id: 'family:old',
  title: 'An old document',
  members: [{ id: 'person:ada', sex: 'female' }],
};

describe('format migrations', () => {
  it('upgrades an older document step by step inside parseFamily, then validates it', () => {
    const result = parseFamilyWith(v0Document, [v0ToV1, v1ToV2, v2ToV3], 3);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.family.formatVersion).toBe(3);
    expect(result.family.people[0]).toMatchObject({ id: 'person:ada', sexAtBirth: 'female' });
  });

  it('applies a chain of steps in order and never touches the input', () => {
    const steps: FormatMigration[] = [
      {
        from: 2,
        to: 3,
        description: 'c',
        migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), 'c'] }),
      },
      { from: 0, to: 1, description: 'a', migrate: (d) => ({ ...d, trail: ['a'] }) },
      {
        from: 1,
        to: 2,
        description: 'b',
        migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), 'b'] }),
      },
    ];
    const input = { formatVersion: 0 };
    const result = migrateWith(input, steps, 3);
    expect(result).toEqual({
      ok: true,
      document: { formatVersion: 3, trail: ['a', 'b', 'c'] },
      appliedSteps: ['0→1: a', '1→2: b', '2→3: c'],
    });
    expect(input).toEqual({ formatVersion: 0 });
  });

  it('reports a missing step, a failing step and a document from a newer Kinmap', () => {
    expect(migrateWith({ formatVersion: 0 }, [], 1)).toEqual({
      ok: false,
      issues: [
        { path: 'formatVersion', message: 'is 0, and Kinmap has no way to upgrade format version 0 to 1' },
      ],
    });
    const broken: FormatMigration = {
      from: 0,
      to: 1,
      description: 'x',
      migrate: () => {
        throw new Error('members must be a list');
      },
    };
    expect(parseFamilyWith({ formatVersion: 0 }, [broken], 1)).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          message: 'The document could not be upgraded from format version 0 to 1: members must be a list',
        },
      ],
    });
    expect(parseFamily({ formatVersion: 7, id: 'family:x', title: 'x' })).toEqual({
      ok: false,
      issues: [
        {
          path: 'formatVersion',
          message: `is 7, but this version of Kinmap reads format versions up to ${FORMAT_VERSION}: the document was written by a newer Kinmap, so update Kinmap to open it`,
        },
      ],
    });
  });

  it('reports a missing or malformed formatVersion', () => {
    expect(parseFamily({ id: 'family:x', title: 'x' })).toEqual({
      ok: false,
      issues: [
        {
          path: 'formatVersion',
          message: `is required: every Kinmap document states its format version (this version of Kinmap writes ${FORMAT_VERSION})`,
        },
      ],
    });
    expect(parseFamily({ formatVersion: '1', id: 'family:x', title: 'x' })).toEqual({
      ok: false,
      issues: [
        { path: 'formatVersion', message: `must be a whole number such as ${FORMAT_VERSION} (got "1")` },
      ],
    });
  });

  it('migrates and validates the frozen v1 example', () => {
    const raw = JSON.parse(readFileSync(frozenV1, 'utf8')) as unknown;
    const migrated = migrateFamilyDocument(raw);
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.issues));
    expect(migrated.document.formatVersion).toBe(FORMAT_VERSION);
    const parsed = parseFamily(migrated.document);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.family.people.map((p) => p.names.given)).toContain('Leo');
    expect(parsed.family.people.find((p) => p.id === 'person:grace')?.immigration?.nrpf).toBe('yes');
  });
});
