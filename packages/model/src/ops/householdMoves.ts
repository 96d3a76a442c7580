import type { HouseholdId, PersonId } from '../ids.ts';
import { PartialDateSchema, type PartialDate } from '../schema/common.ts';
import type { Family } from '../schema/family.ts';
import { HouseholdMemberSchema, type HouseholdMember } from '../schema/household.ts';
import type { Membership } from '../schema/enumValues.ts';
import { replaceAt } from './internal/collections.ts';
import { commit, type OperationResult } from './internal/commit.ts';
import { requireEntity } from './internal/lookup.ts';
import { fail, parseOrThrow } from './internal/validate.ts';

/**
 * What `moveIntoHousehold` takes. `membership` defaults to `resident`.
 *
 * @example
 * const input: MoveIntoHouseholdInput = { person: leo, household: grans, from: '2024-02' };
 */
export interface MoveIntoHouseholdInput {
  person: PersonId;
  household: HouseholdId;
  membership?: Membership;
  from?: PartialDate;
  frequency?: string;
}

/**
 * Adds a person to a household from a date (or undated). Refused if they are already a current member
 * there. It does not end their membership elsewhere: use `moveOutOfHousehold` for that (and record both
 * under one history group to undo them together).
 *
 * @example
 * moveIntoHousehold(family, { person: leo, household: grans, membership: 'resident', from: '2024-02-01' });
 */
export function moveIntoHousehold(family: Family, input: MoveIntoHouseholdInput): OperationResult {
  const operation = 'moveIntoHousehold';
  if (typeof input !== 'object' || input === null) fail(operation, '', 'needs a person and a household');
  const { entity: person } = requireEntity(family, 'people', input.person, operation, 'person');
  const { entity: household, index } = requireEntity(
    family,
    'households',
    input.household,
    operation,
    'household',
  );
  if (household.members.some((m) => m.person === person.id && m.to === undefined)) {
    fail(operation, 'person', `"${person.id}" is already a current member of "${household.id}"`);
  }
  const { person: _p, household: _h, ...fields } = input;
  const member = parseOrThrow(HouseholdMemberSchema, { person: person.id, ...fields }, operation, '');
  const next = replaceAt(family, 'households', index, {
    ...household,
    members: [...household.members, member],
  });
  return commit(family, next, operation, 'Move into household');
}

/**
 * What `moveOutOfHousehold` takes. With `to`, the membership ends that day; without, it is removed.
 *
 * @example
 * const input: MoveOutOfHouseholdInput = { person: ben, household: home, to: '2023-09' };
 */
export interface MoveOutOfHouseholdInput {
  person: PersonId;
  household: HouseholdId;
  to?: PartialDate;
}

/**
 * Ends a person's current membership of a household on the date `to` (kept as history), or, without a
 * date, removes the membership altogether (for a membership recorded in error). The person's current
 * membership is the one with no end date (the latest if several).
 *
 * @example
 * moveOutOfHousehold(family, { person: ben, household: home, to: '2023-09' });
 */
export function moveOutOfHousehold(family: Family, input: MoveOutOfHouseholdInput): OperationResult {
  const operation = 'moveOutOfHousehold';
  if (typeof input !== 'object' || input === null) fail(operation, '', 'needs a person and a household');
  const { entity: person } = requireEntity(family, 'people', input.person, operation, 'person');
  const { entity: household, index } = requireEntity(
    family,
    'households',
    input.household,
    operation,
    'household',
  );
  const to = input.to === undefined ? undefined : parseOrThrow(PartialDateSchema, input.to, operation, 'to');
  let current = -1;
  household.members.forEach((m, i) => {
    if (m.person === person.id && m.to === undefined) current = i;
  });
  if (current < 0) fail(operation, 'person', `"${person.id}" is not a current member of "${household.id}"`);
  const members: HouseholdMember[] =
    to === undefined
      ? household.members.filter((_, i) => i !== current)
      : household.members.map((m, i) => (i === current ? { ...m, to } : m));
  const next = replaceAt(family, 'households', index, { ...household, members });
  return commit(family, next, operation, 'Move out of household');
}
