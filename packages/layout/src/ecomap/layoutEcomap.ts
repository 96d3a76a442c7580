import { isWithin } from '@kinmap/model';
import type { AgencyId, Family, Involvement, PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { AgencyNode, Box, Connector, HouseholdOutline, PersonNode, Point } from '../types.ts';
import { accessesFor, type Access } from './access.ts';
import { fitAgencyLabel } from './agencyLabel.ts';
import { collectObstacles } from './collectObstacles.ts';
import { connect } from './connect.ts';
import { ecomapConnector } from './edges.ts';
import type { Frame } from './frame.ts';
import { buildGrid, fineGrid, type ObstacleGrid } from './grid.ts';
import { ObstacleIndex, type Obstacle } from './obstacles.ts';
import { placeInBand, placeOnRing } from './place.ts';
import { targetCentre, targetOf, type EcomapTarget } from './targets.ts';
import { fillGaps, wantedPosition } from './wanted.ts';

/** The ecomap part of a layout: agency nodes, their lines, and the ring round the family. */
export interface EcomapLayout {
  agencies: AgencyNode[];
  connectors: Connector[];
  ring?: { cx: number; cy: number; r: number };
}

interface Line {
  inv: Involvement;
  target: EcomapTarget;
  accesses: Access[];
}

/**
 * Agencies round the family (`ring`) or in a row under it (`band`), each joined to the person,
 * household or family it works with. Names are wrapped whole inside circles sized to them, at the
 * chart's name size. Each agency sits where its lines leave the genogram most directly, agencies
 * keep the order of those places (so their lines do not cross) and never touch; each line ends at
 * the person's symbol, the household's outline or the family's edge, and passes through no other
 * symbol, name or label: straight when it can, otherwise bent round them.
 *
 * `connectors` are the genogram's lines so far; their labels ("m. 1990", "visits") are kept clear.
 */
export function layoutEcomap(
  family: Family,
  byId: Map<PersonId, PersonNode>,
  households: HouseholdOutline[],
  structure: Box,
  options: ResolvedOptions,
  connectors: readonly Connector[] = [],
): EcomapLayout {
  const { s } = options;
  if (options.ecomap === 'none' || family.agencies.length === 0) return { agencies: [], connectors: [] };
  const obstacles = collectObstacles(byId.values(), households, connectors, options.lineHeight);
  // The genogram's extent: the box, grown to any text that sticks out of it (a household label;
  // not a wide badge row, see extent).
  const box = extent(structure, obstacles);
  const frame: Frame =
    options.ecomap === 'ring'
      ? {
          kind: 'ring',
          box,
          cx: box.x + box.width / 2,
          cy: box.y + box.height / 2,
          r: Math.hypot(box.width, box.height) / 2 + s * 0.25,
        }
      : { kind: 'band', box, bottom: box.y + box.height };
  const area = { x: box.x - s, y: box.y - s, width: box.width + 2 * s, height: box.height + 2 * s };
  const index = new ObstacleIndex(obstacles, area, 2 * s);
  let grid: ObstacleGrid | undefined;
  const lazyGrid = () => (grid ??= buildGrid(obstacles, box, s));
  const narrowGrid = (target: Exclude<EcomapTarget, { kind: 'family' }>, divisions: number) =>
    fineGrid(obstacles, box, s, target, divisions);

  const linesOf = new Map<string, Line[]>();
  for (const inv of family.involvements) {
    const target = targetOf(inv, byId, households);
    if (!target) continue;
    const line = { inv, target, accesses: accessesFor(target, frame, index, lazyGrid, s, narrowGrid) };
    linesOf.set(inv.agency, [...(linesOf.get(inv.agency) ?? []), line]);
  }
  const leads = leadAgencies(family, options.asAt);
  const fits = family.agencies.map((a) =>
    fitAgencyLabel(a.name, a.team, options, leads.has(a.id) ? options.words.lead : undefined),
  );
  const radii = fits.map((f) => f.radius);
  const ring = frame.kind === 'ring';
  const wished = family.agencies.map((agency) => {
    const lines = linesOf.get(agency.id) ?? [];
    const wish = wantedPosition(
      lines.map((l) => l.accesses),
      ring,
    );
    if (wish !== undefined) return wish;
    // Walled-in targets: aim at their middle.
    const centres = lines.map((l) => targetCentre(l.target)).filter((p): p is Point => !!p);
    if (centres.length === 0) return undefined;
    const mx = centres.reduce((sum, p) => sum + p.x, 0) / centres.length;
    const my = centres.reduce((sum, p) => sum + p.y, 0) / centres.length;
    return frame.kind === 'ring' ? Math.atan2(my - frame.cy, mx - frame.cx) : mx;
  });
  const wanted = fillGaps(wished, ring, box.x, box.x + box.width);
  const circles =
    frame.kind === 'ring' ? placeOnRing(frame, wanted, radii, s) : placeInBand(frame, wanted, radii, s);

  const agencies: AgencyNode[] = family.agencies.map((agency, i) => {
    const c = circles[i]!;
    const fit = fits[i]!;
    // With a tag, the lines and the tag above them are centred together.
    const count = fit.lines.length + (fit.tagged ? 1 : 0);
    const top = c.y - ((count - 1) * fit.lineHeight) / 2;
    return {
      id: agency.id,
      x: c.x,
      y: c.y,
      radius: c.radius,
      ...(fit.tagged ? { isLead: true as const } : {}),
      label: {
        x: c.x,
        y: fit.tagged ? top + fit.lineHeight : top,
        lines: fit.lines,
        nameLines: fit.nameLines,
        fontSize: fit.fontSize,
        lineHeight: fit.lineHeight,
      },
    };
  });
  const edges: Connector[] = [];
  const used = new Map<string, number>();
  const placedIndex = new Map(family.agencies.map((a, i) => [a.id as string, i]));
  for (const inv of family.involvements) {
    const i = placedIndex.get(inv.agency);
    const line = (linesOf.get(inv.agency) ?? []).find((l) => l.inv === inv);
    if (i === undefined || !line) continue;
    const circle = circles[i]!;
    const others = circles.filter((_, k) => k !== i);
    const points =
      connect(circle, line.target, line.accesses, frame, index, others, s, used) ??
      fallback(circle, line.target);
    if (points) edges.push(ecomapConnector(inv, points, options));
  }
  return {
    agencies,
    connectors: edges,
    ...(frame.kind === 'ring' ? { ring: { cx: frame.cx, cy: frame.cy, r: frame.r } } : {}),
  };
}

/**
 * Agencies holding the lead practitioner role as at `asAt`: an involvement with role
 * `lead_practitioner` that is not closed and has not ended.
 */
export function leadAgencies(family: Family, asAt: string): Set<AgencyId> {
  const leads = new Set<AgencyId>();
  for (const inv of family.involvements)
    if (
      inv.roles.includes('lead_practitioner') &&
      inv.status !== 'closed' &&
      (inv.to === undefined || isWithin({ to: inv.to }, asAt))
    )
      leads.add(inv.agency);
  return leads;
}

function extent(box: Box, obstacles: readonly Obstacle[]): Box {
  let x0 = box.x;
  let y0 = box.y;
  let x1 = box.x + box.width;
  let y1 = box.y + box.height;
  for (const o of obstacles) {
    // Badge rows do not move the frame (it is where it was before lines kept clear of them); the
    // lines out of the genogram keep clear of them all the same.
    if (o.badges) continue;
    x0 = Math.min(x0, o.box.x - 1);
    y0 = Math.min(y0, o.box.y - 1);
    x1 = Math.max(x1, o.box.x + o.box.width + 1);
    y1 = Math.max(y1, o.box.y + o.box.height + 1);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A walled-in target: the straight line from the agency's circle to its middle's edge. */
function fallback(
  agency: { x: number; y: number; radius: number },
  target: EcomapTarget,
): Point[] | undefined {
  const c = targetCentre(target);
  if (!c) return undefined;
  const dx = c.x - agency.x;
  const dy = c.y - agency.y;
  const len = Math.hypot(dx, dy) || 1;
  const inset = target.kind === 'person' ? target.node.width / 2 + 1 : 0;
  return [
    { x: agency.x + (dx / len) * agency.radius, y: agency.y + (dy / len) * agency.radius },
    { x: c.x - (dx / len) * inset, y: c.y - (dy / len) * inset },
  ];
}
