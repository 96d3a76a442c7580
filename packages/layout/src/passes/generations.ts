import type { PersonId } from '@kinmap/model';
import type { FamilyIndex } from './buildIndex.ts';
import type { CoupleTable } from './couples.ts';
import { DAGRE_RANK_MAX_UNITS, rankWithDagre, stretch } from './rankWithDagre.ts';
import type { Unit } from './units.ts';
import type { Work } from './work.ts';
import { append } from './append.ts';

/** The couple (and unit) each unit hangs under in the spanning forest, chosen for a given ranking. */
export function chooseTreeParents(
  units: Unit[],
  unitOf: Map<PersonId, number>,
  gen: number[],
  table: CoupleTable,
  index: FamilyIndex,
): { couple: (string | undefined)[]; parentUnit: (number | undefined)[]; attach: (PersonId | undefined)[] } {
  const couple: (string | undefined)[] = units.map(() => undefined);
  const parentUnit: (number | undefined)[] = units.map(() => undefined);
  const attach: (PersonId | undefined)[] = units.map(() => undefined);
  const partners = (id: PersonId) => index.partnershipsOf.get(id)?.length ?? 0;
  for (const unit of units) {
    // The unit hangs under the parents of its hub (the member with most partners: the others are
    // their partners, drawn beside them), then of the others in document order.
    const byOrder = [...unit.members].sort(
      (a, b) => partners(b) - partners(a) || (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0),
    );
    for (const m of byOrder) {
      const group = table.primary.get(m);
      const parents = group && table.couples.get(group.couple)?.parents;
      const p = parents && unitOf.get(parents[0] as PersonId);
      if (p === undefined || (gen[p] as number) >= (gen[unit.index] as number)) continue;
      couple[unit.index] = group?.couple;
      parentUnit[unit.index] = p;
      attach[unit.index] = m;
      break;
    }
  }
  return { couple, parentUnit, attach };
}

function topologicalRanks(
  units: Unit[],
  children: number[][],
  parents: number[][],
  work: Work,
): { gen: number[]; topo: number[] } {
  const n = units.length;
  const indegree = parents.map((list) => list.length);
  const gen = new Array<number>(n).fill(0);
  const done = new Array<boolean>(n).fill(false);
  const topo: number[] = [];
  const byOrder = units.map((u) => u.index).sort((a, b) => (units[a]?.order ?? 0) - (units[b]?.order ?? 0));
  let queue = byOrder.filter((u) => indegree[u] === 0);
  let cursor = 0;
  while (topo.length < n) {
    if (queue.length === 0) {
      // Only a cycle is left: cut it at the first unfinished unit in document order.
      while (cursor < byOrder.length && done[byOrder[cursor] as number]) cursor += 1;
      queue = [byOrder[cursor] as number];
    }
    const next: number[] = [];
    for (const u of queue) {
      if (done[u]) continue;
      done[u] = true;
      topo.push(u);
      work.add((children[u]?.length ?? 0) + 1);
      for (const c of children[u] ?? []) {
        if (done[c]) continue;
        gen[c] = Math.max(gen[c] as number, (gen[u] as number) + 1);
        indegree[c] = (indegree[c] as number) - 1;
        if (indegree[c] === 0) next.push(c);
      }
    }
    queue = next;
  }
  return { gen, topo };
}

/**
 * Assigns a generation row to every unit (partners share a unit, so they share a row).
 * 1. Longest path from the top over all parent–child links; a birth-link cycle is cut at the unit
 *    met first in document order.
 * 2. The family splits into trees (each unit under one couple). Inside a tree, children sit exactly
 *    one row below their parents. Trees joined by a marriage are shifted so the in-law's parents sit
 *    one row above the in-law (not at the top of the chart), siblings included.
 * 3. Any link still pointing upwards or sideways is fixed by pushing the child down (cycles aside).
 */
export function assignGenerations(
  units: Unit[],
  unitOf: Map<PersonId, number>,
  index: FamilyIndex,
  table: CoupleTable,
  work: Work,
  useDagre = true,
): number[] {
  const children: number[][] = units.map(() => []);
  const parents: number[][] = units.map(() => []);
  for (const link of index.links) {
    const p = unitOf.get(link.parent);
    const c = unitOf.get(link.child);
    if (p === undefined || c === undefined || p === c) continue;
    children[p]?.push(c);
    parents[c]?.push(p);
  }
  const { gen: first, topo } = topologicalRanks(units, children, parents, work);
  const forest = chooseTreeParents(units, unitOf, first, table, index);
  // Depth inside each tree, processed in rank order so parents come first.
  const byRank = units
    .map((u) => u.index)
    .sort((a, b) => (first[a] as number) - (first[b] as number) || a - b);
  const depth = new Array<number>(units.length).fill(0);
  const tree = units.map((u) => u.index);
  for (const u of byRank) {
    const p = forest.parentUnit[u];
    if (p === undefined) continue;
    depth[u] = (depth[p] as number) + 1;
    tree[u] = tree[p] as number;
  }
  // Offsets of trees: breadth-first over the marriages that join them, biggest tree first.
  const joins = new Map<number, { other: number; delta: number }[]>();
  const addJoin = (a: number, b: number, delta: number) => {
    append(joins, a, { other: b, delta });
    append(joins, b, { other: a, delta: -delta });
  };
  for (const unit of units) {
    for (const m of unit.members) {
      const group = table.primary.get(m);
      const parentsOf = group && table.couples.get(group.couple)?.parents;
      const p = parentsOf && unitOf.get(parentsOf[0] as PersonId);
      if (p === undefined || tree[p] === tree[unit.index]) continue;
      // offset(tree p) + depth(p) + 1 = offset(tree u) + depth(u)
      addJoin(
        tree[unit.index] as number,
        tree[p] as number,
        (depth[unit.index] as number) - (depth[p] as number) - 1,
      );
    }
  }
  const size = new Map<number, number>();
  for (const t of tree) size.set(t, (size.get(t) ?? 0) + 1);
  const roots = [...size.keys()].sort(
    (a, b) =>
      (size.get(b) as number) - (size.get(a) as number) || (units[a]?.order ?? 0) - (units[b]?.order ?? 0),
  );
  const offset = new Map<number, number>();
  for (const root of roots) {
    if (offset.has(root)) continue;
    offset.set(root, 0);
    const queue = [root];
    for (let i = 0; i < queue.length; i += 1) {
      const t = queue[i] as number;
      for (const { other, delta } of joins.get(t) ?? []) {
        if (offset.has(other)) continue;
        offset.set(other, (offset.get(t) as number) + delta);
        queue.push(other);
      }
    }
  }
  const gen = units.map((u) => (offset.get(tree[u.index] as number) ?? 0) + (depth[u.index] as number));
  // Hard rule: a child is below every parent (except across a cut cycle).
  const position = new Array<number>(units.length);
  topo.forEach((u, i) => (position[u] = i));
  for (const u of topo)
    for (const c of children[u] ?? [])
      if ((position[c] as number) > (position[u] as number) && (gen[c] as number) <= (gen[u] as number))
        gen[c] = (gen[u] as number) + 1;
  if (useDagre) refineWithDagre(units, children, position, gen, work);
  let min = Infinity;
  for (const g of gen) if (g < min) min = g;
  return gen.map((g) => g - (min === Infinity ? 0 : min));
}

/**
 * Where a small component still has lines spanning more than one row (someone married across
 * generations, or two families joined twice), let dagre's network simplex rank it and keep dagre's
 * ranks when they stretch lines less. Changes `gen` in place.
 */
function refineWithDagre(
  units: Unit[],
  children: number[][],
  position: number[],
  gen: number[],
  work: Work,
): void {
  const n = units.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) a = parent[a] = parent[parent[a] as number] as number;
    return a;
  };
  const edges: [number, number][] = [];
  const seen = new Set<number>();
  children.forEach((list, p) => {
    for (const c of list) {
      const key = p * n + c;
      if (seen.has(key) || (position[c] as number) < (position[p] as number)) continue;
      seen.add(key);
      edges.push([p, c]);
      parent[find(c)] = find(p);
    }
  });
  const stretched = new Set<number>();
  for (const [p, c] of edges) if ((gen[c] as number) - (gen[p] as number) > 1) stretched.add(find(p));
  if (stretched.size === 0) return;
  const members = new Map<number, number[]>();
  for (let u = 0; u < n; u += 1) if (stretched.has(find(u))) append(members, find(u), u);
  for (const [root, list] of members) {
    if (list.length > DAGRE_RANK_MAX_UNITS) continue;
    const own = edges.filter(([p]) => find(p) === root);
    // dagre's ranking (network simplex) on a component of at most DAGRE_RANK_MAX_UNITS units.
    work.add(list.length * (own.length + 1));
    const ranks = rankWithDagre(list, own);
    const candidate = [...gen];
    const base = Math.min(...list.map((u) => gen[u] as number));
    for (const u of list) candidate[u] = base + (ranks.get(u) ?? 0);
    const valid = own.every(([p, c]) => (candidate[c] as number) > (candidate[p] as number));
    if (valid && stretch(own, candidate) < stretch(own, gen))
      for (const u of list) gen[u] = candidate[u] as number;
  }
}
