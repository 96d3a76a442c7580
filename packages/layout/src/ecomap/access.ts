import type { Point } from '../types.ts';
import { exitPosition, rayToExit, type Frame } from './frame.ts';
import { gridAccess, markTaken, type ObstacleGrid } from './grid.ts';
import type { Obstacle, ObstacleIndex } from './obstacles.ts';
import { insidePolygon, symbolEdge, targetCentre, type EcomapTarget } from './targets.ts';

/**
 * A way out of the genogram for one agency line: `points` run from the target's boundary to `exit`
 * (the last point) on the ring or the band's edge, clear of every symbol, name and label. `at` is
 * where the exit sits along the frame (angle or x); `cost` is the length, plus a penalty for
 * crossing the target's own name.
 */
export interface Access {
  points: Point[];
  at: number;
  cost: number;
  /** The line crosses the target's own name lines. */
  acrossOwnName?: boolean;
}

const RAYS = 32;

/** Excuses the target's own symbol (the line ends at it). */
export function ownSymbol(target: EcomapTarget): (o: Obstacle) => boolean {
  const id = target.kind === 'person' ? target.node.id : undefined;
  return (o) => o.kind === 'symbol' && o.owner === id;
}

/** The farthest point where the ray from `p` in direction `u` crosses an outline's edges. */
/**
 * What lies on the segment start–end for a line to `target`: `blocked` when it passes anything but
 * the target's own symbol or name, `ownName` when it passes the target person's own name.
 */
export function segmentPasses(
  index: ObstacleIndex,
  start: Point,
  end: Point,
  target: EcomapTarget,
): { blocked: boolean; ownName: boolean } {
  const ownId = target.kind === 'person' ? target.node.id : undefined;
  let ownName = false;
  let blocked = false;
  index.each(start, end, (o) => {
    // The target's own symbol is excused (ownSymbol).
    if (o.kind === 'symbol' && o.owner === ownId) return false;
    if (o.kind === 'name' && o.owner === ownId) {
      ownName = true;
      return false;
    }
    blocked = true;
    return true;
  });
  return { blocked, ownName };
}

function leaveOutline(p: Point, ux: number, uy: number, polygons: Point[][]): Point | undefined {
  let best = -1;
  for (const poly of polygons)
    poly.forEach((a, i) => {
      const b = poly[(i + 1) % poly.length] as Point;
      const ex = b.x - a.x;
      const ey = b.y - a.y;
      const det = ux * -ey - uy * -ex;
      if (Math.abs(det) < 1e-12) return;
      const t = ((a.x - p.x) * -ey - (a.y - p.y) * -ex) / det;
      const u = (ux * (a.y - p.y) - uy * (a.x - p.x)) / det;
      if (t > 0 && u >= 0 && u <= 1 && t > best) best = t;
    });
  return best > 0 ? { x: p.x + ux * best, y: p.y + uy * best } : undefined;
}

function rayAccesses(target: EcomapTarget, frame: Frame, index: ObstacleIndex, s: number): Access[] {
  const out: Access[] = [];
  const tryRay = (start: Point, ux: number, uy: number) => {
    const t = rayToExit(frame, start, ux, uy);
    if (t === undefined) return;
    const exit = { x: start.x + ux * t, y: start.y + uy * t };
    const { blocked, ownName } = segmentPasses(index, start, exit, target);
    if (!blocked)
      out.push({ points: [start, exit], at: exitPosition(frame, exit), cost: t + (ownName ? 3 * s : 0) });
  };
  if (target.kind === 'person') {
    for (let k = 0; k < RAYS; k += 1) {
      const a = (k * 2 * Math.PI) / RAYS;
      const ux = Math.cos(a);
      const uy = Math.sin(a);
      tryRay(symbolEdge(target.node, ux, uy, 1), ux, uy);
    }
  } else if (target.kind === 'household') {
    // From the outline outwards: along each edge's outward normal from its middle, and from the
    // outline's middle in every direction, starting where that direction leaves the outline.
    const inside = (p: Point) => target.polygons.some((poly) => insidePolygon(p, poly));
    for (const poly of target.polygons)
      poly.forEach((a, i) => {
        const b = poly[(i + 1) % poly.length] as Point;
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        if (len < 1) return;
        for (const sign of [1, -1]) {
          const ux = (sign * (b.y - a.y)) / len;
          const uy = (sign * (a.x - b.x)) / len;
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          if (!inside({ x: mid.x + ux * 2, y: mid.y + uy * 2 })) tryRay(mid, ux, uy);
        }
      });
    const centre = targetCentre(target);
    if (centre)
      for (let k = 0; k < RAYS; k += 1) {
        const a = (k * 2 * Math.PI) / RAYS;
        const ux = Math.cos(a);
        const uy = Math.sin(a);
        const from = leaveOutline(centre, ux, uy, target.polygons);
        if (from && !inside({ x: from.x + ux * 2, y: from.y + uy * 2 })) tryRay(from, ux, uy);
      }
  }
  return out;
}

/**
 * The clear ways out for a line to `target`, cheapest first: straight rays when any is clear,
 * otherwise one route with bends found on a coarse grid round the obstacles, or, when the coarse
 * grid's cells are too big for the gaps round the target, on a finer grid (`fine`) near it. Empty
 * when the target is the family (its line only has to reach the ring) or no way out exists.
 */
export function accessesFor(
  target: EcomapTarget,
  frame: Frame,
  index: ObstacleIndex,
  grid: () => ObstacleGrid,
  s: number,
  fine?: (target: Exclude<EcomapTarget, { kind: 'family' }>, divisions: number) => ObstacleGrid,
): Access[] {
  if (target.kind === 'family') return [];
  const rays = rayAccesses(target, frame, index, s).sort((a, b) => a.cost - b.cost);
  // A line across the person's own name is a last resort: first a straight ray clear of it, then a
  // route with bends round it, then a ray across it.
  const clean = rays.filter((a) => !a.acrossOwnName);
  if (clean.length > 0) return clean;
  // Keep off the routes earlier lines took; if that walls the target in, share one (the line is
  // then moved beside it when it is drawn) rather than cross someone.
  const routed = gridAccess(grid(), target, frame, index) ?? gridAccess(grid(), target, frame, index, false);
  if (routed) return [routed];
  // Cells of an eighth of a symbol, then of a sixteenth (a gap of a few units between two rows of
  // badges), each tried only when the coarser one found no way.
  const narrow =
    fine &&
    (gridAccess(fine(target, 8), target, frame, index, false) ??
      gridAccess(fine(target, 16), target, frame, index, false));
  if (narrow) {
    // Later routes on the coarse grid keep off this one, as off any other.
    markTaken(grid(), narrow.points);
    return [narrow];
  }
  // Last, a way that leaves a household's outline across a text just outside it.
  const across = gridAccess(grid(), target, frame, index, false, true);
  if (across) return [across];
  return rays;
}
