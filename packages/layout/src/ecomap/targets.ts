import type { Involvement, PersonId } from '@kinmap/model';
import type { HouseholdOutline, PersonNode, Point } from '../types.ts';

/** What an agency line ends at: a person's symbol, a household's outline, or the family's edge. */
export type EcomapTarget =
  | { kind: 'person'; node: PersonNode }
  | { kind: 'household'; polygons: Point[][]; members: Set<string> }
  | { kind: 'family' };

/** The corner points of closed path data made of M, L, H, V and Z (as household outlines are). */
export function pathPolygons(d: string): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  let x = 0;
  let y = 0;
  const tokens = d.match(/[MLHVZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  let cmd = 'M';
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const t = tokens[i] as string;
    if (/[a-z]/i.test(t)) {
      cmd = t.toUpperCase();
      i += 1;
      if (cmd === 'Z') {
        if (current.length > 2) out.push(current);
        current = [];
      }
      continue;
    }
    if (cmd === 'M') {
      if (current.length > 2) out.push(current);
      x = num();
      y = num();
      current = [{ x, y }];
      cmd = 'L';
    } else if (cmd === 'L') {
      x = num();
      y = num();
      current.push({ x, y });
    } else if (cmd === 'H') {
      x = num();
      current.push({ x, y });
    } else if (cmd === 'V') {
      y = num();
      current.push({ x, y });
    } else i += 1;
  }
  if (current.length > 2) out.push(current);
  return out;
}

/** Whether `p` is inside the polygon (even–odd rule). */
export function insidePolygon(p: Point, poly: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i, i += 1) {
    const a = poly[i] as Point;
    const b = poly[j] as Point;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** The target of an involvement, or undefined when it is not on the chart. */
export function targetOf(
  inv: Involvement,
  byId: Map<PersonId, PersonNode>,
  households: HouseholdOutline[],
): EcomapTarget | undefined {
  if (inv.with.kind === 'person') {
    const node = byId.get(inv.with.person);
    return node && { kind: 'person', node };
  }
  if (inv.with.kind === 'household') {
    const id = inv.with.household;
    const h = households.find((o) => o.id === id);
    if (!h) return undefined;
    const polygons = h.paths.flatMap(pathPolygons);
    if (polygons.length === 0) return undefined;
    return { kind: 'household', polygons, members: new Set<string>([...h.residents, ...h.partTime]) };
  }
  return { kind: 'family' };
}

/** The middle of a target (the family's is undefined: it has no single point). */
export function targetCentre(target: EcomapTarget): Point | undefined {
  if (target.kind === 'person') return { x: target.node.x, y: target.node.y };
  if (target.kind === 'household') {
    const pts = target.polygons.flat();
    return {
      x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
      y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
    };
  }
  return undefined;
}

/** Where a line leaving the symbol's centre in direction (ux, uy) crosses its outline, plus `gap`. */
export function symbolEdge(node: PersonNode, ux: number, uy: number, gap: number): Point {
  const h = node.width / 2;
  const shape = node.symbol.shape;
  let t: number;
  if (shape === 'circle') t = h;
  else if (shape === 'diamond') t = h / Math.max(1e-9, Math.abs(ux) + Math.abs(uy));
  else t = h / Math.max(1e-9, Math.abs(ux), Math.abs(uy));
  return { x: node.x + ux * (t + gap), y: node.y + uy * (t + gap) };
}

/** The nearest point to `p` on the polygon's edges. */
export function nearestOnPolygon(p: Point, poly: Point[]): Point {
  let best = poly[0] as Point;
  let bestD = Infinity;
  for (let i = 0; i < poly.length; i += 1) {
    const a = poly[i] as Point;
    const b = poly[(i + 1) % poly.length] as Point;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    const q = { x: a.x + t * dx, y: a.y + t * dy };
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d < bestD) {
      bestD = d;
      best = q;
    }
  }
  return best;
}
