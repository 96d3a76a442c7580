import type { Family } from '../schema/family.ts';
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

/**
 * Fast path for what operations do: walk both lists in step, so entities may be removed, updated in
 * place or appended. Returns `null` when the lists differ in some other way (an insertion or a move).
 */
function diffInStep(before: readonly Entity[], after: readonly Entity[]): CollectionChange<Entity> | null {
  const removed: PlacedEntity<Entity>[] = [];
  const updated: EntityUpdate<Entity>[] = [];
  let j = 0;
  before.forEach((old, i) => {
    const value = after[j];
    if (value === undefined || value.id !== old.id) {
      removed.push({ at: i, value: old });
      return;
    }
    if (old !== value && !deepEqual(old, value)) updated.push({ before: old, after: value });
    j++;
  });
  const added = after.slice(j).map((value, k) => ({ at: j + k, value }));
  if (removed.length > 0 && added.length > 0) {
    const removedIds = new Set(removed.map((r) => r.value.id));
    if (added.some((a) => removedIds.has(a.value.id))) return null;
  }
  const part: CollectionChange<Entity> = {};
  if (added.length > 0) part.added = added;
  if (updated.length > 0) part.updated = updated;
  if (removed.length > 0) part.removed = removed;
  return part;
}

function diffCollection(
  before: readonly Entity[],
  after: readonly Entity[],
): CollectionChange<Entity> | undefined {
  if (before === after) return undefined;
  const inStep = diffInStep(before, after);
  if (inStep) return inStep.added || inStep.updated || inStep.removed ? inStep : undefined;
  const beforeIds = new Map(before.map((e, i) => [e.id, i]));
  const afterIds = new Map(after.map((e, i) => [e.id, i]));
  const keptBefore = before.filter((e) => afterIds.has(e.id));
  const keptAfter = after.filter((e) => beforeIds.has(e.id));
  // Operations never reorder entities; if someone did, record the kept ones as moved (removed and re-added).
  const reordered = keptBefore.some((e, i) => keptAfter[i]?.id !== e.id);
  const removed: PlacedEntity<Entity>[] = [];
  const added: PlacedEntity<Entity>[] = [];
  const updated: EntityUpdate<Entity>[] = [];
  before.forEach((value, at) => {
    if (!afterIds.has(value.id) || reordered) removed.push({ at, value });
  });
  after.forEach((value, at) => {
    const previous = beforeIds.get(value.id);
    if (previous === undefined || reordered) {
      added.push({ at, value });
      return;
    }
    const old = before[previous] as Entity;
    if (old !== value && !deepEqual(old, value)) updated.push({ before: old, after: value });
  });
  if (removed.length + added.length + updated.length === 0) return undefined;
  const part: CollectionChange<Entity> = {};
  if (added.length > 0) part.added = added;
  if (updated.length > 0) part.updated = updated;
  if (removed.length > 0) part.removed = removed;
  return part;
}

/**
 * Computes the change that turns `before` into `after` (both versions of the same family). Every
 * operation builds its change this way; use it when a family was edited some other way.
 *
 * @example
 * const change = diffFamilies(saved, edited, { label: 'Import' });
 * applyChange(saved, change); // equal to `edited`
 */
export function diffFamilies(before: Family, after: Family, options: { label?: string } = {}): Change {
  const change: Record<string, unknown> = {};
  if (options.label !== undefined) change.label = options.label;
  for (const name of COLLECTIONS) {
    const part = diffCollection(before[name] as Entity[], after[name] as Entity[]);
    if (part) change[name] = part;
  }
  const document: Record<string, FieldChange<unknown>> = {};
  for (const field of DOCUMENT_FIELDS) {
    const old = before[field];
    const value = after[field];
    if (old === value || deepEqual(old, value)) continue;
    const fieldChange: FieldChange<unknown> = {};
    if (old !== undefined) fieldChange.before = old;
    if (value !== undefined) fieldChange.after = value;
    document[field] = fieldChange;
  }
  if (Object.keys(document).length > 0) change.document = document;
  return change as Change;
}
