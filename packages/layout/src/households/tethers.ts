import type { PersonId } from '@kinmap/model';
import { n } from '../connectors/path.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Connector, HouseholdOutline, PersonNode } from '../types.ts';
import { pathPoints } from '../passes/bounds.ts';

/**
 * A short dotted tether from each regular visitor to the nearest corner of their household's
 * outline ("visits"): visitors stay outside the boundary, joined to it.
 */
export function householdTethers(
  households: HouseholdOutline[],
  byId: Map<PersonId, PersonNode>,
  options: ResolvedOptions,
): Connector[] {
  const out: Connector[] = [];
  for (const h of households) {
    const corners: { x: number; y: number }[] = [];
    for (const d of h.paths) pathPoints(d, (x, y) => corners.push({ x, y }));
    for (const visitor of h.visitors) {
      const node = byId.get(visitor);
      if (!node || corners.length === 0) continue;
      const from = { x: node.x, y: node.y - node.height / 2 };
      let best = corners[0] as { x: number; y: number };
      for (const c of corners)
        if (Math.hypot(c.x - from.x, c.y - from.y) < Math.hypot(best.x - from.x, best.y - from.y)) best = c;
      out.push({
        id: `tether|${h.id}|${visitor}`,
        ref: { kind: 'household-tether', household: h.id, person: visitor },
        style: 'household-tether',
        d: `M${n(from.x)} ${n(from.y)} L${n(best.x)} ${n(best.y)}`,
        marks: [],
        label: { x: (from.x + best.x) / 2, y: (from.y + best.y) / 2 - options.s * 0.1, text: 'visits' },
      });
    }
  }
  return out;
}
