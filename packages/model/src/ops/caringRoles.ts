import type * as z from 'zod/mini';
import type { CaringRoleId, PersonId } from '../ids.ts';
import { CaringRoleSchema } from '../schema/caring.ts';
import type { Family } from '../schema/family.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import { requireEntity } from './internal/lookup.ts';
import type { DeepPatch } from './internal/mergePatch.ts';
import { fail } from './internal/validate.ts';

type CaringRoleFields = Omit<z.input<typeof CaringRoleSchema>, 'id' | 'carer' | 'caredFor'>;

/**
 * What `addCaringRole` takes: carer, role, the cared-for person when the family has said, optional
 * fields and id.
 *
 * @example
 * const input: AddCaringRoleInput = { carer: leo, caredFor: amy, role: 'young_carer' };
 * const notYetSaid: AddCaringRoleInput = { carer: leo, role: 'young_carer' }; // checkFamily asks whom for
 */
export type AddCaringRoleInput = CaringRoleFields & {
  carer: PersonId;
  caredFor?: PersonId;
  id?: CaringRoleId;
};

function requirePair(
  family: Family,
  carer: unknown,
  caredFor: unknown,
  operation: string,
  prefix: string,
): void {
  requireEntity(family, 'people', carer, operation, `${prefix}carer`);
  if (caredFor === undefined) return;
  requireEntity(family, 'people', caredFor, operation, `${prefix}caredFor`);
  if (carer === caredFor)
    fail(operation, `${prefix}caredFor`, 'a person cannot be recorded as caring for themselves');
}

/**
 * Records that one person cares for another (a young carer, a parent carer, a kinship carer…), with the
 * kinds of care, hours and whether a carer's assessment was offered.
 *
 * @example
 * addCaringRole(family, {
 *   carer: leo,
 *   caredFor: amy,
 *   role: 'young_carer',
 *   careKinds: ['emotional', 'practical'],
 *   hoursPerWeek: { min: 10, max: 15 },
 * });
 */
export function addCaringRole(family: Family, input: AddCaringRoleInput): AddResult<CaringRoleId> {
  const operation = 'addCaringRole';
  if (typeof input !== 'object' || input === null)
    fail(operation, '', 'needs a carer and a role (and the cared-for person, once known)');
  requirePair(family, input.carer, input.caredFor, operation, '');
  return addEntity(family, 'caringRoles', CaringRoleSchema, input, operation, 'Add caring role');
}

/**
 * Updates a caring role with a deep patch (`null` removes an optional field).
 *
 * @example
 * updateCaringRole(family, { id: role, patch: { assessment: 'offered' } });
 */
export function updateCaringRole(
  family: Family,
  input: {
    id: CaringRoleId;
    patch: DeepPatch<CaringRoleFields> & { carer?: PersonId; caredFor?: PersonId | null };
  },
): OperationResult {
  const operation = 'updateCaringRole';
  const next = patchEntity(family, 'caringRoles', CaringRoleSchema, input?.id, input?.patch, operation);
  const role = next.caringRoles.find((r) => r.id === input.id);
  if (role) requirePair(next, role.carer, role.caredFor, operation, 'patch.');
  return commit(family, next, operation, 'Update caring role');
}

/**
 * Removes a caring role. Both people stay in the family.
 *
 * @example
 * removeCaringRole(family, { id: role });
 */
export function removeCaringRole(family: Family, input: { id: CaringRoleId }): OperationResult {
  return commit(
    family,
    dropEntity(family, 'caringRoles', input?.id, 'removeCaringRole'),
    'removeCaringRole',
    'Remove caring role',
  );
}
