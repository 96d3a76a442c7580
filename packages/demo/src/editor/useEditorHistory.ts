import { useCallback, useMemo, useRef, useState } from 'react';
import {
  canRedo,
  canUndo,
  createHistory,
  endGroup as endHistoryGroup,
  ModelError,
  recordChange,
  redo as redoStep,
  undo as undoStep,
  type Change,
  type Family,
  type History,
} from '@kinmap/model';
import type { EditOptions, EditOutcome, Operation } from './EditorContext.ts';

interface State {
  family: Family;
  history: History;
  /** Short description of the last change, for the live region ("Undone: Add child"). */
  lastLabel?: string;
}

function messageOf(error: unknown): string {
  if (error instanceof ModelError) {
    const issue = error.issues[0];
    if (!issue) return error.message;
    return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
  return error instanceof Error ? error.message : 'This change could not be made';
}

/**
 * The editor's family and its undo history, using the model's pure operations and history. Every
 * change goes through a model operation; refused changes come back with the model's message.
 */
export function useEditorHistory(initialFamily: Family) {
  const [state, setState] = useState<State>(() => ({
    family: initialFamily,
    history: createHistory({ maxDepth: 500 }),
  }));
  // Operations run against the latest state synchronously, so a field learns at once if it was refused.
  const latest = useRef(state);
  const commit = useCallback((next: State) => {
    latest.current = next;
    setState(next);
  }, []);

  const edit = useCallback(
    (operation: Operation, options: EditOptions = {}): EditOutcome => {
      const current = latest.current;
      try {
        const result = operation(current.family) as { family: Family; change: Change };
        if (result.family === current.family) return { ok: true };
        const history = recordChange(
          current.history,
          result.change,
          options.group ? { group: options.group } : {},
        );
        commit({ family: result.family, history, lastLabel: result.change.label });
        return { ok: true };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },
    [commit],
  );

  const editAll = useCallback(
    (operations: Operation[], label: string): EditOutcome => {
      const current = latest.current;
      const group = `all:${Date.now()}:${Math.random()}`;
      let family = current.family;
      let history = endHistoryGroup(current.history);
      try {
        for (const operation of operations) {
          const result = operation(family) as { family: Family; change: Change };
          history = recordChange(history, { ...result.change, label }, { group });
          family = result.family;
        }
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
      commit({ family, history: endHistoryGroup(history), lastLabel: label });
      return { ok: true };
    },
    [commit],
  );

  const undo = useCallback(() => {
    const current = latest.current;
    const step = undoStep(current.history, current.family);
    if (step)
      commit({
        family: step.family,
        history: step.history,
        lastLabel: `Undone: ${step.change.label ?? 'change'}`,
      });
  }, [commit]);

  const redo = useCallback(() => {
    const current = latest.current;
    const step = redoStep(current.history, current.family);
    if (step)
      commit({
        family: step.family,
        history: step.history,
        lastLabel: `Redone: ${step.change.label ?? 'change'}`,
      });
  }, [commit]);

  const endGroup = useCallback(() => {
    const current = latest.current;
    latest.current = { ...current, history: endHistoryGroup(current.history) };
    setState(latest.current);
  }, []);

  return useMemo(
    () => ({
      family: state.family,
      lastLabel: state.lastLabel,
      canUndo: canUndo(state.history),
      canRedo: canRedo(state.history),
      edit,
      editAll,
      undo,
      redo,
      endGroup,
    }),
    [state, edit, editAll, undo, redo, endGroup],
  );
}
