import { deepEqual } from './deepEqual.ts';
import {
  COLLECTIONS,
  DOCUMENT_FIELDS,
  type Change,
  type CollectionChange,
  type EntityUpdate,
  type FieldChange,
  type PlacedEntity,
} from './types.ts';

type Entity = { id: string };

/** Position of a surviving original entity: from its index in the middle state back to the first. */
function toFirstIndex(
  middleIndex: number,
  added1: PlacedEntity<Entity>[],
  removed1: PlacedEntity<Entity>[],
): number {
  let position = middleIndex - added1.filter((a) => a.at < middleIndex).length;
  for (const r of [...removed1].sort((a, b) => a.at - b.at)) if (r.at <= position) position++;
  return position;
}

/** Position of an entity added by the first change: from its index in the middle state on to the last. */
function toLastIndex(
  middleIndex: number,
  removed2: PlacedEntity<Entity>[],
  added2: PlacedEntity<Entity>[],
): number {
  let position = middleIndex - removed2.filter((r) => r.at < middleIndex).length;
  for (const a of [...added2].sort((x, y) => x.at - y.at)) if (a.at <= position) position++;
  return position;
}

function composeCollection(
  first: CollectionChange<Entity>,
  second: CollectionChange<Entity>,
): CollectionChange<Entity> {
  const added1 = first.added ?? [];
  const removed1 = first.removed ?? [];
  const added2 = second.added ?? [];
  const removed2 = second.removed ?? [];
  const addedIds1 = new Set(added1.map((a) => a.value.id));
  const removedIds2 = new Set(removed2.map((r) => r.value.id));
  const updates1 = new Map((first.updated ?? []).map((u) => [u.after.id, u]));
  const updates2 = new Map((second.updated ?? []).map((u) => [u.after.id, u]));

  const removed: PlacedEntity<Entity>[] = [...removed1];
  for (const r of removed2) {
    if (addedIds1.has(r.value.id)) continue; // added then removed: no net effect
    const original = updates1.get(r.value.id)?.before ?? r.value;
    removed.push({ at: toFirstIndex(r.at, added1, removed1), value: original });
  }
  const added: PlacedEntity<Entity>[] = [];
  for (const a of added1) {
    if (removedIds2.has(a.value.id)) continue;
    const value = updates2.get(a.value.id)?.after ?? a.value;
    added.push({ at: toLastIndex(a.at, removed2, added2), value });
  }
  added.push(...added2);
  const updated: EntityUpdate<Entity>[] = [];
  for (const [id, u1] of updates1) {
    if (removedIds2.has(id)) continue;
    const after = updates2.get(id)?.after ?? u1.after;
    if (!deepEqual(u1.before, after)) updated.push({ before: u1.before, after });
  }
  for (const [id, u2] of updates2) {
    if (updates1.has(id) || addedIds1.has(id)) continue;
    updated.push(u2);
  }
  const result: CollectionChange<Entity> = {};
  if (added.length > 0) result.added = added.sort((a, b) => a.at - b.at);
  if (updated.length > 0) result.updated = updated;
  if (removed.length > 0) result.removed = removed.sort((a, b) => a.at - b.at);
  return result;
}

function composePair(first: Change, second: Change): Change {
  const result: Record<string, unknown> = {};
  const label = first.label ?? second.label;
  if (label !== undefined) result.label = label;
  for (const name of COLLECTIONS) {
    const a = first[name] as CollectionChange<Entity> | undefined;
    const b = second[name] as CollectionChange<Entity> | undefined;
    if (!a && !b) continue;
    const composed = composeCollection(a ?? {}, b ?? {});
    if (composed.added || composed.updated || composed.removed) result[name] = composed;
  }
  const document: Record<string, FieldChange<unknown>> = {};
  for (const field of DOCUMENT_FIELDS) {
    const a = first.document?.[field] as FieldChange<unknown> | undefined;
    const b = second.document?.[field] as FieldChange<unknown> | undefined;
    if (!a && !b) continue;
    const before = a ? a.before : b?.before;
    const after = b ? b.after : a?.after;
    if (deepEqual(before, after)) continue;
    const fieldChange: FieldChange<unknown> = {};
    if (before !== undefined) fieldChange.before = before;
    if (after !== undefined) fieldChange.after = after;
    document[field] = fieldChange;
  }
  if (Object.keys(document).length > 0) result.document = document;
  return result as Change;
}

/**
 * Squashes a sequence of changes, each made after the one before it, into one change with the same
 * effect. An entity added and later removed disappears; updates fold into one before/after pair.
 * The label is the first one given, unless `options.label` is set.
 *
 * @example
 * const one = addRelative(family, { of: 'person:amy', relation: 'parent' });
 * const two = addRelative(one.family, { of: 'person:amy', relation: 'parent' });
 * const both = composeChanges([one.change, two.change], { label: 'Add both parents' });
 * applyChange(family, both); // equal to two.family
 */
export function composeChanges(changes: readonly Change[], options: { label?: string } = {}): Change {
  const composed = changes.reduce<Change>((acc, change) => composePair(acc, change), {});
  if (options.label !== undefined) return { ...composed, label: options.label };
  return composed;
}
