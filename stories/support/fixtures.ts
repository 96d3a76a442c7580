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
import sistersBrothers from '../../tests/fixtures/families/sisters-brothers.json';
import severalFathers from '../../tests/fixtures/families/several-fathers.json';
import stepfamily from '../../tests/fixtures/families/stepfamily.json';
import remarriedGrandparents from '../../tests/fixtures/families/remarried-grandparents.json';
import specialGuardianship from '../../tests/fixtures/families/special-guardianship.json';
import splitSiblings from '../../tests/fixtures/families/split-siblings.json';
import manyAgencies from '../../tests/fixtures/families/many-agencies.json';
import newPartner from '../../tests/fixtures/families/new-partner.json';
import youngCarer from '../../tests/fixtures/families/young-carer.json';

const RAW = {
  leo,
  peter,
  blended,
  kinship,
  twins,
  'unknown-father': unknownFather,
  minimal,
  'sisters-brothers': sistersBrothers,
  'several-fathers': severalFathers,
  stepfamily,
  'remarried-grandparents': remarriedGrandparents,
  'special-guardianship': specialGuardianship,
  'split-siblings': splitSiblings,
  'many-agencies': manyAgencies,
  'new-partner': newPartner,
  'young-carer': youngCarer,
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
