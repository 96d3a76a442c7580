'use client';

import { useCallback, useMemo } from 'react';
import { useControllableState } from '../hooks/useControllableState.ts';
import { nextSelection, type SelectableId, type SelectMode, type Selection } from './selection.ts';

const EMPTY: Selection = [];

/** Props of {@link useSelection}: the package's controlled/uncontrolled selection triple. */
export interface SelectionProps {
  /** The selected ids (controlled). */
  selection?: Selection;
  /** The selection to start with (uncontrolled). Default: nothing selected. */
  defaultSelection?: Selection;
  /** Called with every new selection. */
  onSelectionChange?: (selection: Selection) => void;
}

/** What {@link useSelection} returns. */
export interface SelectionState {
  selection: Selection;
  isSelected: (id: SelectableId) => boolean;
  /** Select `id`: replace the selection (default), toggle it, or extend the selection with it. */
  select: (id: SelectableId, mode?: SelectMode) => void;
  /** Replace the whole selection. */
  setSelection: (selection: Selection) => void;
  /** Select nothing. */
  clear: () => void;
}

/**
 * Selection that a parent may control (`selection` + `onSelectionChange`) or leave to the chart
 * (`defaultSelection`), with helpers to select, toggle, extend and clear.
 *
 * @example
 * const { selection, select, clear } = useSelection({ defaultSelection: [amy] });
 * select(leo, 'toggle'); // selection: [amy, leo]
 * clear(); // selection: []
 */
export function useSelection(props: SelectionProps = {}): SelectionState {
  const [selection, setSelection] = useControllableState<Selection>(
    props.selection,
    props.defaultSelection ?? EMPTY,
    props.onSelectionChange,
  );
  const select = useCallback(
    (id: SelectableId, mode: SelectMode = 'replace') =>
      setSelection((current) => nextSelection(current, id, mode)),
    [setSelection],
  );
  const clear = useCallback(
    () => setSelection((current) => (current.length === 0 ? current : EMPTY)),
    [setSelection],
  );
  return useMemo(
    () => ({ selection, isSelected: (id) => selection.includes(id), select, setSelection, clear }),
    [selection, select, setSelection, clear],
  );
}
