import { pathTokens } from '../readability/polyline.ts';
import type { Point } from '../types.ts';

/** Segments a curve is tested as: the renderer and the readability checks flatten curves alike. */
export const STEPS = 12;

/** Points of path data as the layout writes it (absolute M L H V Q C Z), curves flattened. */
export function pathPolylines(d: string): Point[][] {
  const out: Point[][] = [];
  const { commands: letters, numbers: values } = pathTokens(d);
  const count = letters.length;
  let current: Point[] = [];
  let x = 0;
  let y = 0;
  let start: Point = { x, y };
  let cmd = 0; // none yet; else the upper-case letter's code
  let i = 0;
  // A letter read as a number, or a read past the end, is NaN.
  while (i < count) {
    const letter = letters[i] as number;
    if (letter !== 0) {
      cmd = letter & ~32;
      i += 1;
    }
    if (cmd === 77) {
      // M
      if (current.length > 1) out.push(current);
      x = i < count ? (values[i] as number) : NaN;
      i += 1;
      y = i < count ? (values[i] as number) : NaN;
      i += 1;
      start = { x, y };
      current = [start];
      cmd = 76;
    } else if (cmd === 76) {
      // L
      x = i < count ? (values[i] as number) : NaN;
      i += 1;
      y = i < count ? (values[i] as number) : NaN;
      i += 1;
      current.push({ x, y });
    } else if (cmd === 72) {
      // H
      x = i < count ? (values[i] as number) : NaN;
      i += 1;
      current.push({ x, y });
    } else if (cmd === 86) {
      // V
      y = i < count ? (values[i] as number) : NaN;
      i += 1;
      current.push({ x, y });
    } else if (cmd === 81 || cmd === 67) {
      // Q, C
      const pts = [{ x, y }];
      for (let k = 0; k < (cmd === 81 ? 2 : 3); k += 1) {
        const px = i < count ? (values[i] as number) : NaN;
        i += 1;
        const py = i < count ? (values[i] as number) : NaN;
        i += 1;
        pts.push({ x: px, y: py });
      }
      for (let step = 1; step <= STEPS; step += 1) current.push(bezier(pts, step / STEPS));
      ({ x, y } = pts[pts.length - 1] as Point);
    } else if (cmd === 90) {
      // Z
      current.push(start);
      ({ x, y } = start);
      cmd = 0;
    } else i += 1;
  }
  if (current.length > 1) out.push(current);
  return out;
}

function bezier(points: readonly Point[], t: number): Point {
  if (points.length === 3) {
    const [a, b, c] = points as [Point, Point, Point];
    const u = 1 - t;
    return { x: u * u * a.x + 2 * u * t * b.x + t * t * c.x, y: u * u * a.y + 2 * u * t * b.y + t * t * c.y };
  }
  const [a, b, c, e] = points as [Point, Point, Point, Point];
  const u = 1 - t;
  const [k0, k1, k2, k3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return {
    x: k0 * a.x + k1 * b.x + k2 * c.x + k3 * e.x,
    y: k0 * a.y + k1 * b.y + k2 * c.y + k3 * e.y,
  };
}

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

/** A candidate curve: its ends, control point and the points it is tested as. */
export interface Curve {
  p0: Point;
  c: Point;
  p2: Point;
  xs: Float64Array;
  ys: Float64Array;
}

export function curve(p0: Point, c: Point, p2: Point, into?: Curve): Curve {
  const xs = into?.xs ?? new Float64Array(STEPS + 1);
  const ys = into?.ys ?? new Float64Array(STEPS + 1);
  for (let k = 0; k <= STEPS; k += 1) {
    const t = k / STEPS;
    const u = 1 - t;
    xs[k] = u * u * p0.x + 2 * u * t * c.x + t * t * p2.x;
    ys[k] = u * u * p0.y + 2 * u * t * c.y + t * t * p2.y;
  }
  if (!into) return { p0, c, p2, xs, ys };
  into.p0 = p0;
  into.c = c;
  into.p2 = p2;
  return into;
}
