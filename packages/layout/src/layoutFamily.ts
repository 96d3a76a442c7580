import type { Family, PersonId } from '@kinmap/model';
import { bridgePartnershipLines, placeRunLabels } from './connectors/bridges.ts';
import { descentConnectors } from './connectors/descentAll.ts';
import { relationshipConnectors } from './connectors/relationshipConnectors.ts';
import { relationshipLines } from './connectors/relationshipLines.ts';
import { partnershipConnector } from './connectors/partnership.ts';
import { skipLineDepths } from './connectors/skip.ts';
import { layoutEcomap } from './ecomap/layoutEcomap.ts';
import { householdOutlines } from './households/outline.ts';
import { textSpace } from './households/labelPlace.ts';
import { householdTethers } from './households/tethers.ts';
import { badgeRowWidth, badgesOfPeople } from './labels/badges.ts';
import { resolveOptions } from './options.ts';
import { bounds, unionBox } from './passes/bounds.ts';
import { buildIndex } from './passes/buildIndex.ts';
import { buildCouples } from './passes/couples.ts';
import { assignGenerations } from './passes/generations.ts';
import { buildNodes } from './passes/nodes.ts';
import { orderRows } from './passes/orderRows.ts';
import { place } from './passes/place.ts';
import { buildStructure } from './passes/tree.ts';
import { buildUnits } from './passes/units.ts';
import { stepBound, Work } from './passes/work.ts';
import type { Connector, FamilyLayout, LayoutOptions, PersonNode } from './types.ts';

/**
 * Lays out a family as a genogram: plain geometry a renderer draws without deciding anything.
 * Generations in rows, partners side by side, children oldest-left under their parents, twins from
 * one point, households as outlines, emotional relationships as curves, agencies on an ecomap ring.
 * Pure and deterministic: the same family and options give the same layout; the input is not changed.
 *
 * @example
 * import { layoutFamily } from '@kinmap/layout';
 * const layout = layoutFamily(family, { asAt: '2025-03-14', labelDetail: 'age' });
 * for (const node of layout.nodes) console.log(node.id, node.x, node.y, node.symbol.shape);
 * // layout.connectors[i].d is SVG path data; layout.bounds is the viewBox.
 */
export function layoutFamily(family: Family, options: LayoutOptions = {}): FamilyLayout {
  const opts = resolveOptions(family, options);
  const work = new Work();
  const index = buildIndex(family, opts);
  const table = buildCouples(index);
  const { units, unitOf } = buildUnits(index, table, work);
  const gen = assignGenerations(units, unitOf, index, table, work, opts.refineRows === 'dagre');
  const badgesOf = badgesOfPeople(family, index.people, opts.asAt, opts.words);
  // Half the width a person takes across a row: their name box, or their badges when wider.
  const halfWidth = (id: PersonId) => Math.max(opts.labelWidth, badgeRowWidth(badgesOf.get(id) ?? [])) / 2;
  const structure = buildStructure(units, unitOf, gen, table, index, opts, halfWidth, options.previous);
  const rows = orderRows(structure, table, work);
  const unitX = place(structure, rows, opts, work, halfWidth, options.previous);
  const nodes = buildNodes(family, index, structure, unitX, badgesOf, opts);
  const byId = new Map<PersonId, PersonNode>(nodes.map((node) => [node.id, node]));
  const skipDepths = skipLineDepths(structure, byId, opts);
  // Where each unit's children's stems drop, for the labels of lines that run across them.
  const stemsOfUnit = new Map<number, number[]>();
  for (const anchor of structure.anchors.values()) {
    const x = (unitX[anchor.unit] as number) + anchor.dx;
    const list = stemsOfUnit.get(anchor.unit);
    if (list) list.push(x);
    else stemsOfUnit.set(anchor.unit, [x]);
  }
  const connectors: Connector[] = [];
  for (const p of index.partnerships) {
    const a = byId.get(p.partners[0]);
    const b = byId.get(p.partners[1]);
    const anchor = structure.anchors.get(p.id);
    const stemX = anchor ? (unitX[anchor.unit] as number) + anchor.dx : 0;
    const stems = anchor?.kind === 'skip' ? (stemsOfUnit.get(anchor.unit) ?? []) : [];
    const c =
      a && b && anchor
        ? partnershipConnector(p, a, b, anchor, stemX, skipDepths.get(p.id), stems, opts)
        : undefined;
    if (c) connectors.push(c);
  }
  connectors.push(...descentConnectors(index, table, structure, unitX, byId, skipDepths, opts));
  placeRunLabels(connectors, nodes, opts);
  let households: FamilyLayout['households'] = [];
  if (index.households.length > 0) {
    const space = textSpace(nodes, connectors, opts);
    households = householdOutlines(index.households, byId, space, opts, work);
    connectors.push(...householdTethers(households, byId, space, opts));
  }
  bridgePartnershipLines(connectors, opts);
  // Which households each person belongs to: from the outlines, so dates are read once.
  const memberOf = new Map<PersonId, FamilyLayout['households'][number]['id'][]>();
  for (const h of households)
    for (const ids of [h.residents, h.partTime, h.visitors])
      for (const id of ids) {
        const list = memberOf.get(id);
        if (list) list.push(h.id);
        else memberOf.set(id, [h.id]);
      }
  const placed = nodes.map((node) => ({ ...node, households: memberOf.get(node.id) ?? [] }));
  const lines = relationshipLines(family, opts);
  if (lines.length > 0)
    connectors.push(...relationshipConnectors(lines, byId, opts, { connectors, households }));
  const structureBounds = bounds(placed, connectors, households, [], opts);
  const ecomap = layoutEcomap(family, byId, households, structureBounds, opts, connectors);
  connectors.push(...ecomap.connectors);
  const ecomapBounds = bounds([], ecomap.connectors, [], ecomap.agencies, opts, ecomap.ring);
  return {
    asAt: opts.asAt,
    notation: opts.notation,
    symbolSize: opts.s,
    nodes: placed,
    connectors,
    households,
    agencies: ecomap.agencies,
    ...(ecomap.ring ? { ecomapRing: ecomap.ring } : {}),
    bounds: ecomap.agencies.length > 0 ? unionBox(structureBounds, ecomapBounds) : structureBounds,
    work: {
      steps: work.steps,
      bound: stepBound(index.people.length, index.partnerships.length, index.links.length),
    },
  };
}
