import * as z from 'zod/mini';
import type { PersonId } from '../ids.ts';
import { FamilySchema, type Family, type FamilyInput } from '../schema/family.ts';
import { commit, type OperationResult } from './internal/commit.ts';
import { requireEntity } from './internal/lookup.ts';
import { mergePatch, type DeepPatch } from './internal/mergePatch.ts';
import { fail, parseOrThrow } from './internal/validate.ts';

/**
 * The document-level fields `updateFamilyDetails` can change.
 *
 * @example
 * const details: FamilyDetails = { title: 'Jones family', notationProfile: 'ics_uk' };
 */
export type FamilyDetails = Pick<
  FamilyInput,
  'title' | 'asAt' | 'preparedWithFamily' | 'statements' | 'notationProfile' | 'notes'
>;

const DETAIL_FIELDS = [
  'title',
  'asAt',
  'preparedWithFamily',
  'statements',
  'notationProfile',
  'notes',
] as const;

/**
 * Updates the document's own fields with a deep patch: title, "as at" date, whether it was prepared with
 * the family, the explicit statements, notation profile and notes. `null` removes an optional field.
 *
 * @example
 * updateFamilyDetails(family, {
 *   title: 'Jones family',
 *   preparedWithFamily: { value: 'partly', date: '2024-03-01', present: 'Mother' },
 *   statements: { noOtherAgencies: { date: '2024-03-01', by: 'Social worker' } },
 * });
 */
export function updateFamilyDetails(family: Family, patch: DeepPatch<FamilyDetails>): OperationResult {
  const operation = 'updateFamilyDetails';
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    fail(operation, '', 'must be an object of the fields to change');
  }
  const unknown = Object.keys(patch).filter((key) => !(DETAIL_FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    fail(
      operation,
      unknown[0] as string,
      `is not a field updateFamilyDetails can change (use ${DETAIL_FIELDS.join(', ')})`,
    );
  }
  if ((patch as Record<string, unknown>).title === null)
    fail(operation, 'title', 'a family must keep a title');
  const current = Object.fromEntries(DETAIL_FIELDS.map((key) => [key, family[key]]));
  const merged = mergePatch(current, patch);
  const schema = z.pick(FamilySchema, {
    title: true,
    asAt: true,
    preparedWithFamily: true,
    statements: true,
    notationProfile: true,
    notes: true,
  });
  const parsed = parseOrThrow(schema, merged, operation, '') as Record<string, unknown>;
  const next: Record<string, unknown> = { ...family };
  for (const key of DETAIL_FIELDS) {
    if (!(key in patch)) continue;
    if (parsed[key] === undefined) delete next[key];
    else next[key] = parsed[key];
  }
  return commit(family, next as Family, operation, 'Update family details');
}

/**
 * Sets the subjects of the map: the index people the assessment is about (a child, or an adult at risk).
 * Each must be a person in the family; duplicates are dropped, order is kept.
 *
 * @example
 * setSubjects(family, [leo, mia]);
 */
export function setSubjects(family: Family, subjects: readonly PersonId[]): OperationResult {
  const operation = 'setSubjects';
  if (!Array.isArray(subjects)) fail(operation, 'subjects', 'must be a list of person ids');
  subjects.forEach((id, i) => requireEntity(family, 'people', id, operation, `subjects[${i}]`));
  const unique = [...new Set(subjects)];
  return commit(family, { ...family, subjects: unique }, operation, 'Set subjects');
}
