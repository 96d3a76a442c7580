import { isWithin, partnershipStatusAt } from '@kinmap/model';
import type { Partnership } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { Anchor } from '../passes/tree.ts';
import { lineText } from '../labels/chartWords.ts';
import { textWidth } from '../labels/textWidth.ts';
import type {
  ChartWords,
  Connector,
  ConnectorMark,
  ConnectorStyle,
  LineWord,
  PartnershipWordCode,
  PersonNode,
} from '../types.ts';
import { n } from './path.ts';
import { skipLinePath } from './skip.ts';

/** Size of a line label's text as the renderer draws it. */
const LINE_LABEL_FONT = 10;

/** The partnership events written on the line, by the model's event type: starts, then ends. */
const START: Partial<Record<string, PartnershipWordCode>> = {
  married: 'married',
  civil_partnership_formed: 'civil_partnership',
  cohabited: 'cohabited',
  engaged: 'engaged',
};
const END: Partial<Record<string, PartnershipWordCode>> = {
  separated: 'separated',
  divorced: 'divorced',
  dissolved: 'dissolved',
  annulled: 'annulled',
  widowed: 'widowed',
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

/**
 * "m. 1990 d. 2012": the latest start and end events on or before the chart date, as codes and years
 * (`words`) and written in the chart's words (`text`).
 */
export function partnershipLabel(
  p: Partnership,
  asAt: string,
  chartWords: ChartWords,
): { text: string; words: LineWord[] } | undefined {
  let start: LineWord | undefined;
  let end: LineWord | undefined;
  for (const e of p.events) {
    if (e.date !== undefined && !isWithin({ to: asAt }, e.date)) continue;
    const year = e.date ? { year: Number(e.date.slice(0, 4)) } : {};
    const startCode = START[e.type];
    const endCode = END[e.type];
    if (startCode) start = { code: startCode, ...year };
    if (endCode) end = { code: endCode, ...year };
    if (e.type === 'reconciled') end = undefined;
  }
  const words = [start, end].filter((w): w is LineWord => w !== undefined);
  return words.length === 0 ? undefined : { text: lineText(words, chartWords), words };
}

/**
 * The marks on a partnership line at `x` on a straight piece at height `y`: one slash (separated or
 * ended), two (divorced, dissolved, annulled), and the reconciled mark, as at the chart date.
 */
export function partnershipMarks(
  p: Partnership,
  status: string,
  x: number,
  y: number,
  options: ResolvedOptions,
): ConnectorMark[] {
  const { s } = options;
  const marks: ConnectorMark[] = [];
  const slash = (at: number) =>
    `M${n(at - s * 0.08)} ${n(y + s * 0.18)} L${n(at + s * 0.08)} ${n(y - s * 0.18)}`;
  if (status === 'separated' || status === 'ended') marks.push({ kind: 'slash', d: slash(x) });
  if (status === 'divorced' || status === 'dissolved' || status === 'annulled')
    marks.push({ kind: 'double-slash', d: `${slash(x - s * 0.07)} ${slash(x + s * 0.07)}` });
  if (
    p.events.some(
      (e) => e.type === 'reconciled' && (e.date === undefined || isWithin({ to: options.asAt }, e.date)),
    )
  )
    marks.push({ kind: 'reconciled', at: { x, y } });
  return marks;
}

/**
 * The line joining two partners: straight between the symbols when they sit side by side; for a
 * third or later partner, McGoldrick's down-and-across line below the row at its own depth
 * (`skipDepth`), never above the row where the lines from the partners' parents arrive; `stems`
 * are the x of the row's other descent stems, which its label keeps clear of. Partners
 * kept on different rows (one is the other's descendant through another link) get an elbow.
 * Slashes mark separation (one) and divorce, dissolution or annulment (two) as at the chart date;
 * consanguinity draws a double line.
 */
export function partnershipConnector(
  p: Partnership,
  a: PersonNode,
  b: PersonNode,
  anchor: Anchor,
  stemX: number,
  skipDepth: number | undefined,
  stems: readonly number[],
  options: ResolvedOptions,
): Connector | undefined {
  if (p.kind === 'conception_through_sexual_violence') return undefined;
  const { s } = options;
  const [left, right] = a.x <= b.x ? [a, b] : [b, a];
  const status = partnershipStatusAt(p, options.asAt);
  let d: string;
  let lineY: number;
  let markX: number;
  let labelAt: { x: number; y: number } | undefined;
  const text = partnershipLabel(p, options.asAt, options.words);
  if (a.y !== b.y) {
    const [upper, lower] = a.y < b.y ? [a, b] : [b, a];
    const side = lower.x >= upper.x ? 1 : -1;
    lineY = upper.y;
    d = `M${n(upper.x + (side * upper.width) / 2)} ${n(lineY)} H${n(lower.x)} V${n(lower.y - lower.height / 2)}`;
    markX = (upper.x + lower.x) / 2;
    labelAt = { x: markX, y: lineY - s * 0.33 };
  } else if (anchor.kind === 'skip' && skipDepth !== undefined) {
    const path = skipLinePath(left, right, skipDepth, anchor.level, options, stems);
    d = path.d;
    lineY = path.y;
    // Marks and label on the run across, in the widest stretch between the stems that drop
    // through it (its own children's and other couples' of the row), so no line crosses them.
    const cuts = [path.from, ...stems.filter((x) => x > path.from && x < path.to), stemX, path.to].sort(
      (p1, p2) => p1 - p2,
    );
    let lo = path.from;
    let hi = path.from;
    for (let i = 1; i < cuts.length; i += 1)
      if ((cuts[i] as number) - (cuts[i - 1] as number) > hi - lo) {
        lo = cuts[i - 1] as number;
        hi = cuts[i] as number;
      }
    markX = lo + Math.min(s * 0.3, (hi - lo) / 4);
    // Right of the middle, clear of the slashes; moved back off the stem ending the stretch when it
    // would cover it and the stretch is wide enough to hold it.
    let labelX = (lo + hi) / 2 + Math.min(s * 0.15, (hi - lo) / 8);
    const half = text ? textWidth(text.text, LINE_LABEL_FONT) / 2 : 0;
    if (labelX + half > hi && hi - lo >= 2 * half + 3) labelX = hi - half - 1.5;
    labelAt = { x: labelX, y: lineY + s * 0.22 };
  } else {
    lineY = left.y;
    d = `M${n(left.x + left.width / 2)} ${n(lineY)} H${n(right.x - right.width / 2)}`;
    markX = (left.x + right.x) / 2 - s * 0.35;
    // Between the symbols, clear of the slashes (which reach 0.18 s above the line).
    labelAt = { x: (left.x + right.x) / 2, y: lineY - s * 0.33 };
  }
  const marks = partnershipMarks(p, status, markX, lineY, options);
  const connector: Connector = {
    id: `partnership|${p.id}`,
    ref: { kind: 'partnership', partnership: p.id },
    style: style(p, status),
    d,
    marks,
  };
  if (p.consanguinity) connector.isDouble = true;
  if (text && labelAt) connector.label = { ...labelAt, text: text.text, words: text.words };
  return connector;
}
