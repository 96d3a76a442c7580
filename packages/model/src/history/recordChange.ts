import { composeChanges } from '../changes/composeChanges.ts';
import { isEmptyChange } from '../changes/isEmptyChange.ts';
import type { Change } from '../changes/types.ts';
import type { History, HistoryEntry } from './history.ts';

/**
 * Records a change that has just been applied, as a new undo step, and discards the redo steps.
 * With `group`, a change recorded straight after another with the same group joins that step, so
 * one undo reverts both (for example "add child with both parents", or typing in one field).
 * Empty changes are ignored. Returns a new history; the input is not mutated.
 *
 * @example
 * let history = createHistory();
 * const a = addRelative(family, { of: amy, relation: 'child', person: { names: { given: 'Leo' } } });
 * history = recordChange(history, a.change, { group: 'new-child' });
 * const b = updatePerson(a.family, { id: a.change.people!.added![0]!.value.id, patch: { sexAtBirth: 'male' } });
 * history = recordChange(history, b.change, { group: 'new-child' }); // still one undo step
 * history = endGroup(history); // the next change starts a new step, even with the same group
 */
export function recordChange(history: History, change: Change, options: { group?: string } = {}): History {
  if (isEmptyChange(change)) return history;
  const last = history.past[history.past.length - 1];
  if (last && options.group !== undefined && last.group === options.group) {
    const merged: HistoryEntry = { change: composeChanges([last.change, change]), group: options.group };
    return { ...history, past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = options.group === undefined ? { change } : { change, group: options.group };
  let past = [...history.past, entry];
  if (history.maxDepth !== undefined && past.length > history.maxDepth) {
    past = past.slice(past.length - history.maxDepth);
  }
  return { ...history, past, future: [] };
}

/**
 * Closes the current group: the next change starts a new undo step even if it uses the same group.
 *
 * @example
 * history = recordChange(history, change, { group: 'edit-name' });
 * history = endGroup(history); // e.g. when the name field loses focus
 */
export function endGroup(history: History): History {
  const last = history.past[history.past.length - 1];
  if (!last || last.group === undefined) return history;
  return { ...history, past: [...history.past.slice(0, -1), { change: last.change }] };
}
