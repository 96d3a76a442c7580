/**
 * What part of the chart is on screen: the chart is moved by `x`, `y` (screen pixels) and scaled by
 * `zoom`, in that order (the SVG transform `translate(x y) scale(zoom)`).
 */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Who moved the view: the user (wheel, drag, pinch, double click) or code (buttons, keys, props). */
export type ViewportChangeSource = 'user' | 'api';

/** The identity viewport: no pan, zoom 1. */
export const IDENTITY_VIEWPORT: Viewport = Object.freeze({ x: 0, y: 0, zoom: 1 });

/** Zoom limits used when none are given. */
export const DEFAULT_MIN_ZOOM = 0.1;
export const DEFAULT_MAX_ZOOM = 4;

/** Whether two viewports are the same to within a hundredth of a pixel / zoom step. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  const close = (p: number, q: number) => Math.abs(p - q) < 1e-2;
  return close(a.x, b.x) && close(a.y, b.y) && Math.abs(a.zoom - b.zoom) < 1e-4;
}

/**
 * The SVG `transform` attribute for a viewport.
 *
 * @example
 * viewportTransform({ x: 10, y: 20, zoom: 2 }); // "translate(10 20) scale(2)"
 */
export function viewportTransform(viewport: Viewport): string {
  return `translate(${viewport.x} ${viewport.y}) scale(${viewport.zoom})`;
}
