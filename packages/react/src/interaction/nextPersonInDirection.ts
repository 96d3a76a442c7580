import type { Family, PersonId } from '@kinmap/model';
import type { FamilyLayout, PersonNode } from '@kinmap/layout';
import { relativesOf } from '../a11y/familyFacts.ts';

/** An arrow-key direction on the chart. */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** Nearest horizontally to `from`; ties go to the left, then to the nearer row, then by id. */
function nearest(from: PersonNode, candidates: PersonNode[]): PersonNode | undefined {
  return [...candidates].sort(
    (a, b) =>
      Math.abs(a.x - from.x) - Math.abs(b.x - from.x) ||
      a.x - b.x ||
      Math.abs(a.y - from.y) - Math.abs(b.y - from.y) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0];
}

function isOnSide(from: PersonNode, node: PersonNode, side: 'left' | 'right'): boolean {
  return side === 'left' ? node.x < from.x : node.x > from.x;
}

/** Nodes on the nearest row above (`up`) or below (`down`), or on the same row to one side. */
function spatialFallback(from: PersonNode, nodes: PersonNode[], direction: Direction): PersonNode[] {
  if (direction === 'left' || direction === 'right') {
    return nodes.filter((n) => n.generation === from.generation && isOnSide(from, n, direction));
  }
  const rows = nodes
    .filter(
      (n) =>
        n.id !== from.id &&
        (direction === 'up' ? n.generation < from.generation : n.generation > from.generation),
    )
    .map((n) => n.generation);
  if (rows.length === 0) return [];
  const row = direction === 'up' ? Math.max(...rows) : Math.min(...rows);
  return nodes.filter((n) => n.generation === row);
}

/**
 * Where an arrow key moves the focus from one person on the chart: ↑ to a parent, ↓ to a child,
 * ← and → to a partner or sibling on that side. With several, the one nearest horizontally wins (ties
 * go to the left). When there is no relative that way, it moves to the nearest person on the next row
 * up or down, or on the same row to that side, so a keyboard user can reach everyone on the chart.
 *
 * Pure: reads the family for relationships and the layout for positions; people not drawn on the
 * layout are skipped.
 *
 * @param family - The family (relationships).
 * @param layout - The drawn layout (positions and rows).
 * @param fromId - The person with focus.
 * @param direction - The arrow pressed.
 * @returns The person to focus next, or `undefined` to stay put.
 * @example
 * nextPersonInDirection(family, layout, leo, 'up'); // Leo's parent nearest above him
 * nextPersonInDirection(family, layout, amy, 'right'); // Amy's partner or sibling to her right
 */
export function nextPersonInDirection(
  family: Family,
  layout: FamilyLayout,
  fromId: PersonId,
  direction: Direction,
): PersonId | undefined {
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const from = byId.get(fromId);
  if (!from) return undefined;
  const relatives = relativesOf(family, fromId);
  const ids =
    direction === 'up'
      ? relatives.parents
      : direction === 'down'
        ? relatives.children
        : [...relatives.partners, ...relatives.siblings];
  const drawn = ids.flatMap((id) => {
    const node = byId.get(id);
    return node && node.id !== fromId ? [node] : [];
  });
  // Parents and children count whatever their position; partners and siblings only on the pressed side.
  const candidates =
    direction === 'left' || direction === 'right' ? drawn.filter((n) => isOnSide(from, n, direction)) : drawn;
  const chosen = nearest(from, candidates) ?? nearest(from, spatialFallback(from, layout.nodes, direction));
  return chosen?.id;
}

/**
 * The order Tab and Home/End use: by row, then left to right.
 *
 * @example
 * readingOrder(layout)[0]; // the leftmost person on the top row
 */
export function readingOrder(layout: FamilyLayout): PersonId[] {
  return [...layout.nodes]
    .sort((a, b) => a.generation - b.generation || a.x - b.x || a.y - b.y)
    .map((n) => n.id);
}
