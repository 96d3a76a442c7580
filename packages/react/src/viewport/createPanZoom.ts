// The only file that configures d3-zoom. Framework-free, like xyflow's XYPanZoom: a factory that
// returns { update, destroy, setViewport, … }; the React layer (useViewport) creates it in an effect.
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Box } from '@kinmap/layout';
import { DEFAULT_MAX_ZOOM, DEFAULT_MIN_ZOOM, type Viewport, type ViewportChangeSource } from './types.ts';

/**
 * The visible area in the `<svg>`'s user units: screen pixels without a `viewBox`; with one, the
 * viewBox (`x`, `y` is then its top-left corner). Default `x`, `y`: 0.
 */
export interface ViewSize {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Settings that can change after creation. */
export interface PanZoomSettings {
  minZoom?: number;
  maxZoom?: number;
  /** Allow dragging to pan. Default true. */
  isPanEnabled?: boolean;
  /** Allow the wheel, pinch and double click to zoom. Default true. */
  isZoomEnabled?: boolean;
}

/** Options of {@link createPanZoom}. */
export interface PanZoomOptions extends PanZoomSettings {
  /** The element that receives wheel, drag and pinch (the `<svg>`). */
  domNode: Element;
  /** The starting viewport. Default: no pan, zoom 1. */
  viewport?: Viewport;
  /** Visible area; default: the element's `viewBox`, else its measured size, else its width/height attributes, else 800×600. */
  getSize?: () => ViewSize;
  /** Called whenever the view moves, unless moved with `{ isSilent: true }`. */
  onChange?: (viewport: Viewport, source: ViewportChangeSource) => void;
}

/** Options of {@link PanZoomInstance.fitTo}. */
export interface FitOptions {
  /** Space round the box, in view units (screen pixels without a `viewBox`). Default 24. */
  padding?: number;
  /** The least screen (CSS) pixels per chart unit the fit may draw at. Default: none. */
  minScale?: number;
  /** What to show when the box does not fit at `minScale` (chart units). Default: the box's centre. */
  focus?: Box;
}

/** What {@link createPanZoom} returns. */
export interface PanZoomInstance {
  update: (settings: PanZoomSettings) => void;
  destroy: () => void;
  getViewport: () => Viewport;
  /** Move the view. `isSilent` skips `onChange` (used to follow a controlled prop). */
  setViewport: (viewport: Viewport, options?: { isSilent?: boolean }) => void;
  /** Zoom by a factor about the centre of the view (1.25 zooms in, 0.8 zooms out). */
  zoomBy: (factor: number) => void;
  /** Pan by screen pixels. */
  panBy: (dx: number, dy: number) => void;
  /**
   * Fit a box (in chart units) in the view with `padding` (view units) round it. With `minScale`, never
   * below that many screen pixels per chart unit: when the box does not fit at that scale, the view
   * shows `focus` (default: the box's centre) at it, as far into the box as the view allows.
   */
  fitTo: (bounds: Box, options?: FitOptions) => void;
  /** Screen (CSS) pixels per chart unit at zoom 1: the scale of the element's `viewBox`, else 1. */
  getScreenScale: () => number;
  /** Pan the least needed so the box (chart units) is on screen with `padding` pixels round it. */
  ensureVisible: (box: Box, options?: { padding?: number }) => void;
}

function measure(element: Element): ViewSize {
  const viewBox = (element.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (
    viewBox.length === 4 &&
    viewBox.every(Number.isFinite) &&
    (viewBox[2] ?? 0) > 0 &&
    (viewBox[3] ?? 0) > 0
  ) {
    const [x = 0, y = 0, width = 0, height = 0] = viewBox;
    return { x, y, width, height };
  }
  const rect = element.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) return { width: rect.width, height: rect.height };
  const width = Number.parseFloat(element.getAttribute('width') ?? '');
  const height = Number.parseFloat(element.getAttribute('height') ?? '');
  return { width: width > 0 ? width : 800, height: height > 0 ? height : 600 };
}

/**
 * Screen pixels per view unit of an element: with a `viewBox` drawn with the default
 * `preserveAspectRatio` (meet), the smaller of the two ratios of its box to the view size; 1 when the
 * element has no size (server, jsdom) or no `viewBox`.
 */
function screenScaleOf(element: Element, size: ViewSize): number {
  const rect = element.getBoundingClientRect();
  if (!(rect.width > 0 && rect.height > 0 && size.width > 0 && size.height > 0)) return 1;
  return Math.min(rect.width / size.width, rect.height / size.height);
}

/**
 * Where one axis of the view starts (the translation) so that `focus` is centred, but the chart
 * (`low`…`high`, already scaled) covers the view edge to edge (less `padding`) rather than leaving
 * blank space at one side; when the chart is narrower than the view, it is centred.
 */
function place(origin: number, size: number, padding: number, low: number, high: number, focus: number) {
  if (high - low <= size - 2 * padding) return origin + size / 2 - (low + high) / 2;
  const centred = origin + size / 2 - focus;
  const most = origin + padding - low; // chart's start at the view's start
  const least = origin + size - padding - high; // chart's end at the view's end
  return Math.min(most, Math.max(least, centred));
}

const toViewport = (t: ZoomTransform): Viewport => ({ x: t.x, y: t.y, zoom: t.k });
const toTransform = (v: Viewport) => zoomIdentity.translate(v.x, v.y).scale(v.zoom);

/**
 * Pan and zoom for one element, built on d3-zoom: wheel, drag, pinch and double click from d3, plus
 * methods for buttons and keys (the WCAG 2.2 alternative to dragging). No animation, so reduced-motion
 * users are never moved about and tests see the result at once.
 *
 * @example
 * const panZoom = createPanZoom({ domNode: svg, onChange: (v) => g.setAttribute('transform', viewportTransform(v)) });
 * panZoom.zoomBy(1.25);
 * panZoom.fitTo(layout.bounds, { padding: 24 });
 * panZoom.destroy();
 */
export function createPanZoom(options: PanZoomOptions): PanZoomInstance {
  const { domNode, onChange } = options;
  const getSize = options.getSize ?? (() => measure(domNode));
  let settings: Required<PanZoomSettings> = {
    minZoom: options.minZoom ?? DEFAULT_MIN_ZOOM,
    maxZoom: options.maxZoom ?? DEFAULT_MAX_ZOOM,
    isPanEnabled: options.isPanEnabled ?? true,
    isZoomEnabled: options.isZoomEnabled ?? true,
  };
  let isSilent = false;
  const selection = select(domNode) as unknown as Selection<Element, unknown, null, undefined>;

  const behaviour: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .extent(() => {
      const { x = 0, y = 0, width, height } = getSize();
      return [
        [x, y],
        [x + width, y + height],
      ];
    })
    .scaleExtent([settings.minZoom, settings.maxZoom])
    .filter((event: Event & { button?: number; ctrlKey?: boolean; type: string }) => {
      const isZoomGesture = event.type === 'wheel' || event.type === 'dblclick';
      if (isZoomGesture) return settings.isZoomEnabled && (!event.ctrlKey || event.type === 'wheel');
      if (event.type.startsWith('touch')) return settings.isPanEnabled || settings.isZoomEnabled;
      // d3 listens for the end of a drag on the event's window; synthetic events may have none.
      const hasView = (event as Event & { view?: unknown }).view != null;
      return settings.isPanEnabled && hasView && !event.ctrlKey && !event.button;
    })
    .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
      if (!isSilent) onChange?.(toViewport(event.transform), event.sourceEvent ? 'user' : 'api');
    });

  selection.call(behaviour);
  if (options.viewport) {
    isSilent = true;
    behaviour.transform(selection, toTransform(options.viewport));
    isSilent = false;
  }

  const getViewport = () =>
    toViewport((domNode as Element & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity);
  // A fit at a reading scale may need more zoom than `maxZoom` (a large chart, whose whole drawing is
  // tiny): the zoom range then reaches at least twice the reading scale, so the reader can still zoom in.
  let readingMaxZoom = 0;
  const maxZoom = () => Math.max(settings.maxZoom, readingMaxZoom);
  const clampZoom = (k: number) => Math.min(maxZoom(), Math.max(settings.minZoom, k));

  return {
    update(next) {
      settings = {
        ...settings,
        ...Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)),
      };
      behaviour.scaleExtent([settings.minZoom, maxZoom()]);
    },
    destroy() {
      selection.on('.zoom', null);
    },
    getViewport,
    setViewport(viewport, opts = {}) {
      isSilent = opts.isSilent ?? false;
      try {
        behaviour.transform(selection, toTransform(viewport));
      } finally {
        isSilent = false;
      }
    },
    zoomBy(factor) {
      behaviour.scaleBy(selection, factor);
    },
    panBy(dx, dy) {
      const { zoom: k } = getViewport();
      behaviour.translateBy(selection, dx / k, dy / k);
    },
    getScreenScale: () => screenScaleOf(domNode, getSize()),
    fitTo(bounds, opts = {}) {
      const padding = opts.padding ?? 24;
      const size = getSize();
      const { x: ox = 0, y: oy = 0, width, height } = size;
      const fitX = bounds.width > 0 ? (width - 2 * padding) / bounds.width : Infinity;
      const fitY = bounds.height > 0 ? (height - 2 * padding) / bounds.height : Infinity;
      const fit = Math.min(fitX, fitY);
      let k = Number.isFinite(fit) && fit > 0 ? Math.min(fit, 1) : 1;
      // Never below the reading scale: screen pixels per chart unit = zoom × the viewBox's own scale.
      if (opts.minScale !== undefined && opts.minScale > 0) {
        const reading = opts.minScale / screenScaleOf(domNode, size);
        k = Math.max(k, reading);
        readingMaxZoom = 2 * reading;
        behaviour.scaleExtent([settings.minZoom, maxZoom()]);
      }
      k = clampZoom(k);
      const focus = opts.focus ?? bounds;
      const x = place(
        ox,
        width,
        padding,
        k * bounds.x,
        k * (bounds.x + bounds.width),
        k * (focus.x + focus.width / 2),
      );
      const y = place(
        oy,
        height,
        padding,
        k * bounds.y,
        k * (bounds.y + bounds.height),
        k * (focus.y + focus.height / 2),
      );
      // Rounded so a fitted chart reads translate(0 0), not translate(2.8e-14 0).
      const round = (n: number) => Math.round(n * 1e6) / 1e6;
      behaviour.transform(selection, toTransform({ x: round(x), y: round(y), zoom: k }));
    },
    ensureVisible(box, opts = {}) {
      const padding = opts.padding ?? 24;
      const { x: ox = 0, y: oy = 0, width, height } = getSize();
      const v = getViewport();
      const left = v.x + box.x * v.zoom - ox;
      const top = v.y + box.y * v.zoom - oy;
      const right = left + box.width * v.zoom;
      const bottom = top + box.height * v.zoom;
      const shift = (low: number, high: number, size: number) =>
        low < padding
          ? padding - low
          : high > size - padding
            ? Math.max(size - padding - high, padding - low)
            : 0;
      const dx = shift(left, right, width);
      const dy = shift(top, bottom, height);
      if (dx !== 0 || dy !== 0)
        behaviour.transform(selection, toTransform({ ...v, x: v.x + dx, y: v.y + dy }));
    },
  };
}
