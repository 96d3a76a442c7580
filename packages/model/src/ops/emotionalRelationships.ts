import type * as z from 'zod/mini';
import type { EmotionalId, PersonId } from '../ids.ts';
import { EmotionalRelationshipSchema } from '../schema/emotional.ts';
import type { Family } from '../schema/family.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, dropEntity, patchEntity } from './internal/entityOps.ts';
import { requireEntity } from './internal/lookup.ts';
import type { DeepPatch } from './internal/mergePatch.ts';
import { fail } from './internal/validate.ts';

type EmotionalFields = Omit<z.input<typeof EmotionalRelationshipSchema>, 'id' | 'from' | 'to'>;

/**
 * What `addEmotionalRelationship` takes: from, to, type, optional fields (basis, reporter…) and id.
 *
 * @example
 * const input: AddEmotionalRelationshipInput = { from: leo, to: gran, type: 'close' };
 */
export type AddEmotionalRelationshipInput = EmotionalFields & {
  from: PersonId;
  to: PersonId;
  id?: EmotionalId;
};

function requirePair(family: Family, from: unknown, to: unknown, operation: string, prefix: string): void {
  requireEntity(family, 'people', from, operation, `${prefix}from`);
  requireEntity(family, 'people', to, operation, `${prefix}to`);
  if (from === to) fail(operation, `${prefix}to`, 'an emotional relationship needs two different people');
}

/**
 * Draws an emotional or interactional relationship between two people (close, conflictual, physical
 * abuse…). Abuse lines are allegations, findings or convictions: record the `basis` and `reportedBy`.
 *
 * @example
 * addEmotionalRelationship(family, {
 *   from: ben,
 *   to: amy,
 *   type: 'physical_abuse',
 *   direction: 'from_to',
 *   basis: 'alleged',
 *   reportedBy: { label: 'Police' },
 * });
 */
export function addEmotionalRelationship(
  family: Family,
  input: AddEmotionalRelationshipInput,
): AddResult<EmotionalId> {
  const operation = 'addEmotionalRelationship';
  if (typeof input !== 'object' || input === null) fail(operation, '', 'needs two people and a type');
  requirePair(family, input.from, input.to, operation, '');
  return addEntity(
    family,
    'emotionalRelationships',
    EmotionalRelationshipSchema,
    input,
    operation,
    'Add emotional relationship',
  );
}

/**
 * Updates an emotional relationship with a deep patch (`null` removes an optional field).
 *
 * @example
 * updateEmotionalRelationship(family, { id: line, patch: { basis: 'substantiated' } });
 */
export function updateEmotionalRelationship(
  family: Family,
  input: { id: EmotionalId; patch: DeepPatch<EmotionalFields> & { from?: PersonId; to?: PersonId } },
): OperationResult {
  const operation = 'updateEmotionalRelationship';
  const next = patchEntity(
    family,
    'emotionalRelationships',
    EmotionalRelationshipSchema,
    input?.id,
    input?.patch,
    operation,
  );
  const line = next.emotionalRelationships.find((r) => r.id === input.id);
  if (line) requirePair(next, line.from, line.to, operation, 'patch.');
  return commit(family, next, operation, 'Update emotional relationship');
}

/**
 * Removes an emotional relationship.
 *
 * @example
 * removeEmotionalRelationship(family, { id: line });
 */
export function removeEmotionalRelationship(family: Family, input: { id: EmotionalId }): OperationResult {
  const operation = 'removeEmotionalRelationship';
  return commit(
    family,
    dropEntity(family, 'emotionalRelationships', input?.id, operation),
    operation,
    'Remove emotional relationship',
  );
}
