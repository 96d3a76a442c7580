import type { Age } from '../dates/ageAt.ts';
import type { Household, HouseholdMember } from '../schema/household.ts';
import type { Person } from '../schema/person.ts';
import type { ParentChildLink, Partnership } from '../schema/relationships.ts';
import type { Family, RawFinding } from './types.ts';

/** A record together with its position in the family's array (for JSON paths). */
export interface Indexed<T> {
  value: T;
  index: number;
}

/** A current membership of a current household, with both positions. */
export interface CurrentMembership {
  household: Household;
  householdIndex: number;
  member: HouseholdMember;
  memberIndex: number;
}

/**
 * Everything the rules need, computed once per `checkFamily` call so that each rule stays linear in
 * the size of the family (families can hold thousands of people).
 */
export interface CheckContext {
  family: Family;
  /** The date the checks run as at, `YYYY-MM-DD`. */
  asAt: string;
  discrepancyAgeDays: number;
  /** MS-18: days after which the latest checklist record is out of date. */
  staleAfterDays: number;
  /** Person by id, with its index in `family.people`. */
  people: ReadonlyMap<string, Indexed<Person>>;
  /** `people[3]` for a person id (or `people` when the id is not on the map). */
  personPath(id: string): string;
  /** The person's display name, or a description when no name is recorded. */
  name(id: string): string;
  /** Age at `date` (default `asAt`) from partial dates, or undefined without a birth date. */
  ageAt(id: string, date?: string): Age | undefined;
  /** Living, kind `person` (not a placeholder, pet, pregnancy or loss, and not deceased). */
  isLivingPerson(id: string): boolean;
  /** 18 or over at `asAt` (the `isAdult` query: a person with no birth date counts as an adult). */
  isAdult(id: string): boolean;
  /** Parent–child links to a child, and from a parent, in family order. */
  linksByChild: ReadonlyMap<string, Indexed<ParentChildLink>[]>;
  linksByParent: ReadonlyMap<string, Indexed<ParentChildLink>[]>;
  /** Partnerships of a person, in family order. */
  partnershipsByPerson: ReadonlyMap<string, Indexed<Partnership>[]>;
  /** Households current at `asAt`, in family order. */
  currentHouseholds: Indexed<Household>[];
  /** Current memberships of current households, by person id. */
  membershipsByPerson: ReadonlyMap<string, CurrentMembership[]>;
  /** Subjects on the map, in `family.subjects` order. */
  subjects: string[];
  /** Subjects who are children: under 18 (by `isAdult`) or unborn. */
  subjectChildren: string[];
  /** Adults who live in a current household (any membership except regular visitor), first household. */
  householdAdults: ReadonlyMap<string, CurrentMembership>;
  /** Parents of subject children (see `isParentLink`), mapped to their subject children. */
  parentsOfSubjectChildren: ReadonlyMap<string, string[]>;
}

/** A rule: a small function from the precomputed context to findings, in a deterministic order. */
export type Rule = (context: CheckContext) => RawFinding[];
