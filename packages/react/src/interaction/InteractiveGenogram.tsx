'use client';

import type { Box, FamilyLayout } from '@kinmap/layout';
import type { Change, Family, PersonId } from '@kinmap/model';
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type { ChangeAction } from '../a11y/describeChange.ts';
import type { DescribeLabels } from '../a11y/describePerson.ts';
import { LiveRegion } from '../a11y/LiveRegion.tsx';
import { useAnnouncer } from '../a11y/useAnnouncer.ts';
import { useControllableState } from '../hooks/useControllableState.ts';
import { useFamilyHistory } from '../hooks/useFamilyHistory.ts';
import type { InteractionLabels } from '../labels/interactionLabels.ts';
import { useLabels } from '../labels/LabelsContext.ts';
import { mergeLabels } from '../labels/mergeLabels.ts';
import { chartDate } from '../a11y/familyFacts.ts';
import { Genogram, genogramLayoutOptions, type GenogramProps } from '../Genogram/Genogram.tsx';
import { useFamilyLayout } from '../Genogram/useFamilyLayout.ts';
import { ViewportControls } from '../viewport/ViewportControls.tsx';
import type { Viewport, ViewportChangeSource } from '../viewport/types.ts';
import { useViewport } from '../viewport/useViewport.ts';
import { FocusRing } from './FocusRing.tsx';
import { KeyboardInstructions } from './KeyboardInstructions.tsx';
import type { SelectionProps } from './useSelection.ts';
import { useSelection } from './useSelection.ts';
import { useGenogramKeyboard } from './useGenogramKeyboard.ts';
import { useChartEditing } from './useChartEditing.ts';
import { mergeRefs } from '../props/rootProps.ts';

/** Space the chart's viewBox leaves round the layout bounds (as `<Genogram>` draws it). */
const CHART_PADDING = 24;

/**
 * Props of {@link InteractiveGenogram}: a genogram's props plus selection, viewport and activation.
 * `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on the chart's `<svg>`, as on `<Genogram>`.
 */
export interface InteractiveGenogramProps
  extends Omit<GenogramProps, 'renderPersonProps' | 'viewportTransform' | 'showLegend'>, SelectionProps {
  /** The viewport (controlled). Zoom 1 at 0, 0 shows the whole chart. */
  viewport?: Viewport;
  /** The viewport to start with (uncontrolled). Default: the whole chart. */
  defaultViewport?: Viewport;
  onViewportChange?: (viewport: Viewport, source: ViewportChangeSource) => void;
  /** Called when a person is activated with Enter or a double click. */
  onPersonActivate?: (personId: PersonId) => void;
  /**
   * The smallest size, in CSS pixels, "fit" may draw names at (e.g. 11). When the whole chart would
   * draw them smaller, fit shows the subjects (else the chart's middle) at this size and the rest is
   * reached by panning; the chart then also opens fitted this way. Default: none (fit shows the whole
   * chart, whatever the size of its text).
   */
  minFitTextSize?: number;
  /** Show the zoom, fit and pan buttons. Default true. */
  showControls?: boolean;
  minZoom?: number;
  maxZoom?: number;
  /** The family to start with when the chart owns it (uncontrolled; use with `isEditable`). */
  defaultFamily?: Family;
  /**
   * Called after every edit, undo and redo made on the chart, with the new family, the model
   * `Change` that made it (save it, send it, or record it in your own history) and what produced it.
   * With `family` (controlled), pass the new family back for the change to show.
   */
  onFamilyChange?: (family: Family, change: Change, action: ChangeAction) => void;
  /**
   * Let the keyboard change the family: Delete or Backspace removes the person in focus (with their
   * links), Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes. Each change is announced. Default false.
   */
  isEditable?: boolean;
}

/**
 * A `<Genogram>` you can navigate: each person is focusable with a spoken name composed from the
 * model; Tab enters on the selected person (else the first subject); arrows move between relatives;
 * Enter activates; Space and clicks select; Escape clears; + and − zoom, 0 fits, Shift + arrows pan;
 * wheel, drag and pinch pan and zoom; buttons do the same without dragging. Selection and viewport
 * are controlled or uncontrolled (`selection` / `defaultSelection` / `onSelectionChange`, `viewport` /
 * `defaultViewport` / `onViewportChange`).
 *
 * @example
 * <InteractiveGenogram
 *   family={family}
 *   selection={selection}
 *   onSelectionChange={setSelection}
 *   onPersonActivate={(id) => openDetails(id)}
 * />
 */
export function InteractiveGenogram(props: InteractiveGenogramProps) {
  const [family, setFamily] = useControllableState<Family | undefined, [Change, ChangeAction]>(
    props.family,
    props.defaultFamily,
    (next, change, action) => {
      if (next) props.onFamilyChange?.(next, change, action);
    },
  );
  // A `layout` prop is drawn while it belongs to the family given; after an edit the chart lays out anew.
  const givenLayout =
    props.layout && family === (props.family ?? props.defaultFamily) ? props.layout : undefined;
  // One chart date per render, from one clock (the model's, in Europe/London): the layout draws ages
  // at it and the spoken names below are composed at the layout's own `asAt`, so they cannot differ.
  const asAt = family ? chartDate(family, props.asAt) : props.asAt;
  const options = genogramLayoutOptions(asAt ? { ...props, asAt } : props, 'none');
  const computed = useFamilyLayout(givenLayout ? undefined : family, options, props.labels);
  const layout = givenLayout ?? computed;
  if (!layout || !family) {
    throw new Error('InteractiveGenogram: pass a `family` or `defaultFamily` (and optionally its `layout`).');
  }
  return <InteractiveChart {...props} family={family} layout={layout} setFamily={setFamily} />;
}

/**
 * The least scale (screen pixels per chart unit) at which names are `minTextSize` CSS pixels, and the
 * subjects' box to show when the chart does not fit at it.
 */
function readingFitOf(
  layout: FamilyLayout,
  minTextSize: number | undefined,
): { minFitScale: number; fitFocus?: Box } | undefined {
  if (minTextSize === undefined || minTextSize <= 0) return undefined;
  const named = layout.nodes.filter((node) => node.label.lines.length > 0);
  // The renderer draws names at the size the layout fitted them at (11 when it does not say).
  const fontSize = Math.min(...named.map((node) => node.label.fontSize ?? 11));
  if (!Number.isFinite(fontSize) || fontSize <= 0) return undefined;
  const subjects = layout.nodes.filter((node) => node.symbol.isSubject);
  const boxes = subjects.flatMap((node) => [
    { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height },
    node.label,
  ]);
  if (boxes.length === 0) return { minFitScale: minTextSize / fontSize };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return {
    minFitScale: minTextSize / fontSize,
    fitFocus: { x: left, y: top, width: right - left, height: bottom - top },
  };
}

interface ChartProps extends InteractiveGenogramProps {
  family: Family;
  layout: FamilyLayout;
  setFamily: (family: Family, change: Change, action: ChangeAction) => void;
}

function InteractiveChart(props: ChartProps) {
  const {
    showControls = true,
    onPersonActivate,
    minZoom,
    maxZoom,
    minFitTextSize,
    family,
    layout,
    isEditable = false,
  } = props;
  const instructionsId = useId();
  const selection = useSelection(props);
  const inherited = useLabels();
  const labels = useMemo(
    () => mergeLabels<DescribeLabels & InteractionLabels>(inherited, props.labels),
    [inherited, props.labels],
  );
  const { announcement, announce } = useAnnouncer();
  // The model's history over the chart's family (owned above, controlled or not).
  const history = useFamilyHistory(family, {
    family: isEditable ? family : undefined,
    onFamilyChange: props.setFamily,
  });
  // Edits made while the chart was read-only are not the chart's to undo.
  const { reset } = history;
  const latestFamily = useRef(family);
  latestFamily.current = family;
  useEffect(() => {
    if (isEditable) reset(latestFamily.current);
  }, [isEditable, reset]);
  const container = useRef<HTMLDivElement>(null);
  const focusChart = useCallback(() => container.current?.querySelector('svg')?.focus(), []);
  const { bounds } = layout;
  const getSize = useMemo(
    () => () => ({
      x: bounds.x - CHART_PADDING,
      y: bounds.y - CHART_PADDING,
      width: bounds.width + 2 * CHART_PADDING,
      height: bounds.height + 2 * CHART_PADDING,
    }),
    [bounds],
  );
  const readingFit = useMemo(() => readingFitOf(layout, minFitTextSize), [layout, minFitTextSize]);
  const view = useViewport({
    ...(props.viewport ? { viewport: props.viewport } : {}),
    // Zoom 1 shows the whole chart (the viewBox); with a reading size, the chart opens "fit".
    ...(props.defaultViewport || !readingFit
      ? { defaultViewport: props.defaultViewport ?? { x: 0, y: 0, zoom: 1 } }
      : {}),
    ...readingFit,
    ...(props.onViewportChange ? { onViewportChange: props.onViewportChange } : {}),
    bounds,
    getSize,
    ...(minZoom !== undefined ? { minZoom } : {}),
    ...(maxZoom !== undefined ? { maxZoom } : {}),
  });
  const nodes = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  const boxOf = (id: PersonId) => {
    const node = nodes.get(id);
    return (
      node && {
        x: node.x - node.width / 2,
        y: node.y - node.height / 2,
        width: node.width,
        height: node.height,
      }
    );
  };
  const keyboard = useGenogramKeyboard({
    family,
    layout,
    selection,
    instructionsId,
    asAt: layout.asAt,
    ...(props.labels ? { labels: props.labels } : {}),
    ...(onPersonActivate ? { onPersonActivate } : {}),
    onPersonFocus: (id) => {
      const box = boxOf(id);
      if (box) view.ensureVisible(box);
    },
  });
  const editing = useChartEditing({
    isEditable,
    family,
    layout,
    history,
    selection,
    focusedId: keyboard.focusedId,
    focusPerson: keyboard.focusPerson,
    focusChart,
    announce,
    labels,
  });
  // The viewport's ref and a `svgProps.ref` both get the `<svg>` (`ref` itself is set by <Genogram>).
  const givenSvgRef = props.svgProps?.ref;
  const svgRef = useMemo(
    () => (givenSvgRef ? mergeRefs(givenSvgRef, view.svgRef) : view.svgRef),
    [givenSvgRef, view.svgRef],
  );
  const focusedBox = keyboard.focusedId === undefined ? undefined : boxOf(keyboard.focusedId);
  const instructions = isEditable
    ? `${labels.chartInstructions} ${labels.editingInstructions}`
    : labels.chartInstructions;
  const {
    family: _family,
    defaultFamily: _defaultFamily,
    onFamilyChange: _onFamilyChange,
    setFamily: _setFamily,
    isEditable: _isEditable,
    ...genogramProps
  } = props;
  return (
    <div
      ref={container}
      className="kinmap-interactive"
      onKeyDown={(event) => {
        if (!editing.onKeyDown(event)) view.onKeyDown(event);
      }}
    >
      <KeyboardInstructions id={instructionsId} labels={{ chartInstructions: instructions }} />
      <Genogram
        {...genogramProps}
        family={family}
        layout={layout}
        renderPersonProps={(id) => keyboard.getPersonProps(id)}
        viewportTransform={view.transform}
        svgProps={{ ...(isEditable ? { tabIndex: -1 } : {}), ...props.svgProps, ref: svgRef }}
      >
        {focusedBox ? <FocusRing box={focusedBox} /> : null}
        {props.children}
      </Genogram>
      {showControls ? (
        <ViewportControls
          onZoomIn={view.zoomIn}
          onZoomOut={view.zoomOut}
          onFit={view.fitView}
          onPan={view.panBy}
          {...(props.labels ? { labels: props.labels } : {})}
        />
      ) : null}
      <LiveRegion announcement={announcement} />
    </div>
  );
}
