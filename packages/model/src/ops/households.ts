import type * as z from 'zod/mini';
import type { HouseholdId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { HouseholdSchema } from '../schema/household.ts';
import { removeWhere } from './internal/collections.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import type { DeepPatch } from './internal/mergePatch.ts';

type HouseholdFields = Omit<z.input<typeof HouseholdSchema>, 'id'>;

/**
 * What `addHousehold` takes: a label, optional fields and members, and an optional explicit id.
 *
 * @example
 * const input: AddHouseholdInput = { label: 'Home', members: [{ person: amy }] };
 */
export type AddHouseholdInput = HouseholdFields & { id?: HouseholdId };

/**
 * Adds a household. Members may be given at once; each must be a person in the family.
 *
 * @example
 * addHousehold(family, {
 *   label: "Mum's flat",
 *   address: { postcode: 'LS1 1AA', confidential: false },
 *   members: [{ person: amy, membership: 'resident', from: '2019' }],
 * });
 */
export function addHousehold(family: Family, input: AddHouseholdInput): AddResult<HouseholdId> {
  return addEntity(family, 'households', HouseholdSchema, input, 'addHousehold', 'Add household');
}

/**
 * Updates a household with a deep patch (label, address, confirmation of members…). `members`, if given,
 * replaces the whole list; to move one person use `moveIntoHousehold` / `moveOutOfHousehold`.
 *
 * @example
 * updateHousehold(family, { id: household, patch: { membersConfirmed: { confirmed: 'yes', method: 'home_visit' } } });
 */
export function updateHousehold(
  family: Family,
  input: { id: HouseholdId; patch: DeepPatch<HouseholdFields> },
): OperationResult {
  const next = patchEntity(family, 'households', HouseholdSchema, input?.id, input?.patch, 'updateHousehold');
  return commit(family, next, 'updateHousehold', 'Update household');
}

/**
 * Removes a household and the agencies' involvements with it. Its members stay in the family.
 *
 * @example
 * removeHousehold(family, { id: household });
 */
export function removeHousehold(family: Family, input: { id: HouseholdId }): OperationResult {
  let next = dropEntity(family, 'households', input?.id, 'removeHousehold');
  next = removeWhere(
    next,
    'involvements',
    (i) => i.with.kind === 'household' && i.with.household === input.id,
  );
  return commit(family, next, 'removeHousehold', 'Remove household');
}
