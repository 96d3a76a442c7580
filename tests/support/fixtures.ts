import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFamily, type Family } from '@kinmap/model';

/**
 * The named fixture families under tests/fixtures/families/ (Kinmap JSON format v1). From
 * `sisters-brothers` on they are everyday shapes for the readability measure (issue 10): several
 * fathers, a stepfamily, grandparents remarried on both sides, special guardianship, siblings living
 * apart, many agencies, a new partner, a young carer.
 */
export const FIXTURE_NAMES = [
  'leo',
  'peter',
  'blended',
  'kinship',
  'twins',
  'unknown-father',
  'minimal',
  'sisters-brothers',
  'several-fathers',
  'stepfamily',
  'remarried-grandparents',
  'special-guardianship',
  'split-siblings',
  'many-agencies',
  'new-partner',
  'young-carer',
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

// A path, not `new URL(…, import.meta.url)`: under jsdom the URL global turns that into an http: URL.
const familiesDir = join(import.meta.dirname, '..', 'fixtures', 'families');

/** The JSON text of a fixture family, as stored. */
export function readFixtureText(name: FixtureName): string {
  return readFileSync(join(familiesDir, `${name}.json`), 'utf8');
}

/**
 * A fixture family, parsed with `parseFamily`. Throws (in tests only) if the fixture is not valid,
 * listing every issue, so a broken fixture is obvious.
 *
 * @example
 * const leo = loadFixture('leo');
 * leo.people.length; // 11
 */
export function loadFixture(name: FixtureName): Family {
  const result = parseFamily(readFixtureText(name));
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.path} ${i.message}`).join('\n');
    throw new Error(`Fixture "${name}" is not a valid Kinmap document:\n${lines}`);
  }
  return result.family;
}
