import type { Box, Point } from '../types.ts';

/**
 * Whether segment (ax, ay)–(bx, by) passes through the inside of the box x0..x1, y0..y1
 * (Liang–Barsky clipping, after a cheap bounding-box rejection). Plain numbers, so hot loops
 * allocate nothing.
 */
export function segmentHitsRect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  if (x1 <= x0 || y1 <= y0) return false;
  if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1)
    return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // Clip against the four sides: p * t <= q for each.
  for (let side = 0; side < 4; side += 1) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - x0 : side === 1 ? x1 - ax : side === 2 ? ay - y0 : y1 - ay;
    if (Math.abs(p) < 1e-12) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t1 - t0 > 1e-9;
}

/** Whether the segment a–b passes through the inside of `box`. */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  return segmentHitsRect(a.x, a.y, b.x, b.y, box.x, box.y, box.x + box.width, box.y + box.height);
}

/** Whether two boxes overlap (touching edges count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}
