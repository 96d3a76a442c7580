'use client';

import type { Box } from '@kinmap/layout';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState.ts';
import { createPanZoom, type FitOptions, type PanZoomInstance, type ViewSize } from './createPanZoom.ts';
import { sameViewport, viewportTransform, type Viewport, type ViewportChangeSource } from './types.ts';

/** Zoom factor of one press of a zoom button or key. */
export const ZOOM_STEP = 1.25;
/** Screen pixels moved by one press of a pan button or Shift + arrow key. */
export const PAN_STEP = 60;

/** Options of {@link useViewport}: the package's controlled/uncontrolled viewport triple and limits. */
export interface ViewportOptions {
  /** The viewport (controlled). */
  viewport?: Viewport;
  /** The viewport to start with (uncontrolled). Default: the chart fitted to the view. */
  defaultViewport?: Viewport;
  /** Called with every new viewport and who moved it. */
  onViewportChange?: (viewport: Viewport, source: ViewportChangeSource) => void;
  /** Bounds of the chart (layout units) for "fit to view". */
  bounds?: Box;
  minZoom?: number;
  maxZoom?: number;
  isPanEnabled?: boolean;
  isZoomEnabled?: boolean;
  /** Visible size when the element cannot be measured (server, tests). */
  getSize?: () => ViewSize;
  /** Space round the chart when fitting, in view units (screen pixels without a `viewBox`). Default 24. */
  fitPadding?: number;
  /**
   * The least screen (CSS) pixels per chart unit "fit" draws at, so text stays readable: a chart too
   * big to fit at this scale is shown at it, centred on `fitFocus`, and the rest is reached by panning.
   * Default: none (fit always shows the whole chart).
   */
  minFitScale?: number;
  /** What "fit" centres on when the whole chart does not fit at `minFitScale` (chart units). */
  fitFocus?: Box;
}

/** What {@link useViewport} returns. */
export interface ViewportState {
  viewport: Viewport;
  /** Ref for the `<svg>` that receives wheel, drag and pinch. */
  svgRef: (element: SVGSVGElement | null) => void;
  /** The `transform` for the `<g>` holding the chart. */
  transform: string;
  zoomIn: () => void;
  zoomOut: () => void;
  fitView: () => void;
  panBy: (dx: number, dy: number) => void;
  setViewport: (viewport: Viewport) => void;
  /** Pan so a box (chart units) is on screen, e.g. the person who just got focus. */
  ensureVisible: (box: Box) => void;
  /** Key handler for the chart's container: + and − zoom, 0 fits, Shift + arrows pan. */
  onKeyDown: (event: KeyboardEvent) => void;
}

function fitOptions(options: ViewportOptions): FitOptions {
  return {
    padding: options.fitPadding ?? 24,
    ...(options.minFitScale !== undefined ? { minScale: options.minFitScale } : {}),
    ...(options.fitFocus ? { focus: options.fitFocus } : {}),
  };
}

const PAN_KEYS: Record<string, [number, number]> = {
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
};

/**
 * Pan and zoom for a chart: wires `createPanZoom` (d3-zoom) to an `<svg>` and a `<g>`, with the
 * viewport controlled (`viewport` + `onViewportChange`) or uncontrolled (`defaultViewport`), plus
 * zoom, fit and pan functions for buttons and keys. Without a viewport or default, the chart is fitted
 * to the view when it mounts.
 *
 * @example
 * const view = useViewport({ bounds: layout.bounds });
 * return (
 *   <div onKeyDown={view.onKeyDown}>
 *     <ViewportControls onZoomIn={view.zoomIn} onZoomOut={view.zoomOut} onFit={view.fitView} onPan={view.panBy} />
 *     <svg ref={view.svgRef} width={800} height={600}>
 *       <g transform={view.transform}>…</g>
 *     </svg>
 *   </div>
 * );
 */
export function useViewport(options: ViewportOptions = {}): ViewportState {
  const { minZoom, maxZoom, isPanEnabled, isZoomEnabled } = options;
  const [viewport, setViewportState] = useControllableState<Viewport, [ViewportChangeSource]>(
    options.viewport,
    options.defaultViewport ?? { x: 0, y: 0, zoom: 1 },
    options.onViewportChange,
  );
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const panZoom = useRef<PanZoomInstance | null>(null);
  /** The viewport the last fit gave, while the view has not moved since. */
  const fitted = useRef<Viewport | undefined>(undefined);
  const latest = useRef({ options, viewport, setViewportState });
  latest.current = { options, viewport, setViewportState };

  useEffect(() => {
    if (!svg) return;
    const { options: initial, viewport: start } = latest.current;
    const instance = createPanZoom({
      domNode: svg,
      viewport: start,
      ...(initial.getSize
        ? { getSize: () => latest.current.options.getSize?.() ?? { width: 800, height: 600 } }
        : {}),
      onChange: (next, source) => latest.current.setViewportState(next, source),
    });
    panZoom.current = instance;
    const shouldFit = initial.viewport === undefined && initial.defaultViewport === undefined;
    if (shouldFit && initial.bounds) {
      instance.fitTo(initial.bounds, fitOptions(initial));
      fitted.current = instance.getViewport();
    }
    // While the view is as "fit" left it, a change of the element's size (a window resized, a panel
    // opened) fits again, so the reading size holds; once the user has moved the view, it stays put.
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            const { bounds } = latest.current.options;
            const last = fitted.current;
            if (!bounds || !last || !sameViewport(last, instance.getViewport())) return;
            instance.fitTo(bounds, fitOptions(latest.current.options));
            fitted.current = instance.getViewport();
          });
    observer?.observe(svg);
    return () => {
      observer?.disconnect();
      instance.destroy();
      panZoom.current = null;
    };
  }, [svg]);

  useEffect(() => {
    panZoom.current?.update({ minZoom, maxZoom, isPanEnabled, isZoomEnabled });
  }, [minZoom, maxZoom, isPanEnabled, isZoomEnabled]);

  // Follow the value we draw (a controlled prop, or a change the parent refused) without calling back.
  useEffect(() => {
    const instance = panZoom.current;
    if (instance && !sameViewport(instance.getViewport(), viewport))
      instance.setViewport(viewport, { isSilent: true });
  });

  const zoomIn = useCallback(() => panZoom.current?.zoomBy(ZOOM_STEP), []);
  const zoomOut = useCallback(() => panZoom.current?.zoomBy(1 / ZOOM_STEP), []);
  const panBy = useCallback((dx: number, dy: number) => panZoom.current?.panBy(dx, dy), []);
  const fitView = useCallback(() => {
    const instance = panZoom.current;
    const { options: current } = latest.current;
    if (!instance || !current.bounds) return;
    instance.fitTo(current.bounds, fitOptions(current));
    fitted.current = instance.getViewport();
  }, []);
  const ensureVisible = useCallback((box: Box) => panZoom.current?.ensureVisible(box), []);
  const setViewport = useCallback((next: Viewport) => panZoom.current?.setViewport(next), []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as Element;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const pan = event.shiftKey ? PAN_KEYS[event.key] : undefined;
      if (event.key === '+' || event.key === '=') zoomIn();
      else if (event.key === '-' || event.key === '_') zoomOut();
      else if (event.key === '0') fitView();
      else if (pan) panBy(pan[0], pan[1]);
      else return;
      event.preventDefault();
    },
    [zoomIn, zoomOut, fitView, panBy],
  );

  return {
    viewport,
    svgRef: setSvg,
    transform: viewportTransform(viewport),
    zoomIn,
    zoomOut,
    fitView,
    panBy,
    setViewport,
    ensureVisible,
    onKeyDown,
  };
}
