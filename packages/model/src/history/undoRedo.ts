import { applyChange } from '../changes/applyChange.ts';
import { invertChange } from '../changes/invertChange.ts';
import type { Change } from '../changes/types.ts';
import type { Family } from '../schema/family.ts';
import type { History } from './history.ts';

/**
 * What `undo` and `redo` return: the new history, the new family, and the change that was applied.
 *
 * @example
 * const step = undo(history, family);
 * if (step) onFamilyChange(step.family, step.change);
 */
export interface HistoryStep {
  history: History;
  family: Family;
  /** The change applied to reach `family` (for undo, the inverse of the recorded step). */
  change: Change;
}

/**
 * Undoes the latest step: applies its inverse to `family` and moves it to the redo list. Returns
 * `undefined` when there is nothing to undo. Throws a `ModelError` if `family` is not the family the
 * step was recorded against (an entity it needs is missing).
 *
 * @example
 * const step = undo(history, family);
 * if (step) {
 *   history = step.history;
 *   family = step.family; // as it was before the last edit
 * }
 */
export function undo(history: History, family: Family): HistoryStep | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  const change = invertChange(entry.change);
  return {
    history: {
      ...history,
      past: history.past.slice(0, -1),
      future: [...history.future, { change: entry.change }],
    },
    family: applyChange(family, change),
    change,
  };
}

/**
 * Redoes the latest undone step. Returns `undefined` when there is nothing to redo.
 *
 * @example
 * const step = redo(history, family);
 * if (step) ({ history, family } = step);
 */
export function redo(history: History, family: Family): HistoryStep | undefined {
  const entry = history.future[history.future.length - 1];
  if (!entry) return undefined;
  return {
    history: {
      ...history,
      past: [...history.past, { change: entry.change }],
      future: history.future.slice(0, -1),
    },
    family: applyChange(family, entry.change),
    change: entry.change,
  };
}
