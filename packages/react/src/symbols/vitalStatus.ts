import type { FamilyLayout, SymbolDescriptor } from '@kinmap/layout';
import type { Family } from '@kinmap/model';

/**
 * A symbol descriptor with the one fact the layout does not carry yet: the person's vital status is
 * not known ("not known whether alive"). Drawn as a small "?" mark at the top right of the symbol.
 */
export type DrawnSymbol = SymbolDescriptor & { vitalStatusUnknown?: boolean };

/**
 * The layout with `vitalStatusUnknown` set on the symbols of people whose vital status is `unknown`.
 * Returns the same layout object when nobody's vital status is unknown. Pure: makes new nodes.
 */
export function withVitalStatus(layout: FamilyLayout, family: Family): FamilyLayout {
  const unknown = new Set(family.people.filter((p) => p.vitalStatus === 'unknown').map((p) => p.id));
  if (!layout.nodes.some((n) => unknown.has(n.id))) return layout;
  return {
    ...layout,
    nodes: layout.nodes.map((node) =>
      unknown.has(node.id)
        ? { ...node, symbol: { ...node.symbol, vitalStatusUnknown: true } as DrawnSymbol }
        : node,
    ),
  };
}
