import { runDagre } from '../dagre/runDagre.ts';

/** Components up to this many units are re-ranked with dagre when our ranking stretches lines. */
export const DAGRE_RANK_MAX_UNITS = 40;

/** Rows a set of parent→child unit edges span beyond the one they need (0 when every line is one row). */
export function stretch(edges: readonly [number, number][], gen: readonly number[]): number {
  let total = 0;
  for (const [p, c] of edges) total += Math.max(0, (gen[c] as number) - (gen[p] as number) - 1);
  return total;
}

/**
 * Ranks one component with dagre's network simplex, which minimises the total length of
 * parent–child lines. Partners share a unit, so they share a rank. Returns ranks from 0.
 */
export function rankWithDagre(
  units: readonly number[],
  edges: readonly [number, number][],
): Map<number, number> {
  const at = runDagre(
    units.map((u) => ({ id: String(u), width: 1, height: 1 })),
    edges.map(([p, c]) => ({ from: String(p), to: String(c) })),
    { nodesep: 1, ranksep: 1, rankOnly: true },
  );
  let min = Infinity;
  for (const { y } of at.values()) min = Math.min(min, y);
  const ranks = new Map<number, number>();
  for (const u of units) ranks.set(u, Math.round(((at.get(String(u))?.y ?? min) - min) / 2));
  return ranks;
}
