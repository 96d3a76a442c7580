import type { Box, Point } from '../types.ts';

/** A straight piece of a drawn line. */
export interface Segment {
  a: Point;
  b: Point;
}

/** A convex region: a polygon (corners in either turning order) or a circle. */
export type Region =
  { kind: 'polygon'; corners: Point[]; centre: Point } | { kind: 'circle'; centre: Point; r: number };

/** The pieces of some polylines. */
export function segmentsOf(polylines: Point[][]): Segment[] {
  const out: Segment[] = [];
  for (const line of polylines)
    for (let k = 1; k < line.length; k += 1) out.push({ a: line[k - 1] as Point, b: line[k] as Point });
  return out;
}

/** The bounding box of a segment. */
export function segmentBox({ a, b }: Segment): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** A box as a polygon region, grown (positive) or shrunk (negative) by `by` on every side. */
export function boxRegion(box: Box, by = 0): Region {
  const [x0, y0, x1, y1] = [box.x - by, box.y - by, box.x + box.width + by, box.y + box.height + by];
  return {
    kind: 'polygon',
    corners: [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
    ],
    centre: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 },
  };
}

/** The bounding box of a region. */
export function regionBox(region: Region): Box {
  if (region.kind === 'circle')
    return {
      x: region.centre.x - region.r,
      y: region.centre.y - region.r,
      width: 2 * region.r,
      height: 2 * region.r,
    };
  const xs = region.corners.map((p) => p.x);
  const ys = region.corners.map((p) => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * Whether a segment passes through the inside of a region (touching its edge does not count).
 * Polygons are clipped edge by edge (Cyrus–Beck); circles by the distance from their centre.
 */
export function segmentEntersRegion(seg: Segment, region: Region): boolean {
  const { a, b } = seg;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (region.kind === 'circle') {
    const len2 = dx * dx + dy * dy;
    const t =
      len2 === 0
        ? 0
        : Math.max(0, Math.min(1, ((region.centre.x - a.x) * dx + (region.centre.y - a.y) * dy) / len2));
    return Math.hypot(a.x + t * dx - region.centre.x, a.y + t * dy - region.centre.y) < region.r;
  }
  let t0 = 0;
  let t1 = 1;
  const { corners, centre } = region;
  for (let k = 0; k < corners.length; k += 1) {
    const p = corners[k] as Point;
    const q = corners[(k + 1) % corners.length] as Point;
    // Inward normal of edge p→q: the side the centre is on.
    let nx = -(q.y - p.y);
    let ny = q.x - p.x;
    if (nx * (centre.x - p.x) + ny * (centre.y - p.y) < 0) {
      nx = -nx;
      ny = -ny;
    }
    const num = nx * (a.x - p.x) + ny * (a.y - p.y); // > 0: a is inside this edge
    const den = nx * dx + ny * dy;
    if (Math.abs(den) < 1e-12) {
      if (num <= 0) return false;
      continue;
    }
    const t = -num / den;
    if (den > 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t1 - t0 <= 1e-9) return false;
  }
  const len = Math.hypot(dx, dy);
  return (t1 - t0) * len > 1e-6;
}

/** Whether two boxes overlap by more than `margin` in both directions. */
export function boxesOverlap(p: Box, q: Box, margin = 0.5): boolean {
  return (
    p.x + margin < q.x + q.width &&
    q.x + margin < p.x + p.width &&
    p.y + margin < q.y + q.height &&
    q.y + margin < p.y + p.height
  );
}

/** Whether a box overlaps a region's inside. */
export function boxOverlapsRegion(box: Box, region: Region, margin = 0.5): boolean {
  if (region.kind === 'circle') {
    const cx = Math.max(box.x, Math.min(region.centre.x, box.x + box.width));
    const cy = Math.max(box.y, Math.min(region.centre.y, box.y + box.height));
    return Math.hypot(cx - region.centre.x, cy - region.centre.y) < region.r - margin;
  }
  if (!boxesOverlap(box, regionBox(region), margin)) return false;
  // A polygon symbol (diamond, triangle) overlaps the box when a corner of either lies in the other
  // or an edge of the polygon passes through the box.
  const inner = boxRegion(box, -margin);
  if (pointInRing(region.centre, boxCorners(box))) return true;
  const { corners } = region;
  for (let k = 0; k < corners.length; k += 1) {
    const edge = { a: corners[k] as Point, b: corners[(k + 1) % corners.length] as Point };
    if (segmentEntersRegion(edge, inner)) return true;
  }
  return boxCorners(box).some((p) => pointInRing(p, corners));
}

function boxCorners(box: Box): Point[] {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height },
  ];
}

/** Orientation of r against the line p→q: > 0 on one side, < 0 on the other. */
function orient(p: Point, q: Point, r: Point): number {
  return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
}

/**
 * Whether two segments cross properly: each passes from one side of the other to the other side,
 * away from their ends (a line ending on another, a T-junction, is not a crossing).
 */
export function segmentsCross(s: Segment, t: Segment, eps = 0.5): boolean {
  const lenS = Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y);
  const lenT = Math.hypot(t.b.x - t.a.x, t.b.y - t.a.y);
  if (lenS < 1e-9 || lenT < 1e-9) return false;
  // Signed distances (orientation divided by length) so `eps` is in layout units.
  const d1 = orient(t.a, t.b, s.a) / lenT;
  const d2 = orient(t.a, t.b, s.b) / lenT;
  const d3 = orient(s.a, s.b, t.a) / lenS;
  const d4 = orient(s.a, s.b, t.b) / lenS;
  return (
    ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
    ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
  );
}

/**
 * How long two segments lie on top of each other: both on one straight line (within `tolerance`
 * units) and overlapping along it. 0 when they only touch or are apart.
 */
export function collinearOverlap(s: Segment, t: Segment, tolerance = 0.75): number {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-9) return 0;
  // Both ends of t within `tolerance` of the line through s.
  if (Math.abs(orient(s.a, s.b, t.a) / len) > tolerance || Math.abs(orient(s.a, s.b, t.b) / len) > tolerance)
    return 0;
  const along = (p: Point) => ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / len;
  const [u0, u1] = [along(t.a), along(t.b)].sort((m, n) => m - n) as [number, number];
  return Math.max(0, Math.min(len, u1) - Math.max(0, u0));
}

/** Whether a point is inside a closed ring (even–odd rule). */
export function pointInRing(p: Point, ring: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i] as Point;
    const b = ring[j] as Point;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
