import { diffFamilies } from '../../changes/diffFamilies.ts';
import type { Change } from '../../changes/types.ts';
import { ModelError } from '../../changes/ModelError.ts';
import { limitIssues } from '../../format/limitsCheck.ts';
import type { Family } from '../../schema/family.ts';
import { assertReferencesResolve } from './references.ts';
import { tidySourceRecords } from './sourceRecords.ts';

/**
 * What every operation returns: the new family and the change that leads to it from the old one.
 *
 * @example
 * const { family: next, change } = removePerson(family, { id: amy });
 */
export interface OperationResult {
  family: Family;
  change: Change;
}

/**
 * What operations that add an entity return: also the id of the new entity.
 *
 * @example
 * const { family: next, id } = addPerson(family, { names: { given: 'Zoe' } });
 */
export interface AddResult<I extends string> extends OperationResult {
  id: I;
}

/**
 * Finishes an operation: drops field sources about records no longer on the map (and removed
 * agencies from sources and share records, `tidySourceRecords`), computes the change from `before` to `after`, checks that nothing added or
 * updated refers to a missing entity, checks that the new family stays within the format limits (so
 * `parseFamily` will reopen it once saved), and returns both.
 */
export function commit(before: Family, proposed: Family, operation: string, label: string): OperationResult {
  const after = tidySourceRecords(proposed);
  const change = diffFamilies(before, after, { label });
  assertReferencesResolve(after, change, operation);
  const overLimits = limitIssues(before, after, change);
  if (overLimits.length > 0) throw new ModelError(operation, overLimits);
  return { family: after, change };
}
