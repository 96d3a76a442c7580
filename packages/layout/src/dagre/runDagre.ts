// The only file that imports @dagrejs/dagre. Everything else sees plain nodes, edges and positions.
import dagre from '@dagrejs/dagre';

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
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ nodesep: options.nodesep, ranksep: options.ranksep, rankdir: options.rankdir ?? 'TB' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges)
    if (e.from !== e.to) g.setEdge(e.from, e.to, { minlen: e.minlen ?? 1, weight: e.weight ?? 1 });
  dagre.layout(g);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const placed = g.node(n.id) as { x?: number; y?: number } | undefined;
    out.set(n.id, { x: placed?.x ?? 0, y: placed?.y ?? 0 });
  }
  return out;
}
