import { isWithin } from '@kinmap/model';
import type { Family, Involvement, PersonId } from '@kinmap/model';
import { arrowHead } from '../connectors/arrow.ts';
import { n } from '../connectors/path.ts';
import { shorten } from '../labels/shorten.ts';
import type { ResolvedOptions } from '../options.ts';
import type {
  AgencyNode,
  Box,
  Connector,
  ConnectorMark,
  ConnectorStyle,
  HouseholdOutline,
  PersonNode,
  Point,
} from '../types.ts';

export interface EcomapLayout {
  agencies: AgencyNode[];
  connectors: Connector[];
  ring?: { cx: number; cy: number; r: number };
}

function strengthStyle(strength: Involvement['strength']): ConnectorStyle {
  if (strength === 'strong') return 'ecomap-strong';
  if (strength === 'tenuous_uncertain') return 'ecomap-tenuous';
  return 'ecomap-weak';
}

/** Where the edge of an agency's involvement ends: a person, a household's residents, or the family. */
function targetPoint(
  inv: Involvement,
  byId: Map<PersonId, PersonNode>,
  households: HouseholdOutline[],
  box: Box,
): Point | undefined {
  if (inv.with.kind === 'person') {
    const node = byId.get(inv.with.person);
    return node && { x: node.x, y: node.y };
  }
  if (inv.with.kind === 'household') {
    const id = inv.with.household;
    const nodes = (households.find((h) => h.id === id)?.residents ?? [])
      .map((p) => byId.get(p))
      .filter((p): p is PersonNode => !!p);
    if (nodes.length === 0) return undefined;
    return {
      x: nodes.reduce((s, p) => s + p.x, 0) / nodes.length,
      y: nodes.reduce((s, p) => s + p.y, 0) / nodes.length,
    };
  }
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Agencies on a ring round the family (or a band under it): each agency at the angle of the people
 * it works with, spread so circles never touch; edges styled by strength (solid strong, dashed
 * tenuous, thin weak), arrowheads from `flow`, a hatch when stressful, faint when closed.
 */
export function layoutEcomap(
  family: Family,
  byId: Map<PersonId, PersonNode>,
  households: HouseholdOutline[],
  box: Box,
  options: ResolvedOptions,
): EcomapLayout {
  const { s } = options;
  if (options.ecomap === 'none' || family.agencies.length === 0) return { agencies: [], connectors: [] };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = Math.hypot(box.width, box.height) / 2 + s * 1.5;
  const radius = s * 0.9;
  const involvementsOf = new Map<string, Involvement[]>();
  for (const inv of family.involvements)
    involvementsOf.set(inv.agency, [...(involvementsOf.get(inv.agency) ?? []), inv]);
  const wanted = family.agencies.map((agency, i) => {
    const points = (involvementsOf.get(agency.id) ?? [])
      .map((inv) => targetPoint(inv, byId, households, box))
      .filter((p): p is Point => !!p);
    const px = points.reduce((sum, p) => sum + p.x, 0) / (points.length || 1);
    const py = points.reduce((sum, p) => sum + p.y, 0) / (points.length || 1);
    const angle =
      points.length > 0 && Math.hypot(px - cx, py - cy) > 1
        ? Math.atan2(py - cy, px - cx)
        : -Math.PI / 2 + (i * 2 * Math.PI) / family.agencies.length;
    return { agency, angle };
  });
  const placed: AgencyNode[] = [];
  if (options.ecomap === 'ring') {
    const sorted = [...wanted].sort((a, b) => a.angle - b.angle || (a.agency.id < b.agency.id ? -1 : 1));
    const minSep = Math.min((2 * radius + s * 0.8) / r, (2 * Math.PI) / sorted.length);
    let previous = -Infinity;
    for (const w of sorted) {
      const angle = Math.max(w.angle, previous + minSep);
      previous = angle;
      placed.push(
        agencyNode(
          w.agency.id,
          w.agency.name,
          w.agency.team,
          cx + r * Math.cos(angle),
          cy + r * Math.sin(angle),
          radius,
          options,
        ),
      );
    }
  } else {
    const y = box.y + box.height + s * 2;
    const step = s * 3;
    const start = cx - ((wanted.length - 1) * step) / 2;
    wanted.forEach((w, i) =>
      placed.push(
        agencyNode(w.agency.id, w.agency.name, w.agency.team, start + i * step, y, radius, options),
      ),
    );
  }
  const nodeOf = new Map(placed.map((a) => [a.id as string, a]));
  const connectors: Connector[] = [];
  for (const inv of family.involvements) {
    const agency = nodeOf.get(inv.agency);
    const target = targetPoint(inv, byId, households, box);
    if (!agency || !target) continue;
    const dx = target.x - agency.x;
    const dy = target.y - agency.y;
    const len = Math.hypot(dx, dy) || 1;
    const start = { x: agency.x + (dx / len) * radius, y: agency.y + (dy / len) * radius };
    const stop = inv.with.kind === 'person' ? s * 0.6 : s * 0.3;
    const end =
      inv.with.kind === 'family'
        ? {
            x: cx + (agency.x - cx) * ((r - radius - s) / r),
            y: cy + (agency.y - cy) * ((r - radius - s) / r),
          }
        : { x: target.x - (dx / len) * stop, y: target.y - (dy / len) * stop };
    const marks: ConnectorMark[] = [];
    const head = s * 0.25;
    if (inv.flow === 'to_family' || inv.flow === 'both')
      marks.push({ kind: 'arrow', d: arrowHead(start, end, head) });
    if (inv.flow === 'from_family' || inv.flow === 'both')
      marks.push({ kind: 'arrow', d: arrowHead(end, start, head) });
    if (inv.quality === 'stressful') marks.push({ kind: 'hatch', d: hatch(start, end, s) });
    const connector: Connector = {
      id: `ecomap|${inv.id}`,
      ref: { kind: 'ecomap', involvement: inv.id },
      style: strengthStyle(inv.strength),
      d: `M${n(start.x)} ${n(start.y)} L${n(end.x)} ${n(end.y)}`,
      marks,
    };
    if (inv.status === 'closed' || (inv.to !== undefined && !isWithin({ to: inv.to }, options.asAt)))
      connector.isPast = true;
    connectors.push(connector);
  }
  return { agencies: placed, connectors, ...(options.ecomap === 'ring' ? { ring: { cx, cy, r } } : {}) };
}

function agencyNode(
  id: string,
  name: string,
  team: string | undefined,
  x: number,
  y: number,
  radius: number,
  options: ResolvedOptions,
): AgencyNode {
  const max = Math.max(6, Math.floor((radius * 2.4) / (options.lineHeight * 0.44)));
  const fits = (line: string) => line.length <= max;
  const lines = [shorten(name, fits), ...(team ? [shorten(team, fits)] : [])];
  return {
    id: id as AgencyNode['id'],
    x,
    y,
    radius,
    label: { x, y: y + radius + options.lineHeight, lines },
  };
}

/** Three short strokes across the middle of a line: the ecomap "stressful" hatch. */
function hatch(a: Point, b: Point, s: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const h = s * 0.15;
  const parts: string[] = [];
  for (const k of [-1, 0, 1]) {
    const mx = (a.x + b.x) / 2 + ux * k * s * 0.2;
    const my = (a.y + b.y) / 2 + uy * k * s * 0.2;
    parts.push(`M${n(mx - uy * h)} ${n(my + ux * h)} L${n(mx + uy * h)} ${n(my - ux * h)}`);
  }
  return parts.join(' ');
}
