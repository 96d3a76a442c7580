import { placeNearPrevious } from './nearPrevious.ts';
import type { Structure } from './tree.ts';

/**
 * Incremental placement (the `previous` option). `x` holds the fresh placement; this overwrites it.
 * Every unit with someone on the previous layout aims for where they were. A new unit keeps its
 * fresh offset from the nearest relative who was there before, in this order: a sibling (so a new
 * child lands next to its brothers and sisters), its parents, its children, its neighbour on the
 * row; else it moves with the median shift between the fresh and the previous layout. Rows are then
 * placed top down by `placeNearPrevious`: a row that needs room splits it between both sides, and
 * rows the edit did not touch stay exactly where they were.
 */
export function keepPrevious(structure: Structure, rows: number[][], rowGaps: number[][], x: number[]): void {
  const { units, treeParent, treeChildren, anchors, unitOf } = structure;
  const fresh = x.slice();
  // Where the unit's first member was, read from any member on the previous layout (buildStructure).
  const target = structure.wasX;
  const known = (u: number | undefined): u is number => u !== undefined && target[u] !== undefined;
  const shifts = units
    .filter((u) => known(u.index))
    .map((u) => (target[u.index] as number) - (fresh[u.index] as number))
    .sort((a, b) => a - b);
  const median = shifts.length > 0 ? (shifts[Math.floor((shifts.length - 1) / 2)] as number) : 0;
  const childUnits = units.map(() => [] as number[]);
  for (const [key, kids] of treeChildren) {
    const parent = anchors.get(key)?.unit;
    if (parent !== undefined) for (const k of kids) childUnits[parent]?.push(unitOf.get(k) as number);
  }
  const done = new Array<boolean>(units.length).fill(false);
  /** How far a placed or remembered relative moved from its fresh place. */
  const moved = (u: number) => (done[u] ? (x[u] as number) : (target[u] as number)) - (fresh[u] as number);
  const shiftOf = (u: number, row: number[], at: number): number => {
    const key = treeParent[u];
    const sibs = key === undefined ? [] : (treeChildren.get(key) ?? []).map((c) => unitOf.get(c) as number);
    const me = sibs.indexOf(u);
    const sibling = sibs
      .filter(known)
      .sort((a, b) => Math.abs(sibs.indexOf(a) - me) - Math.abs(sibs.indexOf(b) - me) || a - b)[0];
    if (sibling !== undefined) return moved(sibling);
    const parent = key === undefined ? undefined : anchors.get(key)?.unit;
    if (parent !== undefined && done[parent]) return moved(parent);
    const child = (childUnits[u] ?? []).find(known);
    if (child !== undefined) return moved(child);
    for (let d = 1; d < row.length; d += 1) {
      if (known(row[at - d])) return moved(row[at - d] as number);
      if (known(row[at + d])) return moved(row[at + d] as number);
    }
    return median;
  };
  rows.forEach((row, r) => {
    const targets = row.map((u, i) => target[u] ?? (fresh[u] as number) + shiftOf(u, row, i));
    const placed = placeNearPrevious(targets, row.map(known), rowGaps[r] as number[]);
    row.forEach((u, i) => {
      x[u] = placed[i] as number;
      done[u] = true;
    });
  });
}
