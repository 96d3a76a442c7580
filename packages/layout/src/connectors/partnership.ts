import { isWithin, partnershipStatusAt } from '@kinmap/model';
import type { Partnership } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { Anchor } from '../passes/tree.ts';
import type { Connector, ConnectorMark, ConnectorStyle, PersonNode } from '../types.ts';
import { n } from './path.ts';

const START: Record<string, string> = {
  married: 'm.',
  civil_partnership_formed: 'cp.',
  cohabited: 'LT',
  engaged: 'eng.',
};
const END: Record<string, string> = {
  separated: 's.',
  divorced: 'd.',
  dissolved: 'd.',
  annulled: 'ann.',
  widowed: 'w.',
};

function style(p: Partnership, status: string): ConnectorStyle {
  if (status === 'married' || status === 'civil_partnership') return 'partnership-married';
  if (status === 'cohabiting' || status === 'engaged') return `partnership-${status}`;
  switch (p.kind) {
    case 'marriage':
    case 'civil_partnership':
      return 'partnership-married';
    case 'cohabiting':
      return 'partnership-cohabiting';
    case 'engaged':
      return 'partnership-engaged';
    case 'committed_not_cohabiting':
      return 'partnership-committed';
    case 'casual':
    case 'affair':
      return 'partnership-casual';
    default:
      return 'partnership-unknown';
  }
}

/** "m. 1990 d. 2012": the latest start and end events on or before the chart date. */
export function partnershipLabel(p: Partnership, asAt: string): string | undefined {
  let start: string | undefined;
  let end: string | undefined;
  for (const e of p.events) {
    if (e.date !== undefined && !isWithin({ to: asAt }, e.date)) continue;
    const year = e.date ? ` ${e.date.slice(0, 4)}` : '';
    if (START[e.type]) start = `${START[e.type]}${year}`;
    if (END[e.type]) end = `${END[e.type]}${year}`;
    if (e.type === 'reconciled') end = undefined;
  }
  const text = [start, end].filter(Boolean).join(' ');
  return text === '' ? undefined : text;
}

/**
 * The line joining two partners: straight between the symbols when they sit side by side, or a
 * bracket above the row when someone sits between them. Slashes mark separation (one) and divorce,
 * dissolution or annulment (two) as at the chart date; consanguinity draws a double line.
 */
export function partnershipConnector(
  p: Partnership,
  a: PersonNode,
  b: PersonNode,
  anchor: Anchor,
  options: ResolvedOptions,
): Connector | undefined {
  if (p.kind === 'conception_through_sexual_violence') return undefined;
  const { s } = options;
  const [left, right] = a.x <= b.x ? [a, b] : [b, a];
  const status = partnershipStatusAt(p, options.asAt);
  let d: string;
  let lineY: number;
  let markX: number;
  if (anchor.kind === 'skip') {
    lineY = left.y - s * (0.95 + 0.18 * (anchor.level - 1));
    d = `M${n(left.x)} ${n(left.y - left.height / 2)} V${n(lineY)} H${n(right.x)} V${n(right.y - right.height / 2)}`;
    markX = right.x - s * 0.5;
  } else {
    lineY = left.y;
    d = `M${n(left.x + left.width / 2)} ${n(lineY)} H${n(right.x - right.width / 2)}`;
    markX = (left.x + right.x) / 2 - s * 0.35;
  }
  const marks: ConnectorMark[] = [];
  const slash = (x: number) =>
    `M${n(x - s * 0.08)} ${n(lineY + s * 0.18)} L${n(x + s * 0.08)} ${n(lineY - s * 0.18)}`;
  if (status === 'separated' || status === 'ended') marks.push({ kind: 'slash', d: slash(markX) });
  if (status === 'divorced' || status === 'dissolved' || status === 'annulled')
    marks.push({ kind: 'double-slash', d: `${slash(markX - s * 0.07)} ${slash(markX + s * 0.07)}` });
  if (
    p.events.some(
      (e) => e.type === 'reconciled' && (e.date === undefined || isWithin({ to: options.asAt }, e.date)),
    )
  )
    marks.push({ kind: 'reconciled', at: { x: markX, y: lineY } });
  const connector: Connector = {
    id: `partnership|${p.id}`,
    ref: { kind: 'partnership', partnership: p.id },
    style: style(p, status),
    d,
    marks,
  };
  if (p.consanguinity) connector.isDouble = true;
  const text = partnershipLabel(p, options.asAt);
  if (text)
    connector.label = {
      x: anchor.kind === 'skip' ? right.x - s * 1.25 : (left.x + right.x) / 2,
      // Between the symbols, clear of the slashes (which reach 0.18 s above the line).
      y: lineY - (s * (anchor.kind === 'skip' ? 20 : 33)) / 100,
      text,
    };
  return connector;
}
