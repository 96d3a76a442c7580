import type { Point } from '../types.ts';
import { segmentPasses, type Access } from './access.ts';
import type { Frame } from './frame.ts';
import type { Obstacle, ObstacleIndex } from './obstacles.ts';
import type { Circle } from './place.ts';
import { insidePolygon, nearestOnPolygon, symbolEdge, type EcomapTarget } from './targets.ts';

/** Whether the segment a–b comes within the circle (grown by `margin`). */
export function segmentHitsCircle(a: Point, b: Point, c: Circle, margin: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / len2));
  return Math.hypot(a.x + t * dx - c.x, a.y + t * dy - c.y) < c.radius + margin;
}

/** The point on the agency's circle facing `p`. */
function rim(agency: Circle, p: Point): Point {
  const dx = p.x - agency.x;
  const dy = p.y - agency.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: agency.x + (dx / len) * agency.radius, y: agency.y + (dy / len) * agency.radius };
}

function length(points: Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i += 1)
    sum += Math.hypot(
      (points[i] as Point).x - (points[i - 1] as Point).x,
      (points[i] as Point).y - (points[i - 1] as Point).y,
    );
  return sum;
}

/** Drops middle points that lie on the straight line through their neighbours. */
function straighten(points: Point[]): Point[] {
  const out: Point[] = [points[0] as Point];
  for (let i = 1; i < points.length - 1; i += 1) {
    const a = out[out.length - 1] as Point;
    const b = points[i] as Point;
    const c = points[i + 1] as Point;
    const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    if (Math.abs(cross) > 1e-6 * (Math.hypot(c.x - a.x, c.y - a.y) + 1) ** 2) out.push(b);
  }
  out.push(points[points.length - 1] as Point);
  return out;
}

/** The same way out computed for different lines gives the same key. */
function routeKey(a: Access): string {
  return a.points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`).join(' ');
}

/**
 * The route of a way out already taken by `count` lines, moved sideways (across its first
 * segment) by a few units per line, first to one side then the other; undefined when every
 * shifted copy would pass through something.
 */
function besideTaken(
  access: Access,
  count: number,
  target: EcomapTarget,
  index: ObstacleIndex,
): Point[] | undefined {
  const a = access.points[0] as Point;
  const b = access.points[1] as Point;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  const ownId = target.kind === 'person' ? target.node.id : undefined;
  const excuse = (o: Obstacle) =>
    o.owner === ownId && (o.kind === 'symbol' || (o.kind === 'name' && access.acrossOwnName === true));
  for (let k = count; k <= count + 4; k += 1) {
    const step = 4 * Math.ceil(k / 2) * (k % 2 === 1 ? 1 : -1);
    const moved = access.points.map((p) => ({ x: p.x + nx * step, y: p.y + ny * step }));
    // The moved line still ends on the person's symbol, not beside it.
    if (target.kind === 'person') {
      const first = moved[0] as Point;
      const dx = first.x - target.node.x;
      const dy = first.y - target.node.y;
      const len = Math.hypot(dx, dy) || 1;
      moved[0] = symbolEdge(target.node, dx / len, dy / len, 1);
    }
    let clear = true;
    for (let i = 1; i < moved.length && clear; i += 1)
      clear = !index.blocked(moved[i - 1] as Point, moved[i] as Point, excuse);
    if (clear) return moved;
  }
  return undefined;
}

/** The straight line from the agency to the nearest point of the target, when nothing is in the way. */
function direct(
  agency: Circle,
  target: EcomapTarget,
  index: ObstacleIndex,
  others: Circle[],
  s: number,
): { points: Point[]; cost: number; acrossOwnName: boolean } | undefined {
  let end: Point;
  if (target.kind === 'person') {
    const dx = agency.x - target.node.x;
    const dy = agency.y - target.node.y;
    const len = Math.hypot(dx, dy) || 1;
    end = symbolEdge(target.node, dx / len, dy / len, 1);
  } else if (target.kind === 'household') {
    let bestD = Infinity;
    end = { x: agency.x, y: agency.y };
    for (const poly of target.polygons) {
      const q = nearestOnPolygon(agency, poly);
      const d = Math.hypot(q.x - agency.x, q.y - agency.y);
      if (d < bestD) {
        bestD = d;
        end = q;
      }
    }
    const dx = agency.x - end.x;
    const dy = agency.y - end.y;
    const len = Math.hypot(dx, dy) || 1;
    const probe = { x: end.x + (dx / len) * 2, y: end.y + (dy / len) * 2 };
    if (target.polygons.some((p) => insidePolygon(probe, p))) return undefined;
  } else return undefined;
  const start = rim(agency, end);
  const { blocked, ownName } = segmentPasses(index, start, end, target);
  if (blocked || others.some((c) => segmentHitsCircle(start, end, c, 1))) return undefined;
  const points = [start, end];
  return { points, cost: length(points) + (ownName ? 3 * s : 0), acrossOwnName: ownName };
}

/**
 * The line from an agency's circle to its target, agency end first. The family: straight to the
 * ring (or up to the family's bottom edge under a band). A person or household: straight to the
 * nearest point of its symbol or outline when that passes no one else; otherwise the cheapest way
 * out of the genogram (`accesses`) joined to the agency from where it leaves the family, avoiding one
 * another line has taken (`used`, updated here) so that no two lines lie on top of each other. Undefined
 * when the target is walled in, so the caller can draw the best it has.
 */
export function connect(
  agency: Circle,
  target: EcomapTarget,
  accesses: readonly Access[],
  frame: Frame,
  index: ObstacleIndex,
  others: Circle[],
  s: number,
  used: Map<string, number>,
): Point[] | undefined {
  if (target.kind === 'family') {
    if (frame.kind === 'band')
      return [
        { x: agency.x, y: agency.y - agency.radius },
        { x: agency.x, y: frame.bottom },
      ];
    const dx = frame.cx - agency.x;
    const dy = frame.cy - agency.y;
    const len = Math.hypot(dx, dy) || 1;
    return [
      rim(agency, { x: frame.cx, y: frame.cy }),
      { x: agency.x + (dx / len) * (len - frame.r), y: agency.y + (dy / len) * (len - frame.r) },
    ];
  }
  const straight = direct(agency, target, index, others, s);
  // Across the person's own name only when no way out avoids it.
  let best: { points: Point[]; cost: number; key?: string } | undefined =
    straight?.acrossOwnName && accesses.some((a) => !a.acrossOwnName) ? undefined : straight;
  // Cheapest first by length alone; stop once no later way out can beat the best so far.
  const ranked = accesses
    .map((a) => {
      const exit = a.points[a.points.length - 1] as Point;
      const start = rim(agency, exit);
      const bends = (a.points.length - 1) * s * 0.5;
      return { a, exit, start, cost: a.cost + Math.hypot(exit.x - start.x, exit.y - start.y) + bends };
    })
    .sort((p, q) => p.cost - q.cost);
  for (const r of ranked) {
    if (best && r.cost >= best.cost) break;
    // A way out another line already takes is moved sideways, so the two never lie on each other.
    const key = routeKey(r.a);
    const taken = used.get(key) ?? 0;
    // When no copy fits beside it, sharing it is still better than crossing someone else.
    const beside = taken > 0 ? besideTaken(r.a, taken, target, index) : undefined;
    const route = beside ?? r.a.points;
    const exit = route[route.length - 1] as Point;
    const start = rim(agency, exit);
    const hitsOther = others.some((c) => segmentHitsCircle(start, exit, c, 1));
    const cost = r.cost + (hitsOther ? 20 * s : 0) + (beside ? s : taken > 0 ? 10 * s : 0);
    if (!best || cost < best.cost) best = { points: [start, ...[...route].reverse()], cost, key };
  }
  if (best?.key) used.set(best.key, (used.get(best.key) ?? 0) + 1);
  return best && straighten(best.points);
}
