import type { Badge, ConnectorMark, ConnectorStyle, FamilyLayout, SymbolDescriptor } from '@kinmap/layout';
import type { DrawingLabels } from '../labels/drawingLabels.ts';
import { connectorStyles } from '../connectors/connectorAppearance.ts';

/** The groups of the key, in the order they are shown. */
export type LegendGroup = 'symbols' | 'lines' | 'marks' | 'badges' | 'areas';

/** What the glyph beside a key entry shows. */
export type LegendSample =
  | { kind: 'symbol'; symbol: SymbolDescriptor }
  | { kind: 'line'; style: ConnectorStyle; isDouble?: boolean; isPast?: boolean }
  | { kind: 'mark'; mark: ConnectorMark['kind'] }
  | { kind: 'badge'; badge: Badge }
  | { kind: 'household' }
  | { kind: 'part-time' }
  | { kind: 'agency' }
  /** An agency circle with the lead practitioner's tag. */
  | { kind: 'agency-lead' }
  /** Lines from one point to each twin; `mz` adds the bar, `unknown` a "?" at the fork. */
  | { kind: 'twins'; zygosity: 'mz' | 'unknown' };

/** One entry of the key: a glyph and its meaning in words. */
export interface LegendEntry {
  /** Stable key, e.g. `symbol:circle`, `line:descent-foster`, `badge:status:CPP-N`. */
  key: string;
  group: LegendGroup;
  text: string;
  sample: LegendSample;
}

const GROUPS: LegendGroup[] = ['symbols', 'lines', 'marks', 'badges', 'areas'];
const MARKS: ConnectorMark['kind'][] = [
  'slash',
  'double-slash',
  'reconciled',
  'question',
  'hatch',
  'arrow',
  'cutoff',
  'bracket',
  'care',
];
const BADGES: Badge['code'][] = [
  'nrpf',
  'nrpf_unknown',
  'status',
  'young_carer',
  'carer',
  'identity_discrepancy',
  'interpreter',
  'history_unchecked',
  'more',
];

const base: SymbolDescriptor = {
  shape: 'square',
  size: 'full',
  deceased: false,
  deceasedMark: 'cross',
  isSubject: false,
  isPlaceholder: false,
  isAdopted: false,
};
const sym = (s: Partial<SymbolDescriptor>): LegendSample => ({ kind: 'symbol', symbol: { ...base, ...s } });

/** The symbol entries one person's descriptor needs: shape, marks and decorations. */
function symbolEntries(s: SymbolDescriptor, labels: DrawingLabels): [string, string, LegendSample, number][] {
  const t = labels.symbols;
  const out: [string, string, LegendSample, number][] = [];
  if (s.loss) {
    const text = labels.losses[s.loss.outcome];
    out.push([
      `loss:${s.loss.outcome}:${s.loss.mark}`,
      text,
      sym({ shape: s.shape, size: 'small', loss: s.loss }),
      20,
    ]);
  } else if (s.isPlaceholder) {
    out.push([
      'placeholder',
      t.placeholder,
      sym({ shape: s.shape, innerText: '?', isPlaceholder: true }),
      10,
    ]);
  } else if (s.pregnancy && s.shape !== 'triangle') {
    out.push(['pregnancy-nsgc', t.pregnancyNsgc, sym({ shape: s.shape, innerText: 'P' }), 11]);
  } else if (s.shape === 'triangle') {
    out.push(['pregnancy', t.pregnancy, sym({ shape: 'triangle' }), 11]);
  } else if (s.shape === 'pet') {
    out.push(['pet', t.pet, sym({ shape: 'pet' }), 12]);
  } else if (s.shape === 'diamond') {
    if (s.innerText === '?')
      out.push(['diamond-unknown', t.diamondUnknown, sym({ shape: 'diamond', innerText: '?' }), 3]);
    else out.push(['diamond', t.diamond, sym({ shape: 'diamond' }), 2]);
  } else {
    out.push([
      s.shape,
      s.shape === 'square' ? t.square : t.circle,
      sym({ shape: s.shape }),
      s.shape === 'square' ? 0 : 1,
    ]);
  }
  // Ages and counts are both numbers inside a symbol; only the unknown count "n" is unambiguous.
  if (s.innerText === 'n') out.push(['count', t.count, sym({ shape: 'diamond', innerText: 'n' }), 9]);
  if (s.innerText === 'D') out.push(['donor', t.donor, sym({ innerText: 'D' }), 13]);
  if (s.innerText === 'S') out.push(['surrogate', t.surrogate, sym({ shape: 'circle', innerText: 'S' }), 14]);
  if (s.deceased && !s.loss) {
    const slash = s.deceasedMark === 'slash';
    out.push([
      `deceased:${s.deceasedMark}`,
      slash ? t.deceasedSlash : t.deceasedCross,
      sym({ deceased: true, deceasedMark: s.deceasedMark }),
      4,
    ]);
  }
  if (s.vitalStatusUnknown && !s.deceased)
    out.push(['vital-unknown', t.vitalUnknown, sym({ vitalStatusUnknown: true }), 4.5]);
  if (s.isSubject) out.push(['subject', t.subject, sym({ isSubject: true }), 5]);
  if (s.isAdopted) out.push(['adopted', t.adopted, sym({ isAdopted: true }), 6]);
  if (s.yearAbove?.left || s.yearAbove?.right)
    out.push(['years', t.yearsAbove, sym({ yearAbove: { left: '80', right: '20' }, deceased: false }), 7]);
  return out;
}

/**
 * The key for one chart: only the symbols, lines, marks, badges and areas the layout uses, each
 * with a glyph and words. Deterministic: the same layout gives the same entries in the same order.
 *
 * @example
 * ```ts
 * const entries = legendEntries(layoutFamily(family), defaultLabels);
 * entries.map((e) => e.text); // ['Man or boy (square)', 'Woman or girl (circle)', 'Married …', …]
 * ```
 */
export function legendEntries(layout: FamilyLayout, labels: DrawingLabels): LegendEntry[] {
  const found = new Map<string, LegendEntry & { rank: number }>();
  const add = (group: LegendGroup, key: string, text: string, sample: LegendSample, rank: number) => {
    const full = `${group}:${key}`;
    if (!found.has(full)) found.set(full, { key: full, group, text, sample, rank });
  };
  for (const node of layout.nodes) {
    for (const [key, text, sample, rank] of symbolEntries(node.symbol, labels))
      add('symbols', key, text, sample, rank);
    node.badges.forEach((badge) => {
      const rank = BADGES.indexOf(badge.code);
      if (badge.code === 'status') {
        add(
          'badges',
          `status:${badge.text}`,
          `${badge.text}: ${labels.badgeMeanings.status}`,
          { kind: 'badge', badge },
          rank,
        );
      } else {
        add('badges', badge.code, labels.badgeMeanings[badge.code], { kind: 'badge', badge }, rank);
      }
    });
  }
  for (const c of layout.connectors) {
    if (c.style === 'twin-bar') {
      // A bar for identical twins; no bar but a "?" when nobody knows (drawn from the same token).
      const mz = c.d !== '';
      const zygosity = mz ? 'mz' : 'unknown';
      add(
        'lines',
        `twins:${zygosity}`,
        mz ? labels.lines['twin-bar'] : labels.lines['twin-unknown'],
        { kind: 'twins', zygosity },
        connectorStyles.indexOf(c.style),
      );
      continue;
    }
    const ics = c.style === 'partnership-cohabiting' && layout.notation === 'ics_uk';
    const text = ics ? labels.lines['partnership-cohabiting-ics'] : labels.lines[c.style];
    add('lines', c.style, text, { kind: 'line', style: c.style }, connectorStyles.indexOf(c.style));
    if (c.isDouble)
      add('lines', 'double', labels.consanguineous, { kind: 'line', style: c.style, isDouble: true }, 900);
    if (c.isPast)
      add('lines', 'past', labels.pastLine, { kind: 'line', style: 'descent-birth', isPast: true }, 901);
    // A caring line's » is part of the line's own entry, not a mark of its own.
    for (const m of c.marks)
      if (m.kind !== 'care')
        add('marks', m.kind, labels.marks[m.kind], { kind: 'mark', mark: m.kind }, MARKS.indexOf(m.kind));
  }
  if (layout.households.length > 0) add('areas', 'household', labels.household, { kind: 'household' }, 0);
  if (layout.households.some((h) => h.partTime.length > 0))
    add('areas', 'part-time', labels.partTime, { kind: 'part-time' }, 1);
  if (layout.agencies.length > 0) add('areas', 'agency', labels.agency, { kind: 'agency' }, 2);
  if (layout.agencies.some((a) => a.isLead))
    add('areas', 'agency-lead', labels.agencyLead, { kind: 'agency-lead' }, 3);
  return [...found.values()]
    .sort(
      (a, b) =>
        GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.rank - b.rank || a.key.localeCompare(b.key),
    )
    .map(({ rank: _rank, ...entry }) => entry);
}
