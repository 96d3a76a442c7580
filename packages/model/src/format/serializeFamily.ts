import type { Family } from '../schema/family.ts';
import { familyKeyOrder, orderKeys } from './keyOrder.ts';

/**
 * Writes a family as Kinmap JSON text: fields in a stable order (the schema's order, so `id` comes
 * first and diffs stay small), two-space indent, a final newline. `parseFamily(serializeFamily(f))`
 * gives back an equal family. Does not modify the family.
 *
 * @example
 * const text = serializeFamily(family);
 * // {
 * //   "formatVersion": 1,
 * //   "id": "family:leo",
 * //   ...
 * const again = parseFamily(text); // { ok: true, family: <equal to family> }
 */
export function serializeFamily(family: Family): string {
  return `${JSON.stringify(orderKeys(family, familyKeyOrder()), null, 2)}\n`;
}
