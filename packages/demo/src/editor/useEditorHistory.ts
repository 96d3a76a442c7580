import { useCallback, useMemo, useRef, useState } from 'react';
import { invertChange, ModelError, type Change, type Family } from '@kinmap/model';
import { useFamilyHistory } from '@kinmap/react';
import type { EditOptions, EditOutcome, Operation } from './EditorContext.ts';
import { describeChange } from './describeChange.ts';

function messageOf(error: unknown): string {
  if (error instanceof ModelError) {
    const issue = error.issues[0];
    if (!issue) return error.message;
    return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
  return error instanceof Error ? error.message : 'This change could not be made';
}

/**
 * The editor's family and its undo history (`useFamilyHistory` from @kinmap/react, over the model's
 * pure history). Every change goes through a model operation; a refused change comes back with the
 * model's message, for the field to show beside itself; when the caller does not show it
 * (`showsRefusal`), it is kept in `refusal` for the editor's alert region.
 */
export function useEditorHistory(initialFamily: Family) {
  const history = useFamilyHistory(initialFamily, { maxDepth: 500 });
  // Short description of the last change, for the live region ("Add child", "Undone: Add child").
  const [lastLabel, setLastLabel] = useState<string | undefined>();
  // The message of the last refused edit whose control does not show it itself (cleared by the next
  // edit that is made, or by dismissing it).
  const [refusal, setRefusal] = useState<string | undefined>();
  const dismissRefusal = useCallback(() => setRefusal(undefined), []);
  const { apply, group, undo: undoStep, redo: redoStep, endGroup } = history;

  const edit = useCallback(
    (operation: Operation, options: EditOptions = {}): EditOutcome => {
      let label: string | undefined;
      try {
        apply(
          (family: Family) => {
            const result = operation(family) as { family: Family; change: Change };
            label = result.change.label;
            return result;
          },
          options.group ? { group: options.group } : {},
        );
      } catch (error) {
        const message = messageOf(error);
        setRefusal(options.showsRefusal ? undefined : message);
        return { ok: false, message };
      }
      setRefusal(undefined);
      if (!options.group) setLastLabel(label);
      return { ok: true };
    },
    [apply],
  );

  const editAll = useCallback(
    (
      operations: Operation[],
      label: string,
      options: Pick<EditOptions, 'showsRefusal'> = {},
    ): EditOutcome => {
      try {
        endGroup();
        group(
          operations.map(
            (operation) => (family: Family) => operation(family) as { family: Family; change: Change },
          ),
          { label },
        );
      } catch (error) {
        const message = messageOf(error);
        setRefusal(options.showsRefusal ? undefined : message);
        return { ok: false, message };
      }
      setRefusal(undefined);
      setLastLabel(label);
      return { ok: true };
    },
    [group, endGroup],
  );

  // Undo and redo say who and what ("Undone: Tom’s NRPF status"), from the change itself. Undo returns
  // the inverse of the step; inverting it again gives the step as it was made, with its own label.
  const familyRef = useRef(history.family);
  familyRef.current = history.family;
  const undo = useCallback(() => {
    const before = familyRef.current;
    const change = undoStep();
    setLastLabel(change ? `Undone: ${describeChange(invertChange(change), before)}` : 'Nothing to undo');
  }, [undoStep]);
  const redo = useCallback(() => {
    const before = familyRef.current;
    const change = redoStep();
    setLastLabel(change ? `Redone: ${describeChange(change, before)}` : 'Nothing to redo');
  }, [redoStep]);

  return useMemo(
    () => ({
      family: history.family,
      lastLabel,
      refusal,
      dismissRefusal,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      edit,
      editAll,
      undo,
      redo,
      endGroup,
    }),
    [
      history.family,
      history.canUndo,
      history.canRedo,
      lastLabel,
      refusal,
      dismissRefusal,
      edit,
      editAll,
      undo,
      redo,
      endGroup,
    ],
  );
}
