// The only file that imports @dagrejs/dagre. Everything else sees plain nodes, edges and positions.
// Named imports, not the default object: the default holds dagre's debug and util helpers and every
// graphlib algorithm, which a bundler then cannot leave out.
import { Graph, layout } from '@dagrejs/dagre';

export interface DagreNode {
  id: string;
  width: number;
  height: number;
}

export interface DagreEdge {
  from: string;
  to: string;
  /** Rows the edge must span (default 1). */
  minlen?: number;
  /** How hard dagre pulls the two ends together (default 1). */
  weight?: number;
}

export interface DagreOptions {
  nodesep: number;
  ranksep: number;
  rankdir?: 'TB' | 'LR';
  /**
   * Only the rows matter: skip dagre's crossing minimisation (each row keeps insertion order),
   * which is most of its time. Positions across a row are then meaningless.
   */
  rankOnly?: boolean;
}

/** Gives each node its insertion position within its rank: dagre's ordering step, done in one pass. */
function keepInsertionOrder(graph: Graph): void {
  const next = new Map<number, number>();
  for (const v of graph.nodes()) {
    const node = graph.node(v) as { rank?: number; order?: number };
    const rank = node.rank ?? 0;
    node.order = next.get(rank) ?? 0;
    next.set(rank, node.order + 1);
  }
}

/**
 * Lays out a small directed graph with dagre (network-simplex ranking, barycentre crossing
 * minimisation, Brandes–Köpf positions) and returns each node's centre. Nodes and edges are added in
 * the order given, so the result is deterministic.
 */
export function runDagre(
  nodes: readonly DagreNode[],
  edges: readonly DagreEdge[],
  options: DagreOptions,
): Map<string, { x: number; y: number }> {
  const g = new Graph({ multigraph: false });
  g.setGraph({ nodesep: options.nodesep, ranksep: options.ranksep, rankdir: options.rankdir ?? 'TB' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges)
    if (e.from !== e.to) g.setEdge(e.from, e.to, { minlen: e.minlen ?? 1, weight: e.weight ?? 1 });
  if (options.rankOnly) layout(g, { customOrder: keepInsertionOrder, disableOptimalOrderHeuristic: true });
  else layout(g);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const placed = g.node(n.id) as { x?: number; y?: number } | undefined;
    out.set(n.id, { x: placed?.x ?? 0, y: placed?.y ?? 0 });
  }
  return out;
}
