// The fixture families from tests/fixtures/families/, imported as JSON (stories run in the browser,
// so no file system) and parsed with parseFamily like any document a case system would load.
import { parseFamily } from '@kinmap/model';
import type { Family } from '@kinmap/model';
import leo from '../../tests/fixtures/families/leo.json';
import peter from '../../tests/fixtures/families/peter.json';
import blended from '../../tests/fixtures/families/blended.json';
import kinship from '../../tests/fixtures/families/kinship.json';
import twins from '../../tests/fixtures/families/twins.json';
import unknownFather from '../../tests/fixtures/families/unknown-father.json';
import minimal from '../../tests/fixtures/families/minimal.json';

const RAW = {
  leo,
  peter,
  blended,
  kinship,
  twins,
  'unknown-father': unknownFather,
  minimal,
} as const;

/** Names of the fixture families. */
export type FixtureName = keyof typeof RAW;
export const FIXTURE_NAMES = Object.keys(RAW) as FixtureName[];

const cache = new Map<FixtureName, Family>();

/** A fixture family, parsed. Throws with the issues when a fixture is not a valid document. */
export function fixture(name: FixtureName): Family {
  const cached = cache.get(name);
  if (cached) return cached;
  const result = parseFamily(RAW[name]);
  if (!result.ok) {
    throw new Error(
      `Fixture "${name}" is not valid: ${result.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  }
  cache.set(name, result.family);
  return result.family;
}
