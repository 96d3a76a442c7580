import type { FamilyIndex } from './buildIndex.ts';
import type { Unit } from './units.ts';
import type { PersonId } from '@kinmap/model';

/**
 * Assigns a generation row to every unit: parents above children (longest path from the top),
 * partners on one row (they share a unit). A birth-link cycle is cut at the unit met first in
 * document order. Units with no parents on the chart are then pulled down to sit just above
 * their highest child, so in-laws' parents are drawn one row above the in-law, not at the top.
 */
export function assignGenerations(
  units: Unit[],
  unitOf: Map<PersonId, number>,
  index: FamilyIndex,
): number[] {
  const n = units.length;
  const children: number[][] = units.map(() => []);
  const parents: number[][] = units.map(() => []);
  for (const link of index.links) {
    const p = unitOf.get(link.parent);
    const c = unitOf.get(link.child);
    if (p === undefined || c === undefined || p === c) continue;
    children[p]?.push(c);
    parents[c]?.push(p);
  }
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
      for (const c of children[u] ?? []) {
        if (done[c]) continue;
        gen[c] = Math.max(gen[c] as number, (gen[u] as number) + 1);
        indegree[c] = (indegree[c] as number) - 1;
        if (indegree[c] === 0) next.push(c);
      }
    }
    queue = next;
  }
  // Pull childless-parent roots down towards their children (reverse topological order).
  for (let i = topo.length - 1; i >= 0; i -= 1) {
    const u = topo[i] as number;
    if ((parents[u]?.length ?? 0) > 0) continue;
    let lowest = Infinity;
    for (const c of children[u] ?? []) lowest = Math.min(lowest, gen[c] as number);
    if (lowest !== Infinity && lowest - 1 > (gen[u] as number)) gen[u] = lowest - 1;
  }
  const min = Math.min(0, ...gen);
  return gen.map((g) => g - min);
}
