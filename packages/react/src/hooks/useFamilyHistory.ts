'use client';

import {
  applyChange,
  canRedo,
  canUndo,
  composeChanges,
  createHistory,
  diffFamilies,
  isEmptyChange,
  endGroup as endHistoryGroup,
  recordChange,
  redo as redoStep,
  undo as undoStep,
  type Change,
  type Family,
  type History,
  type OperationResult,
} from '@kinmap/model';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ChangeAction } from '../a11y/describeChange.ts';

/** An edit: an operation's result, a bare change, or a function from the current family to either. */
export type FamilyEdit = OperationResult | Change | ((family: Family) => OperationResult | Change);

/** Options of {@link useFamilyHistory}. */
export interface FamilyHistoryOptions {
  /** Most undo steps kept. Default: no limit. */
  maxDepth?: number;
  /** Called after every edit, undo and redo with the new family and the change applied. */
  onFamilyChange?: (family: Family, change: Change, action: ChangeAction) => void;
  /**
   * The family, when a parent owns it (controlled). Edits, undo and redo then only call
   * `onFamilyChange`; the new family shows when the parent passes it back. A family the parent changed
   * in some other way is recorded as one undo step (so undo takes back the latest change, whoever made
   * it); an edit the parent refused (it passed the old family back) leaves the history as it was.
   */
  family?: Family;
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
  /** Controlled only: the state before the last edit, while the parent has not yet answered it. */
  before?: State;
}

/**
 * Controlled only: bring the history up to the family the parent passes. An edit the parent refused
 * restores the history before it; any other difference is recorded as one undo step.
 */
function reconcile(state: State, family: Family | undefined): State {
  if (family === undefined || family === state.family)
    return state.before ? { ...state, before: undefined } : state;
  if (state.before && family === state.before.family) return state.before;
  const change = diffFamilies(state.family, family);
  if (isEmptyChange(change)) return { family, history: state.history };
  return { family, history: recordChange(endHistoryGroup(state.history), change) };
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
  const controlled = options.family;
  const [state, setState] = useState<State>(() => ({
    family: controlled ?? initialFamily,
    history: createHistory(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  }));
  // The latest state, so edits made one after another in one handler see each other's result.
  const latest = useRef(state);
  // The family the parent passed at the last render (controlled only).
  const passed = useRef(controlled);
  const onFamilyChange = useRef(options.onFamilyChange);
  onFamilyChange.current = options.onFamilyChange;

  // After each render the parent has answered the last edit: accepted, refused or changed it.
  useLayoutEffect(() => {
    passed.current = controlled;
    if (controlled === undefined) return;
    const next = reconcile(latest.current, controlled);
    if (next !== latest.current) {
      latest.current = next;
      setState(next);
    }
  }, [controlled, state]);

  const current = useCallback((): State => {
    const now = latest.current;
    // Before the parent re-rendered, build on the edit just made (several edits in one handler).
    return passed.current === undefined || now.before ? now : reconcile(now, passed.current);
  }, []);

  const commit = useCallback((next: State, change: Change, action: ChangeAction, previous: State) => {
    const stored = passed.current === undefined ? next : { ...next, before: previous.before ?? previous };
    latest.current = stored;
    setState(stored);
    onFamilyChange.current?.(next.family, change, action);
  }, []);

  const apply = useCallback(
    (edit: FamilyEdit, opts: { group?: string } = {}) => {
      const previous = current();
      const { family, history } = previous;
      const change = toChange(family, edit);
      const next = { family: applyChange(family, change), history: recordChange(history, change, opts) };
      commit(next, change, 'apply', previous);
      return next.family;
    },
    [commit, current],
  );

  const group = useCallback(
    (edits: readonly FamilyEdit[], opts: { label?: string } = {}) => {
      const previous = current();
      const { family: start, history } = previous;
      let family = start;
      const changes: Change[] = [];
      for (const edit of edits) {
        const change = toChange(family, edit);
        family = applyChange(family, change);
        changes.push(change);
      }
      const composed = composeChanges(changes);
      const change = opts.label === undefined ? composed : { ...composed, label: opts.label };
      commit({ family, history: recordChange(history, change) }, change, 'apply', previous);
      return family;
    },
    [commit, current],
  );

  const step = useCallback(
    (which: 'undo' | 'redo') => {
      const previous = current();
      const { family, history } = previous;
      const result = which === 'undo' ? undoStep(history, family) : redoStep(history, family);
      if (!result) return undefined;
      commit({ family: result.family, history: result.history }, result.change, which, previous);
      return result.change;
    },
    [commit, current],
  );

  const endGroup = useCallback(() => {
    const next = { ...current(), history: endHistoryGroup(current().history) };
    latest.current = next;
    setState(next);
  }, [current]);

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

  // What the parent passes is what shows; an edit it has not answered yet counts for undo and redo.
  const shown = useMemo(
    () => (controlled === undefined || state.before ? state : reconcile(state, controlled)),
    [state, controlled],
  );
  return useMemo(
    () => ({
      family: controlled ?? shown.family,
      history: shown.history,
      apply,
      group,
      endGroup,
      undo: () => step('undo'),
      redo: () => step('redo'),
      canUndo: canUndo(shown.history),
      canRedo: canRedo(shown.history),
      reset,
    }),
    [controlled, shown, apply, group, endGroup, step, reset],
  );
}
