import { isWithin } from '../dates/isWithin.ts';
import type { HouseholdId, PersonId } from '../ids.ts';
import type { PartialDate } from '../schema/common.ts';
import type { Family } from '../schema/family.ts';
import type { Household, HouseholdMember } from '../schema/household.ts';
import type { Person } from '../schema/person.ts';
import type { HouseholdEntry } from './indexFamily.ts';
import { indexFamily } from './indexFamily.ts';

/** A household member with the person record. */
export interface HouseholdMemberEntry {
  person: Person;
  member: HouseholdMember;
}

/**
 * The households that existed on a date (their own `from`/`to` include it; open ends count), in the
 * family's order.
 *
 * @example
 * currentHouseholds(family, '2025-03-14').map((h) => h.label); // ["Mum's flat", "Gran's house"]
 */
export function currentHouseholds(family: Family, asAt: PartialDate | string): Household[] {
  return family.households.filter((h) => isWithin(h, asAt));
}

/**
 * The members of a household on a date: the household existed then and the membership's `from`/`to`
 * include the date (inclusive; open ends count; partial dates count for their whole year or month).
 * Every membership kind is returned (resident, part-time, visitor…); filter on `member.membership`.
 * Members whose person is missing from the family are skipped. Empty when the household is unknown.
 *
 * @example
 * householdMembersAt(family, flatId, '2025-03-14').map((m) => displayName(m.person)); // ['Amy', 'Leo']
 */
export function householdMembersAt(
  family: Family,
  householdId: HouseholdId,
  asAt: PartialDate | string,
): HouseholdMemberEntry[] {
  const index = indexFamily(family);
  const household = index.householdById.get(householdId);
  if (!household || !isWithin(household, asAt)) return [];
  const out: HouseholdMemberEntry[] = [];
  for (const member of household.members) {
    const person = index.personById.get(member.person);
    if (person && isWithin(member, asAt)) out.push({ person, member });
  }
  return out;
}

/**
 * The households a person belonged to on `asAt` (both the household's and the membership's dates
 * include it), or every household they were ever recorded in when `asAt` is omitted.
 *
 * @example
 * householdsOf(family, leoId, '2025-03-14').map((e) => e.household.label); // ["Mum's flat"]
 * householdsOf(family, leoId).length; // every household Leo has lived in
 */
export function householdsOf(
  family: Family,
  personId: PersonId,
  asAt?: PartialDate | string,
): HouseholdEntry[] {
  const entries = indexFamily(family).householdsByPerson.get(personId) ?? [];
  if (asAt === undefined) return [...entries];
  return entries.filter((e) => isWithin(e.household, asAt) && isWithin(e.member, asAt));
}
