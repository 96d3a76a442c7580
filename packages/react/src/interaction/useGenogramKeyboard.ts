'use client';

import type { Family, PersonId } from '@kinmap/model';
import type { FamilyLayout } from '@kinmap/layout';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { describePerson, type DescribeLabels } from '../a11y/describePerson.ts';
import { useLabels } from '../labels/LabelsContext.ts';
import { mergeLabels, type DeepPartial } from '../labels/mergeLabels.ts';
import { nextPersonInDirection, readingOrder, type Direction } from './nextPersonInDirection.ts';
import type { SelectMode } from './selection.ts';
import type { SelectionState } from './useSelection.ts';

/** Options of {@link useGenogramKeyboard}. */
export interface GenogramKeyboardOptions {
  family: Family;
  layout: FamilyLayout;
  /** The selection, from `useSelection`. */
  selection: SelectionState;
  /** Called when a person is activated with Enter or a double click (open their details). */
  onPersonActivate?: (id: PersonId) => void;
  /** Called when a person receives focus (for example to pan them into view). */
  onPersonFocus?: (id: PersonId) => void;
  /** The id of the element holding the keyboard instructions, linked by `aria-describedby`. */
  instructionsId?: string;
  /** The chart date for the spoken descriptions. */
  asAt?: string;
  /** Labels to override; the rest come from the nearest `LabelsProvider` or the en-GB defaults. */
  labels?: DeepPartial<DescribeLabels>;
}

/** Props to spread on the element (usually an SVG `<g>`) that draws one person. */
export interface PersonElementProps {
  ref: (element: Element | null) => void;
  tabIndex: 0 | -1;
  role: 'group';
  'aria-roledescription': string;
  'aria-label': string;
  'aria-describedby'?: string;
  'data-person-id': PersonId;
  'data-selected'?: '';
  className: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: (event: FocusEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onClick: (event: MouseEvent) => void;
  onDoubleClick: (event: MouseEvent) => void;
}

/** What {@link useGenogramKeyboard} returns. */
export interface GenogramKeyboard {
  /** The person that is the chart's single Tab stop. */
  tabStopId: PersonId | undefined;
  /** The person with keyboard focus, if focus is inside the chart. */
  focusedId: PersonId | undefined;
  /** Props for the element drawing person `id` (roving tabindex, name, keys, clicks). */
  getPersonProps: (id: PersonId) => PersonElementProps;
  /** Move focus to a person (no-op when they are not drawn). */
  focusPerson: (id: PersonId) => void;
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function selectMode(event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): SelectMode {
  if (event.ctrlKey || event.metaKey) return 'toggle';
  return event.shiftKey ? 'extend' : 'replace';
}

/**
 * Keyboard and pointer behaviour for the people on a chart, as a prop bag (React Aria style): one Tab
 * stop (roving tabindex) that lands on the selected person, else the first subject, else the first
 * person; arrows move between relatives (see `nextPersonInDirection`); Home and End go to the first
 * and last person; Enter activates; Space selects (Ctrl or ⌘ toggles, Shift extends); Escape clears
 * the selection; a click selects. Shift with an arrow is left alone for panning. Each person gets an
 * accessible name from `describePerson`, with "selected" appended when selected.
 *
 * @example
 * const selection = useSelection({ defaultSelection: [] });
 * const keyboard = useGenogramKeyboard({ family, layout, selection, onPersonActivate: openDetails });
 * return layout.nodes.map((node) => (
 *   <g key={node.id} {...keyboard.getPersonProps(node.id)} transform={`translate(${node.x} ${node.y})`}>
 *     …symbol…
 *   </g>
 * ));
 */
export function useGenogramKeyboard(options: GenogramKeyboardOptions): GenogramKeyboard {
  const { family, layout, selection, onPersonActivate, onPersonFocus, instructionsId, asAt } = options;
  const base = useLabels();
  const labels = useMemo(() => mergeLabels<DescribeLabels>(base, options.labels), [base, options.labels]);
  const [focusedId, setFocusedId] = useState<PersonId | undefined>(undefined);
  const elements = useRef(new Map<PersonId, Element>());
  const refCallbacks = useRef(new Map<PersonId, (element: Element | null) => void>());

  const order = useMemo(() => readingOrder(layout), [layout]);
  const drawn = useMemo(() => new Set(order), [order]);
  const names = useMemo(() => {
    const map = new Map<PersonId, string>();
    for (const id of order) map.set(id, describePerson(family, id, { asAt, labels }) ?? id);
    return map;
  }, [family, order, asAt, labels]);

  const tabStopId = useMemo(() => {
    if (focusedId !== undefined && drawn.has(focusedId)) return focusedId;
    const selectedPerson = selection.selection.find((id) => drawn.has(id as PersonId)) as
      PersonId | undefined;
    return selectedPerson ?? family.subjects.find((id) => drawn.has(id)) ?? order[0];
  }, [focusedId, drawn, selection.selection, family.subjects, order]);

  const focusPerson = useCallback((id: PersonId) => {
    const element = elements.current.get(id);
    if (element && 'focus' in element && typeof element.focus === 'function') element.focus();
  }, []);

  const refFor = useCallback((id: PersonId) => {
    let callback = refCallbacks.current.get(id);
    if (!callback) {
      callback = (element: Element | null) => {
        if (element) elements.current.set(id, element);
        else elements.current.delete(id);
      };
      refCallbacks.current.set(id, callback);
    }
    return callback;
  }, []);

  const onKeyDown = useCallback(
    (id: PersonId, event: KeyboardEvent) => {
      const direction = ARROWS[event.key];
      let target: PersonId | undefined;
      if (direction && !event.shiftKey && !event.altKey)
        target = nextPersonInDirection(family, layout, id, direction);
      else if (event.key === 'Home') target = order[0];
      else if (event.key === 'End') target = order[order.length - 1];
      else if (event.key === 'Enter') onPersonActivate?.(id);
      else if (event.key === ' ') selection.select(id, selectMode(event));
      else if (event.key === 'Escape' && selection.selection.length > 0) selection.clear();
      else return;
      event.preventDefault();
      event.stopPropagation();
      if (target !== undefined && target !== id) focusPerson(target);
    },
    [family, layout, order, onPersonActivate, selection, focusPerson],
  );

  const getPersonProps = useCallback(
    (id: PersonId): PersonElementProps => {
      const isSelected = selection.isSelected(id);
      const name = names.get(id) ?? id;
      return {
        ref: refFor(id),
        tabIndex: id === tabStopId ? 0 : -1,
        role: 'group',
        'aria-roledescription': labels.personRoleDescription,
        'aria-label': isSelected ? `${name}, ${labels.selected}` : name,
        ...(instructionsId === undefined ? {} : { 'aria-describedby': instructionsId }),
        'data-person-id': id,
        ...(isSelected ? { 'data-selected': '' as const } : {}),
        className: 'kinmap-person',
        onKeyDown: (event) => onKeyDown(id, event),
        onFocus: (event) => {
          if (event.target !== event.currentTarget) return;
          setFocusedId(id);
          onPersonFocus?.(id);
        },
        onBlur: (event) => {
          const next = event.relatedTarget;
          const staysInChart = next instanceof Element && next.hasAttribute('data-person-id');
          if (!staysInChart) setFocusedId(undefined);
        },
        onClick: (event) => selection.select(id, selectMode(event)),
        onDoubleClick: () => onPersonActivate?.(id),
      };
    },
    [selection, names, labels, refFor, tabStopId, instructionsId, onKeyDown, onPersonFocus, onPersonActivate],
  );

  return { tabStopId, focusedId, getPersonProps, focusPerson };
}
