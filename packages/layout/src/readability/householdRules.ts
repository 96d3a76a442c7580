import type { FamilyLayout, Point } from '../types.ts';
import { pointInRing } from './geometry.ts';
import { toPolylines } from './polyline.ts';
import type { Tally } from './tally.ts';

/**
 * Rule 2: a resident whose symbol centre is outside every outline of their household; a person
 * inside an outline of a household they are not a resident or part-time member of (a visitor
 * included: visitors are drawn outside, tethered). Clutter: each extra outline piece is a split.
 */
export function countHouseholds(layout: FamilyLayout, tally: Tally): void {
  const nodes = new Map(layout.nodes.map((n) => [n.id as string, n]));
  for (const h of layout.households) {
    const rings: Point[][] = h.paths.flatMap((d) => toPolylines(d));
    if (h.paths.length > 1)
      tally.add('householdSplits', () => `${h.id} drawn in ${h.paths.length} pieces`, h.paths.length - 1);
    const inside = (p: Point) => rings.some((ring) => pointInRing(p, ring));
    for (const id of h.residents) {
      const n = nodes.get(id);
      if (n && !inside(n)) tally.add('residentsOutside', () => `${id} outside ${h.id}`);
    }
    const members = new Set<string>([...h.residents, ...h.partTime]);
    if (rings.length === 0) continue;
    // Only people within the outlines' box can be inside them.
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings)
      for (const p of ring) {
        x0 = Math.min(x0, p.x);
        y0 = Math.min(y0, p.y);
        x1 = Math.max(x1, p.x);
        y1 = Math.max(y1, p.y);
      }
    for (const n of layout.nodes) {
      if (members.has(n.id) || n.x < x0 || n.x > x1 || n.y < y0 || n.y > y1) continue;
      if (inside(n)) tally.add('nonMembersInside', () => `${n.id} inside ${h.id}`);
    }
  }
}
