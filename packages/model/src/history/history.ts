import type { Change } from '../changes/types.ts';

/**
 * One undo step: a change (possibly several squashed together) and the group it was recorded under.
 *
 * @example
 * history.past.at(-1)?.change.label; // "Add child": the label for an Undo button
 */
export interface HistoryEntry {
  change: Change;
  /** While set, the next change recorded with the same group joins this step. */
  group?: string;
}

/**
 * An undo/redo history: plain, JSON-serialisable data with no hidden state. `past` ends with the
 * step `undo` reverts next; `future` ends with the step `redo` reapplies next.
 *
 * @example
 * const history: History = createHistory({ maxDepth: 50 });
 * localStorage.setItem('undo', JSON.stringify(history)); // plain data
 */
export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Most undo steps kept; the oldest are dropped beyond it. Absent means no limit. */
  maxDepth?: number;
}

/**
 * Makes an empty history.
 *
 * @example
 * let history = createHistory({ maxDepth: 100 });
 * canUndo(history); // false
 */
export function createHistory(options: { maxDepth?: number } = {}): History {
  const history: History = { past: [], future: [] };
  if (options.maxDepth !== undefined) {
    if (!Number.isInteger(options.maxDepth) || options.maxDepth < 1) {
      throw new RangeError(
        `createHistory: maxDepth must be a whole number of at least 1, not ${options.maxDepth}`,
      );
    }
    history.maxDepth = options.maxDepth;
  }
  return history;
}

/**
 * True when there is a step to undo.
 *
 * @example
 * canUndo(recordChange(createHistory(), change)); // true
 */
export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

/**
 * True when there is an undone step to redo.
 *
 * @example
 * const undone = undo(history, family);
 * if (undone) canRedo(undone.history); // true
 */
export function canRedo(history: History): boolean {
  return history.future.length > 0;
}
