import { MAX_CURVE_STEPS, quadraticPoints, toPolylines } from '../readability/polyline.ts';
import type { Point } from '../types.ts';

/**
 * Points of path data as the layout writes it (absolute M L H V Q C Z), curves flattened: the
 * readability measure's own reader, so the lines the layout keeps labels clear of are the lines
 * measured and drawn.
 */
export const pathPolylines: (d: string) => Point[][] = toPolylines;

/**
 * Pieces a candidate bow is tested as, for now: 12, the least the readability measure flattens a
 * quadratic into (`quadraticSteps`), so a shallow bow is tested through the points it is measured
 * through. A deep bow the measure flattens into more (up to 64, each piece within half a unit of
 * the curve); testing it so needs `relationshipConnectors` to walk `k.steps` pieces instead of
 * `STEPS` (see docs/layout.md "Readability").
 */
export const STEPS = 12;

/** Whether two boxes overlap. */
export function overlaps(
  ax0: number,
  ay0: number,
  ax1: number,
  ay1: number,
  bx0: number,
  by0: number,
  bx1: number,
  by1: number,
): boolean {
  return ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
}

/** The point at `t` along a curve. */
export function at(k: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * k.p0.x + 2 * u * t * k.c.x + t * t * k.p2.x,
    y: u * u * k.p0.y + 2 * u * t * k.c.y + t * t * k.p2.y,
  };
}

/**
 * A candidate curve: its ends, control point and the points it is tested as, `xs[0..steps]` and
 * `ys[0..steps]`, written by the readability measure's own `quadraticPoints`.
 */
export interface Curve {
  p0: Point;
  c: Point;
  p2: Point;
  steps: number;
  xs: Float64Array;
  ys: Float64Array;
}

export function curve(p0: Point, c: Point, p2: Point, into?: Curve): Curve {
  const steps = STEPS;
  const xs = into?.xs ?? new Float64Array(MAX_CURVE_STEPS + 1);
  const ys = into?.ys ?? new Float64Array(MAX_CURVE_STEPS + 1);
  quadraticPoints(p0.x, p0.y, c.x, c.y, p2.x, p2.y, steps, xs, ys);
  if (!into) return { p0, c, p2, steps, xs, ys };
  into.p0 = p0;
  into.c = c;
  into.p2 = p2;
  into.steps = steps;
  return into;
}
