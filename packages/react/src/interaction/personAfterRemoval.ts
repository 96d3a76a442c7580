import type { Family, PersonId } from '@kinmap/model';
import type { FamilyLayout } from '@kinmap/layout';
import { nextPersonInDirection, readingOrder, type Direction } from './nextPersonInDirection.ts';

const PREFERENCE: readonly Direction[] = ['right', 'left', 'up', 'down'];

/**
 * Where keyboard focus goes when person `id` is removed from the chart: the partner or sibling to the
 * right, else to the left, else a parent, else a child (as the arrow keys would move), else the next
 * person in reading order. Computed on the layout BEFORE the removal.
 *
 * @returns The person to focus, or `undefined` when `id` was the only person drawn.
 * @example
 * const next = personAfterRemoval(family, layout, amy); // Sam, her partner on the right
 */
export function personAfterRemoval(family: Family, layout: FamilyLayout, id: PersonId): PersonId | undefined {
  for (const direction of PREFERENCE) {
    const target = nextPersonInDirection(family, layout, id, direction);
    if (target !== undefined && target !== id) return target;
  }
  const order = readingOrder(layout);
  const index = order.indexOf(id);
  return index < 0 ? order[0] : (order[index + 1] ?? order[index - 1]);
}
