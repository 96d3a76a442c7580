import { ageAt, type Age } from '../dates/ageAt.ts';
import { isWithin } from '../dates/isWithin.ts';
import { parsePartialDate } from '../dates/partialDate.ts';
import { todayIsoDate } from '../dates/today.ts';
import { isAdult as isAdultAt } from '../queries/isAdult.ts';
import { displayName } from '../queries/people.ts';
import type { Family } from '../schema/family.ts';
import type { Household } from '../schema/household.ts';
import type { Person } from '../schema/person.ts';
import type { ParentChildLink, Partnership } from '../schema/relationships.ts';
import type { CheckContext, CurrentMembership, Indexed } from './contextTypes.ts';
import { isParentLink } from './linkKinds.ts';
import type { CheckOptions } from './types.ts';

/**
 * MS-13 default: an unresolved identity discrepancy reported more than this many days before the
 * check date, with no partner agency told, is a finding. Override with `discrepancyAgeDays`.
 *
 * @example
 * checkFamily(family, { discrepancyAgeDays: DEFAULT_DISCREPANCY_AGE_DAYS * 2 }); // allow 28 days
 */
export const DEFAULT_DISCREPANCY_AGE_DAYS = 14;

/**
 * MS-18 default: with an involvement open, a family map whose latest checklist record is more than
 * this many days old is a finding (a quarter: CIN plans are reviewed at least every three months).
 * Override with `staleAfterDays`.
 *
 * @example
 * checkFamily(family, { staleAfterDays: DEFAULT_STALE_AFTER_DAYS / 3 }); // monthly
 */
export const DEFAULT_STALE_AFTER_DAYS = 90;

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function resolveAsAt(family: Family, options: CheckOptions): string {
  const asAt = options.asAt ?? family.asAt ?? todayIsoDate();
  const parts = parsePartialDate(asAt, 'checkFamily option asAt');
  if (parts.day === undefined)
    throw new RangeError(`checkFamily option asAt must be a full date (YYYY-MM-DD), but got "${asAt}"`);
  return asAt;
}

function resolveDays(
  options: CheckOptions,
  name: 'discrepancyAgeDays' | 'staleAfterDays',
  fallback: number,
): number {
  const days = options[name] ?? fallback;
  if (!Number.isFinite(days) || days < 0) {
    throw new RangeError(
      `checkFamily option ${name} must be a number of days (0 or more), but got ${String(days)}`,
    );
  }
  return days;
}

/**
 * Builds the shared context for one `checkFamily` run: lookups by id with array positions, current
 * households and memberships as at the date, subjects, household adults and parents. Linear in the
 * size of the family. Throws a `RangeError` naming the option when `asAt` or `discrepancyAgeDays` is bad.
 */
export function buildContext(family: Family, options: CheckOptions = {}): CheckContext {
  const asAt = resolveAsAt(family, options);
  const discrepancyAgeDays = resolveDays(options, 'discrepancyAgeDays', DEFAULT_DISCREPANCY_AGE_DAYS);
  const staleAfterDays = resolveDays(options, 'staleAfterDays', DEFAULT_STALE_AFTER_DAYS);

  const people = new Map<string, Indexed<Person>>();
  family.people.forEach((value, i) => people.set(value.id, { value, index: i }));
  const linksByChild = new Map<string, Indexed<ParentChildLink>[]>();
  const linksByParent = new Map<string, Indexed<ParentChildLink>[]>();
  family.parentChildLinks.forEach((value, i) => {
    push(linksByChild, value.child, { value, index: i });
    push(linksByParent, value.parent, { value, index: i });
  });
  const partnershipsByPerson = new Map<string, Indexed<Partnership>[]>();
  family.partnerships.forEach((value, i) => {
    push(partnershipsByPerson, value.partners[0], { value, index: i });
    if (value.partners[1] !== value.partners[0])
      push(partnershipsByPerson, value.partners[1], { value, index: i });
  });

  const currentHouseholds: Indexed<Household>[] = [];
  const membershipsByPerson = new Map<string, CurrentMembership[]>();
  family.households.forEach((household, householdIndex) => {
    if (!isWithin(household, asAt)) return;
    currentHouseholds.push({ value: household, index: householdIndex });
    household.members.forEach((member, memberIndex) => {
      if (isWithin(member, asAt))
        push(membershipsByPerson, member.person, { household, householdIndex, member, memberIndex });
    });
  });

  const ages = new Map<string, Age | undefined>();
  const ageOf = (id: string, date: string = asAt): Age | undefined => {
    const person = people.get(id)?.value;
    if (!person) return undefined;
    if (date !== asAt) return ageAt(person.birth, date);
    if (!ages.has(id)) ages.set(id, ageAt(person.birth, date));
    return ages.get(id);
  };
  const isLivingPerson = (id: string): boolean => {
    const person = people.get(id)?.value;
    return (
      person !== undefined &&
      person.kind === 'person' &&
      person.vitalStatus !== 'deceased' &&
      !person.death?.date
    );
  };
  const adults = new Map<string, boolean>();
  const isAdult = (id: string): boolean => {
    const person = people.get(id)?.value;
    if (!person) return false;
    if (!adults.has(id)) adults.set(id, isAdultAt(person, asAt));
    return adults.get(id) === true;
  };

  const subjects = family.subjects.filter((id) => people.has(id));
  const subjectChildren = subjects.filter((id) => {
    const kind = people.get(id)?.value.kind;
    return (kind === 'person' || kind === 'pregnancy') && !isAdult(id);
  });

  const householdAdults = new Map<string, CurrentMembership>();
  for (const { value: household } of currentHouseholds) {
    for (const member of household.members) {
      const membership = membershipsByPerson.get(member.person)?.find((m) => m.member === member);
      if (!membership || member.membership === 'regular_visitor') continue;
      if (!householdAdults.has(member.person) && isAdult(member.person))
        householdAdults.set(member.person, membership);
    }
  }

  const parentsOfSubjectChildren = new Map<string, string[]>();
  for (const child of subjectChildren) {
    for (const link of (linksByChild.get(child) ?? []).map((l) => l.value)) {
      if (!isParentLink(link, asAt) || !people.has(link.parent)) continue;
      const list = parentsOfSubjectChildren.get(link.parent) ?? [];
      if (!list.includes(child)) list.push(child);
      parentsOfSubjectChildren.set(link.parent, list);
    }
  }

  return {
    family,
    asAt,
    discrepancyAgeDays,
    staleAfterDays,
    people,
    personPath: (id) => {
      const entry = people.get(id);
      return entry ? `people[${entry.index}]` : 'people';
    },
    name: (id) => {
      const person = people.get(id)?.value;
      return person ? displayName(person) : id;
    },
    ageAt: ageOf,
    isLivingPerson,
    isAdult,
    linksByChild,
    linksByParent,
    partnershipsByPerson,
    currentHouseholds,
    membershipsByPerson,
    subjects,
    subjectChildren,
    householdAdults,
    parentsOfSubjectChildren,
  };
}
