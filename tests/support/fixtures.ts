import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFamily, type Family } from '@kinmap/model';

/** The named fixture families under tests/fixtures/families/ (Kinmap JSON format v1). */
export const FIXTURE_NAMES = [
  'leo',
  'peter',
  'blended',
  'kinship',
  'twins',
  'unknown-father',
  'minimal',
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

const familiesDir = new URL('../fixtures/families/', import.meta.url);

/** The JSON text of a fixture family, as stored. */
export function readFixtureText(name: FixtureName): string {
  return readFileSync(fileURLToPath(new URL(`${name}.json`, familiesDir)), 'utf8');
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
