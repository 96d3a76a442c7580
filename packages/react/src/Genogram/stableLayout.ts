import type { FamilyLayout } from '@kinmap/layout';

/** Structural equality for layout data: plain objects, arrays, strings, numbers, booleans. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The items of `next`, with each one that equals its namesake in `previous` replaced by that object. */
function reuse<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
): { items: T[]; reused: number } {
  const byId = new Map(previous.map((item) => [item.id, item]));
  let reused = 0;
  const items = next.map((item) => {
    const old = byId.get(item.id);
    if (old && same(old, item)) {
      reused++;
      return old;
    }
    return item;
  });
  return { items, reused };
}

/**
 * `next` with every person node, line, household and agency that did not change since `previous`
 * replaced by the object from `previous`, so components memoised on their node (`React.memo`) skip
 * everything an edit did not touch. The result is equal to `next`.
 *
 * @example
 * const drawn = stabiliseLayout(lastLayout, layoutFamily(editedFamily));
 * drawn.nodes[0] === lastLayout.nodes[0]; // true when that person's drawing did not change
 */
export function stabiliseLayout(previous: FamilyLayout | undefined, next: FamilyLayout): FamilyLayout {
  if (!previous || previous === next) return next;
  const nodes = reuse(previous.nodes, next.nodes);
  const connectors = reuse(previous.connectors, next.connectors);
  const households = reuse(previous.households, next.households);
  const agencies = reuse(previous.agencies, next.agencies);
  if (nodes.reused + connectors.reused + households.reused + agencies.reused === 0) return next;
  return {
    ...next,
    nodes: nodes.items,
    connectors: connectors.items,
    households: households.items,
    agencies: agencies.items,
  };
}
