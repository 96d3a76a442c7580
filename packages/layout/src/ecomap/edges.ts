import { isWithin } from '@kinmap/model';
import type { Involvement } from '@kinmap/model';
import { arrowHead } from '../connectors/arrow.ts';
import { n, polyline } from '../connectors/path.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Connector, ConnectorMark, ConnectorStyle, Point } from '../types.ts';

/**
 * Hartman's line for the strength of a connection: solid strong, thin weak, dashed tenuous; and
 * `ecomap-unrecorded` when nobody recorded a strength, so a missing answer is never drawn as weak.
 */
export function strengthStyle(strength: Involvement['strength']): ConnectorStyle {
  if (strength === 'strong') return 'ecomap-strong';
  if (strength === 'tenuous_uncertain') return 'ecomap-tenuous';
  if (strength === 'weak') return 'ecomap-weak';
  return 'ecomap-unrecorded';
}

/** Three short strokes across the middle of a segment: the ecomap "stressful" hatch. */
export function hatch(a: Point, b: Point, s: number): string {
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

/**
 * The connector for one involvement along `points`, from the agency's circle to the family end:
 * styled by strength, arrowheads from `flow` (`to_family` at the family end, `from_family` at the
 * agency end), a hatch near the agency when stressful, past when closed or ended.
 */
export function ecomapConnector(inv: Involvement, points: Point[], options: ResolvedOptions): Connector {
  const { s } = options;
  const first = points[0] as Point;
  const second = points[1] as Point;
  const last = points[points.length - 1] as Point;
  const beforeLast = points[points.length - 2] as Point;
  const marks: ConnectorMark[] = [];
  const head = s * 0.25;
  if (inv.flow === 'to_family' || inv.flow === 'both')
    marks.push({ kind: 'arrow', d: arrowHead(beforeLast, last, head) });
  if (inv.flow === 'from_family' || inv.flow === 'both')
    marks.push({ kind: 'arrow', d: arrowHead(second, first, head) });
  if (inv.quality === 'stressful') {
    // Near the agency, on the part of the line outside the family, where nothing else is drawn.
    const len = Math.hypot(second.x - first.x, second.y - first.y) || 1;
    const t = Math.min(1, s / len);
    const to = { x: first.x + (second.x - first.x) * t, y: first.y + (second.y - first.y) * t };
    marks.push({ kind: 'hatch', d: hatch(first, to, s) });
  }
  const connector: Connector = {
    id: `ecomap|${inv.id}`,
    ref: { kind: 'ecomap', involvement: inv.id },
    style: strengthStyle(inv.strength),
    d: polyline(points),
    marks,
  };
  if (inv.status === 'closed' || (inv.to !== undefined && !isWithin({ to: inv.to }, options.asAt)))
    connector.isPast = true;
  return connector;
}
