import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { PersonSchema, type PersonInput } from '../schema/person.ts';
import { commit, type AddResult, type OperationResult } from './internal/commit.ts';
import { addEntity, patchEntity } from './internal/entityOps.ts';
import type { DeepPatch } from './internal/mergePatch.ts';

/**
 * The fields of a new person (all optional); `id` is generated when absent.
 *
 * @example
 * const zoe: NewPerson = { names: { given: 'Zoe' }, birth: { date: '2020', estimated: true } };
 */
export type NewPerson = Omit<PersonInput, 'id'> & { id?: PersonId };

/**
 * Adds a person who is not yet related to anyone (use `addRelative` to add a relative). Fields are
 * validated with `PersonSchema`; defaults (kind `person`, sex and gender `not_asked`…) are filled in.
 *
 * @example
 * const { family: next, change } = addPerson(family, {
 *   names: { given: 'Amy', family: 'Jones' },
 *   genderIdentity: 'woman',
 *   birth: { date: '1990-04' },
 * });
 * change.people?.added?.[0]?.value.id; // "person:…"
 */
export function addPerson(family: Family, input: NewPerson = {}): AddResult<PersonId> {
  return addEntity(family, 'people', PersonSchema, input, 'addPerson', 'Add person');
}

/**
 * What `updatePerson` takes: the person's id and a deep patch of their fields (`null` removes a field).
 *
 * @example
 * const input: UpdatePersonInput = { id: amy, patch: { immigration: { nrpf: 'yes' } } };
 */
export interface UpdatePersonInput {
  id: PersonId;
  patch: DeepPatch<Omit<PersonInput, 'id'>>;
}

/**
 * Updates a person's fields with a deep patch: nested objects merge, arrays replace, `null` removes an
 * optional field. The result is validated; an invalid value throws a `ModelError` naming the field.
 *
 * @example
 * updatePerson(family, {
 *   id: amy,
 *   patch: { names: { knownAs: 'Ames' }, immigration: { nrpf: 'yes' }, death: null },
 * });
 */
export function updatePerson(family: Family, input: UpdatePersonInput): OperationResult {
  const next = patchEntity(family, 'people', PersonSchema, input?.id, input?.patch, 'updatePerson');
  return commit(family, next, 'updatePerson', 'Update person');
}
