import {
  applyChange,
  canRedo,
  canUndo,
  composeChanges,
  createHistory,
  endGroup as endHistoryGroup,
  recordChange,
  redo as redoStep,
  undo as undoStep,
  type Change,
  type Family,
  type History,
  type OperationResult,
} from '@kinmap/model';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ChangeAction } from '../a11y/describeChange.ts';

/** An edit: an operation's result, a bare change, or a function from the current family to either. */
export type FamilyEdit = OperationResult | Change | ((family: Family) => OperationResult | Change);

/** Options of {@link useFamilyHistory}. */
export interface FamilyHistoryOptions {
  /** Most undo steps kept. Default: no limit. */
  maxDepth?: number;
  /** Called after every edit, undo and redo with the new family and the change applied. */
  onFamilyChange?: (family: Family, change: Change, action: ChangeAction) => void;
}

/** What {@link useFamilyHistory} returns. */
export interface FamilyHistory {
  family: Family;
  /** The undo history (plain data; save it with the family if you like). */
  history: History;
  /** Apply an edit and record it as one undo step (or join the open `group` of the same name). */
  apply: (edit: FamilyEdit, options?: { group?: string }) => Family;
  /** Apply several edits in order, each to the result of the one before, as ONE undo step. */
  group: (edits: readonly FamilyEdit[], options?: { label?: string }) => Family;
  /** Close the open group: the next edit starts a new undo step. */
  endGroup: () => void;
  /** Undo the last step; returns the change applied, or `undefined` when there was nothing to undo. */
  undo: () => Change | undefined;
  /** Redo the last undone step; returns the change applied, or `undefined`. */
  redo: () => Change | undefined;
  canUndo: boolean;
  canRedo: boolean;
  /** Start again from a family (for example after opening a file), with an empty history. */
  reset: (family: Family) => void;
}

function toChange(family: Family, edit: FamilyEdit): Change {
  const result = typeof edit === 'function' ? edit(family) : edit;
  return 'change' in result && 'family' in result ? (result as OperationResult).change : (result as Change);
}

interface State {
  family: Family;
  history: History;
}

/**
 * Undo and redo over model changes for an editor, built on the model's pure history (`recordChange`,
 * `undo`, `redo`). Every edit is applied with `applyChange` to the CURRENT family, so several edits in
 * one event handler build on each other. `group` turns a multi-step edit ("add a child with both
 * parents") into one undo step.
 *
 * @param initialFamily - The family to start from (read on the first render only).
 * @example
 * const { family, apply, undo, redo, canUndo } = useFamilyHistory(loadedFamily);
 * apply((current) => addRelative(current, { of: amy, relation: 'child', person: { names: { given: 'Leo' } } }));
 * undo(); // Leo is gone again
 */
export function useFamilyHistory(initialFamily: Family, options: FamilyHistoryOptions = {}): FamilyHistory {
  const [state, setState] = useState<State>(() => ({
    family: initialFamily,
    history: createHistory(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  }));
  // The latest state, so edits made one after another in one handler see each other's result.
  const latest = useRef(state);
  const onFamilyChange = useRef(options.onFamilyChange);
  onFamilyChange.current = options.onFamilyChange;

  const commit = useCallback((next: State, change: Change, action: ChangeAction) => {
    latest.current = next;
    setState(next);
    onFamilyChange.current?.(next.family, change, action);
  }, []);

  const apply = useCallback(
    (edit: FamilyEdit, opts: { group?: string } = {}) => {
      const { family, history } = latest.current;
      const change = toChange(family, edit);
      const next = { family: applyChange(family, change), history: recordChange(history, change, opts) };
      commit(next, change, 'apply');
      return next.family;
    },
    [commit],
  );

  const group = useCallback(
    (edits: readonly FamilyEdit[], opts: { label?: string } = {}) => {
      const { family: start, history } = latest.current;
      let family = start;
      const changes: Change[] = [];
      for (const edit of edits) {
        const change = toChange(family, edit);
        family = applyChange(family, change);
        changes.push(change);
      }
      const composed = composeChanges(changes);
      const change = opts.label === undefined ? composed : { ...composed, label: opts.label };
      commit({ family, history: recordChange(history, change) }, change, 'apply');
      return family;
    },
    [commit],
  );

  const step = useCallback(
    (which: 'undo' | 'redo') => {
      const { family, history } = latest.current;
      const result = which === 'undo' ? undoStep(history, family) : redoStep(history, family);
      if (!result) return undefined;
      commit({ family: result.family, history: result.history }, result.change, which);
      return result.change;
    },
    [commit],
  );

  const endGroup = useCallback(() => {
    const next = { ...latest.current, history: endHistoryGroup(latest.current.history) };
    latest.current = next;
    setState(next);
  }, []);

  const reset = useCallback((family: Family) => {
    const next = {
      family,
      history: createHistory(
        latest.current.history.maxDepth === undefined ? {} : { maxDepth: latest.current.history.maxDepth },
      ),
    };
    latest.current = next;
    setState(next);
  }, []);

  return useMemo(
    () => ({
      family: state.family,
      history: state.history,
      apply,
      group,
      endGroup,
      undo: () => step('undo'),
      redo: () => step('redo'),
      canUndo: canUndo(state.history),
      canRedo: canRedo(state.history),
      reset,
    }),
    [state, apply, group, endGroup, step, reset],
  );
}
