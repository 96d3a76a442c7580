'use client';

import {
  applyChange,
  invertChange,
  removePerson,
  type Change,
  type Family,
  type PersonId,
} from '@kinmap/model';
import type { FamilyLayout } from '@kinmap/layout';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import { describeChange } from '../a11y/describeChange.ts';
import type { DescribeLabels } from '../a11y/describePerson.ts';
import type { FamilyHistory } from '../hooks/useFamilyHistory.ts';
import type { InteractionLabels } from '../labels/interactionLabels.ts';
import { personAfterRemoval } from './personAfterRemoval.ts';
import type { SelectionState } from './useSelection.ts';

/** What {@link useChartEditing} needs from the chart. */
export interface ChartEditingOptions {
  isEditable: boolean;
  family: Family;
  layout: FamilyLayout;
  history: FamilyHistory;
  selection: SelectionState;
  /** The person with keyboard focus, if any. */
  focusedId: PersonId | undefined;
  focusPerson: (id: PersonId) => void;
  /** Focus the chart itself (when nobody is left to focus). */
  focusChart: () => void;
  announce: (message: string) => void;
  labels: DescribeLabels & InteractionLabels;
}

/** True on Apple systems, where ⌘ rather than Ctrl is the shortcut key (only asked in event handlers). */
function isApple(): boolean {
  return (
    typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}

function isPersonElement(target: EventTarget | null): boolean {
  return target instanceof Element && target.hasAttribute('data-person-id');
}

/**
 * Keyboard editing on a chart: Delete or Backspace removes the person in focus (`removePerson`, so
 * their links go with them); Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo. Each change is
 * announced ("Removed Amy Jones. Press Ctrl+Z to undo."), removed people leave the selection, and
 * focus moves to a neighbour when the person in focus is removed, or to a person brought back by undo.
 *
 * @returns `onKeyDown` for the chart's container; it returns true when it handled the key.
 */
export function useChartEditing(options: ChartEditingOptions): {
  onKeyDown: (event: KeyboardEvent) => boolean;
} {
  const { isEditable, family, layout, history, selection, focusedId, labels, announce } = options;
  const { focusPerson, focusChart } = options;
  // Where focus goes once the changed family is drawn: a person, or `null` for the chart itself.
  const pendingFocus = useRef<{ target: PersonId | null; from: Family } | undefined>(undefined);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.from === family) return;
    pendingFocus.current = undefined;
    if (pending.target !== null && layout.nodes.some((node) => node.id === pending.target))
      focusPerson(pending.target);
    else focusChart();
  }, [family, layout, focusPerson, focusChart]);

  /** After a change: drop removed people from the selection and plan where focus goes. */
  const followChange = (change: Change) => {
    const removed = new Set((change.people?.removed ?? []).map((entry) => entry.value.id));
    if (removed.size > 0 && selection.selection.some((id) => removed.has(id as PersonId)))
      selection.setSelection(selection.selection.filter((id) => !removed.has(id as PersonId)));
    if (focusedId === undefined) return;
    const added = change.people?.added?.[0]?.value.id;
    if (added !== undefined) pendingFocus.current = { target: added, from: family };
    else if (removed.has(focusedId)) {
      let target = personAfterRemoval(family, layout, focusedId);
      if (target !== undefined && removed.has(target)) {
        target = layout.nodes.find((node) => !removed.has(node.id))?.id;
      }
      pendingFocus.current = { target: target ?? null, from: family };
    }
  };

  const remove = (id: PersonId) => {
    let change: Change | undefined;
    const next = history.apply((current) => {
      const result = removePerson(current, { id });
      change = result.change;
      return result;
    });
    if (!change) return;
    followChange(change);
    announce(labels.announceEdit(describeChange(next, change, { labels }), isApple()));
  };

  const step = (which: 'undo' | 'redo') => {
    const applied = which === 'undo' ? history.undo() : history.redo();
    if (!applied) {
      announce(which === 'undo' ? labels.announceNothingToUndo : labels.announceNothingToRedo);
      return;
    }
    followChange(applied);
    // Say what the step was in the words of the edit itself: "Undone: Removed Amy Jones".
    const what =
      which === 'undo'
        ? describeChange(family, invertChange(applied), { labels })
        : describeChange(applyChange(family, applied), applied, { labels });
    announce(which === 'undo' ? labels.announceUndone(what) : labels.announceRedone(what));
  };

  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!isEditable || event.altKey) return false;
    const key = event.key.toLowerCase();
    const isShortcut = event.ctrlKey || event.metaKey;
    if (isShortcut && (key === 'z' || key === 'y')) {
      step(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    } else if (
      !isShortcut &&
      (event.key === 'Delete' || event.key === 'Backspace') &&
      focusedId !== undefined &&
      isPersonElement(event.target)
    ) {
      remove(focusedId);
    } else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return { onKeyDown };
}
