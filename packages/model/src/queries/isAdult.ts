import { ageAt } from '../dates/ageAt.ts';
import type { PartialDate } from '../schema/common.ts';
import type { Person } from '../schema/person.ts';

/**
 * Age of majority in England and Wales (Family Law Reform Act 1969).
 *
 * @example
 * (ageAt(person.birth, asAt)?.years ?? 0) >= ADULT_AGE;
 */
export const ADULT_AGE = 18;

/**
 * Whether a person was an adult (18 or over) on `asAt`, using `ageAt` (a birth date known only to
 * the year counts from 1 January, the usual "about" age).
 *
 * With **no birth date**, a person (or an unknown-parent placeholder) counts as an adult; a
 * pregnancy, a pregnancy loss and a pet never do. Children's dates of birth are nearly always known
 * to the agencies involved, while the people recorded without one are mostly parents, partners and
 * other adults; and the checks that ask "is this an adult?" (NRPF recorded, safeguarding checks done)
 * then ask for more information, not less, which is the safe way to be wrong.
 *
 * @example
 * isAdult(leo, '2025-03-14');      // false (born 2019)
 * isAdult(unknownDad, '2025-03-14'); // true (no birth date: assumed adult)
 */
export function isAdult(person: Person, asAt: PartialDate | string): boolean {
  if (person.kind === 'pregnancy' || person.kind === 'pregnancy_loss' || person.kind === 'pet') return false;
  const age = ageAt(person.birth, asAt, person.death);
  if (age === undefined) return person.birth === undefined;
  return age.years >= ADULT_AGE;
}
