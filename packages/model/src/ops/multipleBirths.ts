import type { MultipleBirthId, PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import type { Zygosity } from '../schema/enumValues.ts';
import { MultipleBirthSchema } from '../schema/relationships.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import { requireEntity } from './internal/lookup.ts';
import { fail } from './internal/validate.ts';

/** Checks the members exist, are distinct and belong to no other multiple birth. */
function requireMembers(
  family: Family,
  members: unknown,
  operation: string,
  path: string,
  except?: string,
): void {
  if (!Array.isArray(members) || members.length < 2) fail(operation, path, 'must list at least two people');
  members.forEach((id, i) => {
    requireEntity(family, 'people', id, operation, `${path}[${i}]`);
    if (members.indexOf(id) !== i) fail(operation, `${path}[${i}]`, `"${String(id)}" is listed twice`);
    const other = family.multipleBirths.find((g) => g.id !== except && g.members.includes(id as PersonId));
    if (other)
      fail(operation, `${path}[${i}]`, `"${String(id)}" is already in the multiple birth "${other.id}"`);
  });
}

/**
 * Groups two or more people born together (twins, triplets…), drawn from one point. Use
 * `addRelative(…, { relation: 'twin' })` to add a new twin with the same parents and birth date.
 *
 * @example
 * addMultipleBirth(family, { members: [mia, max], zygosity: 'dz' });
 */
export function addMultipleBirth(
  family: Family,
  input: { members: PersonId[]; zygosity?: Zygosity; id?: MultipleBirthId },
): AddResult<MultipleBirthId> {
  const operation = 'addMultipleBirth';
  requireMembers(family, input?.members, operation, 'members');
  return addEntity(family, 'multipleBirths', MultipleBirthSchema, input, operation, 'Add multiple birth');
}

/**
 * Updates a multiple birth: its zygosity, or its whole list of members.
 *
 * @example
 * updateMultipleBirth(family, { id: twins, patch: { zygosity: 'mz' } });
 */
export function updateMultipleBirth(
  family: Family,
  input: { id: MultipleBirthId; patch: { members?: PersonId[]; zygosity?: Zygosity } },
): OperationResult {
  const operation = 'updateMultipleBirth';
  if (input?.patch?.members !== undefined)
    requireMembers(family, input.patch.members, operation, 'patch.members', input.id);
  const next = patchEntity(family, 'multipleBirths', MultipleBirthSchema, input?.id, input?.patch, operation);
  return commit(family, next, operation, 'Update multiple birth');
}

/**
 * Dissolves a multiple-birth group. The people stay in the family.
 *
 * @example
 * removeMultipleBirth(family, { id: twins });
 */
export function removeMultipleBirth(family: Family, input: { id: MultipleBirthId }): OperationResult {
  const operation = 'removeMultipleBirth';
  return commit(
    family,
    dropEntity(family, 'multipleBirths', input?.id, operation),
    operation,
    'Remove multiple birth',
  );
}
