import type { PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import type { FamilyLayout } from '../types.ts';
import { placeInOrder } from './isotonic.ts';
import { keepPrevious } from './keepPrevious.ts';
import type { Structure } from './tree.ts';
import type { Work } from './work.ts';

/**
 * Horizontal placement, our own pass. Rows keep the order `orderRows` gave them; within that order
 * each unit is placed as close as possible to where its relatives want it (children centred under
 * their parents' stem, parents centred over their children), never closer to a neighbour than the
 * minimum gap. Alternating up and down sweeps, each an exact least-squares fit per row (linear time).
 * Returns the x of each unit's first member. With a `previous` layout, see `keepPrevious`.
 */
export function place(
  structure: Structure,
  rows: number[][],
  options: ResolvedOptions,
  work: Work,
  halfWidth: (id: PersonId) => number,
  previous?: FamilyLayout,
  sweeps = 5,
): number[] {
  const { units, offsets, anchors, treeParent, treeChildren, unitOf, attach, elbowChildren } = structure;
  const width = offsets.map((o) => o[o.length - 1] ?? 0);
  const attachOffset = units.map((u) => {
    const i = u.members.indexOf(attach[u.index] as never);
    return i >= 0 ? ((offsets[u.index] as number[])[i] as number) : 0;
  });
  const x = new Array<number>(units.length).fill(0);
  const gapsOf = (row: number[]) =>
    row.map((u, i) => {
      const next = row[i + 1];
      if (next === undefined) return 0;
      const siblings = treeParent[u] !== undefined && treeParent[u] === treeParent[next];
      // Wide badge rows under the neighbours push them apart, so badges never overlap.
      const a = units[u]?.members[units[u].members.length - 1];
      const b = units[next]?.members[0];
      const needed = (a ? halfWidth(a) : 0) + (b ? halfWidth(b) : 0) + options.s * 0.1;
      return (width[u] as number) + Math.max(siblings ? options.siblingGap : options.unitGap, needed);
    });
  const rowGaps = rows.map(gapsOf);
  rows.forEach((row, r) => {
    const placed = placeInOrder(
      row.map(() => 0),
      rowGaps[r] as number[],
    );
    row.forEach((u, i) => (x[u] = placed[i] as number));
  });
  // Where each child unit sits inside its sibship when the sibship is packed tight.
  const sibshipOffset = new Array<number>(units.length).fill(0);
  const sibshipCentre = new Map<string, number>();
  for (const [key, kids] of treeChildren) {
    let cursor = 0;
    let first = 0;
    let last = 0;
    kids.forEach((child, i) => {
      const u = unitOf.get(child) as number;
      sibshipOffset[u] = cursor;
      const a = cursor + (attachOffset[u] as number);
      if (i === 0) first = a;
      last = a;
      cursor += (width[u] as number) + options.siblingGap;
    });
    sibshipCentre.set(key, (first + last) / 2);
  }
  const couplesOf: string[][] = units.map(() => []);
  for (const [key, anchor] of anchors) if (treeChildren.has(key)) couplesOf[anchor.unit]?.push(key);
  // Parents whose only children on the chart sit beside a partner elsewhere (an in-law's parents)
  // are placed over those children, so the elbows down to them stay short and cross little.
  const elbowsOf: string[][] = units.map(() => []);
  for (const [key, anchor] of anchors)
    if (!treeChildren.has(key) && elbowChildren.has(key)) elbowsOf[anchor.unit]?.push(key);
  const personX = (child: PersonId) => {
    const cu = unitOf.get(child) as number;
    const i = (units[cu]?.members ?? []).indexOf(child);
    return (x[cu] as number) + ((offsets[cu] as number[])[i] ?? 0);
  };
  const anchorX = (key: string) => {
    const a = anchors.get(key);
    return a ? (x[a.unit] as number) + a.dx : 0;
  };
  const down = (u: number) => {
    const key = treeParent[u];
    if (key === undefined) return x[u] as number;
    return anchorX(key) - (sibshipCentre.get(key) ?? 0) + (sibshipOffset[u] as number);
  };
  /** Where a child's unit attaches to the line from its parents. */
  const attachAt = (child: string) => {
    const cu = unitOf.get(child as never) as number;
    return (x[cu] as number) + (attachOffset[cu] as number);
  };
  const up = (u: number) => {
    const keys = couplesOf[u] ?? [];
    if (keys.length === 0) {
      const elbows = elbowsOf[u] ?? [];
      if (elbows.length === 0) return x[u] as number;
      let sum = 0;
      let count = 0;
      for (const key of elbows)
        for (const child of elbowChildren.get(key) ?? []) {
          sum += personX(child) - (anchors.get(key)?.dx ?? 0);
          count += 1;
        }
      return sum / count;
    }
    let sum = 0;
    for (const key of keys) {
      const kids = treeChildren.get(key) ?? [];
      const mid = (attachAt(kids[0] as string) + attachAt(kids[kids.length - 1] as string)) / 2;
      sum += mid - (anchors.get(key)?.dx ?? 0);
    }
    return sum / keys.length;
  };
  // Every in-law's parents (any unit with an elbow down to a child beside a partner): their stem
  // stays beyond the middle of that couple, on the in-law's side, so the elbow does not cross the
  // partner's own line down or the line of the sibship the partner is in. Kept in the last sweep
  // only, once the rows have settled, so the push does not spread through the other rows' fits
  // (every sweep: a fresh edit of 200 people moved someone 542 units, against 242).
  const elbowBounds: { unit: number; key: string; child: PersonId; partner: PersonId }[] = [];
  for (const [key, kids] of elbowChildren) {
    const unit = anchors.get(key)?.unit;
    if (unit === undefined) continue;
    for (const child of kids) {
      const partner = attach[unitOf.get(child) as number];
      if (partner !== undefined && partner !== child) elbowBounds.push({ unit, key, child, partner });
    }
  }
  const boundsOfRow = rows.map(() => [] as (typeof elbowBounds)[number][]);
  const rowOf = new Array<number>(units.length).fill(0);
  rows.forEach((row, r) => row.forEach((u) => (rowOf[u] = r)));
  for (const b of elbowBounds) boundsOfRow[rowOf[b.unit] as number]?.push(b);
  const at = new Array<number>(units.length).fill(-1);
  const sweep = (r: number, target: (u: number) => number, last: boolean) => {
    const row = rows[r] as number[];
    work.add(row.length);
    const gaps = rowGaps[r] as number[];
    const placed = placeInOrder(row.map(target), gaps);
    const bounds = boundsOfRow[r] as (typeof elbowBounds)[number][];
    if (last && bounds.length > 0) {
      row.forEach((u, i) => (at[u] = i));
      const lo = new Array<number>(row.length).fill(-Infinity);
      const hi = new Array<number>(row.length).fill(Infinity);
      for (const { unit, key, child, partner } of bounds) {
        const c = personX(child);
        const p = personX(partner);
        const bound = (c + p) / 2 - (anchors.get(key)?.dx ?? 0);
        const i = at[unit] as number;
        if (c > p) lo[i] = Math.max(lo[i] as number, bound);
        else hi[i] = Math.min(hi[i] as number, bound);
      }
      // Pushed past the bound, and the neighbours beyond pushed along to keep their gaps.
      for (let i = 0; i < row.length; i += 1) {
        let v = Math.max(placed[i] as number, lo[i] as number);
        if (i > 0) v = Math.max(v, (placed[i - 1] as number) + (gaps[i - 1] as number));
        placed[i] = v;
      }
      for (let i = row.length - 1; i >= 0; i -= 1) {
        let v = Math.min(placed[i] as number, hi[i] as number);
        if (i < row.length - 1) v = Math.min(v, (placed[i + 1] as number) - (gaps[i] as number));
        placed[i] = v;
      }
    }
    row.forEach((u, i) => (x[u] = placed[i] as number));
  };
  for (let s = 0; s < sweeps; s += 1) {
    const last = s === sweeps - 1;
    if (s % 2 === 0) for (let r = rows.length - 2; r >= 0; r -= 1) sweep(r, up, last);
    else for (let r = 1; r < rows.length; r += 1) sweep(r, down, last);
  }
  if (previous) {
    keepPrevious(structure, rows, rowGaps, x);
    return x;
  }
  // x = 0 is the middle of the chart, so growth on one side is shared by both sides.
  let lo = Infinity;
  let hi = -Infinity;
  for (const u of units) {
    lo = Math.min(lo, x[u.index] as number);
    hi = Math.max(hi, (x[u.index] as number) + (width[u.index] as number));
  }
  const centre = lo === Infinity ? 0 : (lo + hi) / 2;
  for (let i = 0; i < x.length; i += 1) x[i] = (x[i] as number) - centre;
  return x;
}
