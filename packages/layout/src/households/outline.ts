import type { PersonId } from '@kinmap/model';
import { n } from '../connectors/path.ts';
import type { ResolvedOptions } from '../options.ts';
import type { CurrentHousehold } from '../passes/buildIndex.ts';
import type { Work } from '../passes/work.ts';
import type { Box, HouseholdOutline, PersonNode, Point } from '../types.ts';
import { boxesOverlap } from '../geometry/segmentHitsBox.ts';
import { householdRegion } from './region.ts';
import { personArea, placeHouseholdLabel, type TextSpace } from './labelPlace.ts';
import { endPoints } from './tethers.ts';

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/**
 * Dotted household boundaries as at the chart date: one outline round everyone who lives there
 * (residents and part-time members), joined by corridors that go round anyone who does not, so
 * nobody who lives elsewhere is inside and no resident is outside. Where the family's structure
 * walls a resident off completely the household has more than one piece: every piece shares the
 * label, and `pieces` reports the split. Regular visitors stay outside (see tethers).
 */
export function householdOutlines(
  households: CurrentHousehold[],
  byId: Map<PersonId, PersonNode>,
  space: TextSpace,
  options: ResolvedOptions,
  work: Work,
): HouseholdOutline[] {
  const { s } = options;
  const pad = s * 0.2;
  const out: HouseholdOutline[] = [];
  for (const { household, residents, partTime, visitors } of households) {
    const inside = new Set<PersonId>([...residents, ...partTime]);
    const members = [...inside].map((id) => byId.get(id)).filter((m): m is PersonNode => !!m);
    if (members.length === 0) continue;
    const cores = members.map(personArea);
    const areas = cores.map((b) => grow(b, pad));
    // Everyone else near the household blocks it (their symbol and name, with a little room).
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const a of areas) {
      x0 = Math.min(x0, a.x);
      x1 = Math.max(x1, a.x + a.width);
      y0 = Math.min(y0, a.y);
      y1 = Math.max(y1, a.y + a.height);
    }
    const reach = s * 3;
    const blocked: Box[] = [];
    const around = { x: x0 - reach, y: y0 - reach, width: x1 - x0 + 2 * reach, height: y1 - y0 + 2 * reach };
    for (const node of space.nodes.query(around)) {
      work.add();
      if (!inside.has(node.id)) blocked.push(grow(personArea(node), pad / 2));
    }
    // Nobody else within the members' box: the box itself is the outline (the common case).
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const loops = blocked.some((b) => boxesOverlap(b, box))
      ? householdRegion(areas, cores, blocked, s / 3, work)
      : [
          [
            { x: x0, y: y0 },
            { x: x1, y: y0 },
            { x: x1, y: y1 },
            { x: x0, y: y1 },
          ],
        ];
    const paths = loops.map((loop) => `M${loop.map((p) => `${n(p.x)} ${n(p.y)}`).join(' L')} Z`);
    // Where each visitor's tether will most likely go (to the nearest point of the outline): the
    // label keeps clear of it, so the tether need not cross the label or go the long way round.
    const ends = visitors.length > 0 ? endPoints(paths) : [];
    const tethers: { a: Point; b: Point }[] = [];
    for (const id of visitors) {
      const v = byId.get(id);
      if (!v || ends.length === 0) continue;
      const a = { x: v.x, y: v.y - v.height / 2 };
      const b = ends.reduce((best, p) =>
        Math.hypot(p.x - a.x, p.y - a.y) < Math.hypot(best.x - a.x, best.y - a.y) ? p : best,
      );
      tethers.push({ a, b });
    }
    out.push({
      id: household.id,
      label: placeHouseholdLabel(household.label, loops, space, options, tethers),
      paths,
      residents,
      partTime,
      visitors,
    });
  }
  return out;
}
