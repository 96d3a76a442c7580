// Baselines: the same family through raw @dagrejs/dagre. bench/ is not a package, so dagre is
// resolved from @kinmap/layout's dependencies (the same copy the layout uses).
import { createRequire } from 'node:module';
import type { Family } from '@kinmap/model';

interface Graph {
  setGraph(label: object): void;
  setDefaultEdgeLabel(fn: () => object): void;
  setNode(id: string, label: object): void;
  setEdge(from: string, to: string, label?: object): void;
  node(id: string): { x: number; y: number };
}
interface Dagre {
  graphlib: { Graph: new (options?: object) => Graph };
  layout(g: Graph): void;
}

const require = createRequire(new URL('../packages/layout/package.json', import.meta.url));
const dagre = require('@dagrejs/dagre') as Dagre;

/**
 * A node per person and per partnership; partners → partnership node → children; other links go
 * straight from parent to child. Returns the centre of every node.
 */
export function rawDagreLayout(family: Family, symbolSize = 40): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ nodesep: symbolSize * 0.5, ranksep: symbolSize * 2 });
  g.setDefaultEdgeLabel(() => ({}));
  const people = new Set(family.people.map((p) => p.id));
  for (const p of family.people) g.setNode(p.id, { width: symbolSize * 1.5, height: symbolSize });
  const partnerships = new Set<string>();
  for (const p of family.partnerships) {
    if (!people.has(p.partners[0]) || !people.has(p.partners[1]) || p.partners[0] === p.partners[1]) continue;
    partnerships.add(p.id);
    g.setNode(p.id, { width: 1, height: 1 });
    g.setEdge(p.partners[0], p.id);
    g.setEdge(p.partners[1], p.id);
  }
  for (const l of family.parentChildLinks) {
    if (!people.has(l.parent) || !people.has(l.child) || l.parent === l.child) continue;
    if (l.partnership && partnerships.has(l.partnership)) g.setEdge(l.partnership, l.child);
    else g.setEdge(l.parent, l.child);
  }
  dagre.layout(g);
  const out = new Map<string, { x: number; y: number }>();
  for (const id of [...people, ...partnerships]) out.set(id, g.node(id));
  return out;
}
