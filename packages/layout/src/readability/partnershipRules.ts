import type { Family } from '@kinmap/model';
import type { FamilyLayout, PersonNode } from '../types.ts';
import type { Line } from './scene.ts';
import type { Tally } from './tally.ts';

/** Partnerships drawn with a line: both partners on the chart, and not a conception through violence. */
function drawnPartnerships(family: Family, nodes: Map<string, PersonNode>) {
  return family.partnerships.filter(
    (p) =>
      p.kind !== 'conception_through_sexual_violence' && nodes.has(p.partners[0]) && nodes.has(p.partners[1]),
  );
}

/**
 * Rule 1: a partnership line above the top of its partners' symbols (that is where the lines from
 * their parents arrive), and partners not side by side (on different rows, or with someone between
 * them) although each has at most two partnerships, so a chain could seat them together.
 */
export function countPartnershipPlacement(
  layout: FamilyLayout,
  family: Family,
  lines: Line[],
  tally: Tally,
): void {
  const nodes = new Map(layout.nodes.map((n) => [n.id as string, n]));
  const drawn = drawnPartnerships(family, nodes);
  const count = new Map<string, number>();
  for (const p of drawn) for (const id of p.partners) count.set(id, (count.get(id) ?? 0) + 1);
  const partners = new Map(drawn.map((p) => [p.id as string, p.partners]));

  for (const line of lines) {
    const ref = line.connector.ref;
    if (ref.kind !== 'partnership') continue;
    const pair = partners.get(ref.partnership);
    if (!pair) continue;
    const [a, b] = [nodes.get(pair[0]), nodes.get(pair[1])];
    if (!a || !b) continue;
    const top = Math.min(a.y - a.height / 2, b.y - b.height / 2);
    let highest = Infinity;
    for (const seg of line.segments) highest = Math.min(highest, seg.a.y, seg.b.y);
    if (highest < top - 1)
      tally.add(
        'partnershipsAboveRow',
        () => `${line.connector.id} rises ${Math.round(top - highest)} above its partners`,
      );
  }

  // Who sits on each row, by x, to find anyone between two partners.
  const rows = new Map<number, number[]>();
  for (const n of layout.nodes) {
    const key = Math.round(n.y);
    const row = rows.get(key);
    if (row) row.push(n.x);
    else rows.set(key, [n.x]);
  }
  for (const xs of rows.values()) xs.sort((m, n) => m - n);
  for (const p of drawn) {
    const [a, b] = [nodes.get(p.partners[0]) as PersonNode, nodes.get(p.partners[1]) as PersonNode];
    if ((count.get(a.id) ?? 0) > 2 || (count.get(b.id) ?? 0) > 2) continue;
    if (Math.abs(a.y - b.y) > 1) {
      tally.add('partnersApart', () => `${a.id} and ${b.id} (${p.id}) on different rows`);
      continue;
    }
    const [lo, hi] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const xs = rows.get(Math.round(a.y)) ?? [];
    const between = countBetween(xs, lo + 1, hi - 1);
    if (between > 0) tally.add('partnersApart', () => `${between} between ${a.id} and ${b.id} (${p.id})`);
  }
}

/** How many sorted values lie strictly between lo and hi. */
function countBetween(sorted: number[], lo: number, hi: number): number {
  // First index whose value is above `v` (or at least `v` when `orEqual`).
  const search = (v: number, orEqual: boolean) => {
    let [l, r] = [0, sorted.length];
    while (l < r) {
      const m = (l + r) >> 1;
      const x = sorted[m] as number;
      if (x < v || (!orEqual && x === v)) l = m + 1;
      else r = m;
    }
    return l;
  };
  return Math.max(0, search(hi, true) - search(lo, false));
}
