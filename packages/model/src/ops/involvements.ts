import type * as z from 'zod/mini';
import type { AgencyId, InvolvementId } from '../ids.ts';
import { InvolvementSchema, type InvolvementTarget } from '../schema/agency.ts';
import type { Family } from '../schema/family.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import { requireEntity } from './internal/lookup.ts';
import type { DeepPatch } from './internal/mergePatch.ts';
import { fail } from './internal/validate.ts';

type InvolvementFields = Omit<z.input<typeof InvolvementSchema>, 'id' | 'agency' | 'with'>;

/**
 * What `addInvolvement` takes: the agency, whom it is involved with, optional fields and id.
 *
 * @example
 * const input: AddInvolvementInput = { agency: gp, with: { kind: 'family' } };
 */
export type AddInvolvementInput = InvolvementFields & {
  agency: AgencyId;
  with: InvolvementTarget;
  id?: InvolvementId;
};

function requireTarget(family: Family, target: unknown, operation: string): void {
  if (typeof target !== 'object' || target === null) {
    fail(
      operation,
      'with',
      'must say whom the involvement is with: { kind: "person" | "household" | "family" }',
    );
  }
  const t = target as { kind?: unknown; person?: unknown; household?: unknown };
  if (t.kind === 'person') requireEntity(family, 'people', t.person, operation, 'with.person');
  else if (t.kind === 'household')
    requireEntity(family, 'households', t.household, operation, 'with.household');
}

/**
 * Records an agency's involvement with a person, a household or the whole family: roles (such as
 * `lead_practitioner`), status, dates and the ecomap line (strength, flow, stressful).
 *
 * @example
 * addInvolvement(family, {
 *   agency: school,
 *   with: { kind: 'person', person: leo },
 *   roles: ['lead_practitioner'],
 *   status: 'open',
 *   strength: 'strong',
 * });
 */
export function addInvolvement(family: Family, input: AddInvolvementInput): AddResult<InvolvementId> {
  const operation = 'addInvolvement';
  if (typeof input !== 'object' || input === null)
    fail(operation, '', 'needs an agency and whom it is involved with');
  requireEntity(family, 'agencies', input.agency, operation, 'agency');
  requireTarget(family, input.with, operation);
  return addEntity(family, 'involvements', InvolvementSchema, input, operation, 'Add involvement');
}

/**
 * Updates an involvement with a deep patch. `with`, if given, replaces the target entirely.
 *
 * @example
 * updateInvolvement(family, { id: involvement, patch: { status: 'closed', to: '2024-03' } });
 */
export function updateInvolvement(
  family: Family,
  input: {
    id: InvolvementId;
    patch: DeepPatch<InvolvementFields> & { agency?: AgencyId; with?: InvolvementTarget };
  },
): OperationResult {
  const operation = 'updateInvolvement';
  const patch = input?.patch as { agency?: unknown; with?: unknown } | undefined;
  if (patch?.agency !== undefined) requireEntity(family, 'agencies', patch.agency, operation, 'patch.agency');
  if (patch?.with !== undefined) requireTarget(family, patch.with, operation);
  // `with` is a union: replace it whole rather than merging one kind into another.
  const next = patchEntity(family, 'involvements', InvolvementSchema, input?.id, input?.patch, operation, [
    'with',
  ]);
  return commit(family, next, operation, 'Update involvement');
}

/**
 * Removes an involvement. The agency stays on the ecomap.
 *
 * @example
 * removeInvolvement(family, { id: involvement });
 */
export function removeInvolvement(family: Family, input: { id: InvolvementId }): OperationResult {
  return commit(
    family,
    dropEntity(family, 'involvements', input?.id, 'removeInvolvement'),
    'removeInvolvement',
    'Remove involvement',
  );
}
