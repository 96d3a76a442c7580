import type * as z from 'zod/mini';
import type { AgencyId } from '../ids.ts';
import { AgencySchema } from '../schema/agency.ts';
import type { Family } from '../schema/family.ts';
import { removeWhere } from './internal/collections.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import type { DeepPatch } from './internal/mergePatch.ts';
import { stripEverywhere } from './internal/stripEverywhere.ts';

type AgencyFields = Omit<z.input<typeof AgencySchema>, 'id'>;

/**
 * What `addAgency` takes: category, name, optional fields and an optional explicit id.
 *
 * @example
 * const input: AddAgencyInput = { category: 'school', name: 'Park School' };
 */
export type AddAgencyInput = AgencyFields & { id?: AgencyId };

/**
 * Adds an agency or resource to the ecomap (a GP practice, a school, the police…). Contact is by role.
 *
 * @example
 * addAgency(family, { category: 'gp', name: 'Park Lane Surgery', contactByRole: 'Practice safeguarding lead' });
 */
export function addAgency(family: Family, input: AddAgencyInput): AddResult<AgencyId> {
  return addEntity(family, 'agencies', AgencySchema, input, 'addAgency', 'Add agency');
}

/**
 * Updates an agency's fields with a deep patch (`null` removes an optional field).
 *
 * @example
 * updateAgency(family, { id: school, patch: { team: 'Pastoral team' } });
 */
export function updateAgency(
  family: Family,
  input: { id: AgencyId; patch: DeepPatch<AgencyFields> },
): OperationResult {
  const next = patchEntity(family, 'agencies', AgencySchema, input?.id, input?.patch, 'updateAgency');
  return commit(family, next, 'updateAgency', 'Update agency');
}

/**
 * Removes an agency, its involvements, and optional references to it (provenance sources, safeguarding
 * check agencies, reporters), all in one undoable change.
 *
 * @example
 * removeAgency(family, { id: school });
 */
export function removeAgency(family: Family, input: { id: AgencyId }): OperationResult {
  let next = dropEntity(family, 'agencies', input?.id, 'removeAgency');
  next = removeWhere(next, 'involvements', (i) => i.agency === input.id);
  next = stripEverywhere(next, new Set([input.id]));
  return commit(family, next, 'removeAgency', 'Remove agency');
}
