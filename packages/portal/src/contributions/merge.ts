import {
  applyChange,
  COLLECTIONS,
  DOCUMENT_FIELDS,
  ModelError,
  parseFamily,
  type Change,
  type Family,
} from '@kinmap/model';

/**
 * Why a contribution cannot be applied to the map as it is now: where, what, and the values side by
 * side (what the map holds now, what the contributor saw, what they propose).
 */
export interface Conflict {
  readonly path: string;
  readonly message: string;
  readonly mapValue?: unknown;
  readonly contributorSaw?: unknown;
  readonly proposedValue?: unknown;
}

/** What merging a contribution into the map gave. */
export type MergeResult =
  | { readonly ok: true; readonly family: Family; readonly change: Change }
  | { readonly ok: false; readonly conflicts: readonly Conflict[] };

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const left = a as Plain;
  const right = b as Plain;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (!same(left[key], right[key])) return false;
  }
  return true;
}

/**
 * Three-way merge of one value: the contributor changed `before` into `after`; `current` is the
 * map's value now. Fields the contributor did not change (including any hidden from them) keep the
 * map's value; a field both changed differently is a conflict.
 */
function mergeValue(
  current: unknown,
  before: unknown,
  after: unknown,
  path: string,
  conflicts: Conflict[],
): unknown {
  if (same(before, after)) return current;
  if (isPlain(before) && isPlain(after) && isPlain(current)) {
    const merged: Plain = { ...current };
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const value = mergeValue(current[key], before[key], after[key], `${path}.${key}`, conflicts);
      if (value === undefined) delete merged[key];
      else merged[key] = value;
    }
    return merged;
  }
  if (same(current, before)) return after;
  if (same(current, after)) return current;
  conflicts.push({
    path,
    message: 'the map has changed since this was proposed',
    mapValue: current,
    contributorSaw: before,
    proposedValue: after,
  });
  return current;
}

type Entity = { id: string } & Plain;

/**
 * Merges a contribution's change into the map as it is now and checks the result with the model
 * (`applyChange`, then `parseFamily`). Updates are merged field by field, so two agencies changing
 * different fields of one person both apply; removing or updating something that has gone, adding
 * an id already there, or a field the map changed differently is a conflict. Added entities go at
 * the end of their collection.
 *
 * @example
 * const result = mergeContribution(currentFamily, contribution.change);
 * if (result.ok) save(result.family);
 * else showSideBySide(result.conflicts);
 */
export function mergeContribution(current: Family, proposed: Change): MergeResult {
  const conflicts: Conflict[] = [];
  const effective: Change = {};
  if (proposed.label) effective.label = proposed.label;
  for (const name of COLLECTIONS) {
    const part = proposed[name] as
      | {
          added?: { at: number; value: Entity }[];
          updated?: { before: Entity; after: Entity }[];
          removed?: { at: number; value: Entity }[];
        }
      | undefined;
    if (!part) continue;
    const entities = current[name] as unknown as Entity[];
    const index = new Map(entities.map((entity, i) => [entity.id, i]));
    const removed: { at: number; value: Entity }[] = [];
    (part.removed ?? []).forEach(({ value }, i) => {
      const at = index.get(value.id);
      const path = `${name}.removed[${i}]`;
      if (at === undefined) {
        conflicts.push({ path, message: `"${value.id}" is no longer in the map`, contributorSaw: value });
        return;
      }
      const now = entities[at]!;
      const changed = Object.keys(value).filter((key) => !same(now[key], value[key]));
      if (changed.length > 0) {
        conflicts.push({
          path,
          message: `"${value.id}" has changed since this was proposed (${changed.join(', ')})`,
          mapValue: now,
          contributorSaw: value,
        });
        return;
      }
      removed.push({ at, value: now });
    });
    const updated: { before: Entity; after: Entity }[] = [];
    (part.updated ?? []).forEach(({ before, after }, i) => {
      const at = index.get(before.id);
      const path = `${name}.updated[${i}]`;
      if (at === undefined) {
        conflicts.push({
          path,
          message: `"${before.id}" is no longer in the map`,
          contributorSaw: before,
          proposedValue: after,
        });
        return;
      }
      const now = entities[at]!;
      const merged = mergeValue(now, before, after, path, conflicts) as Entity;
      if (!same(merged, now)) updated.push({ before: now, after: merged });
    });
    const remaining = entities.length - removed.length;
    const added: { at: number; value: Entity }[] = [];
    (part.added ?? []).forEach(({ value }, i) => {
      if (index.has(value.id) && !removed.some((r) => r.value.id === value.id)) {
        conflicts.push({
          path: `${name}.added[${i}]`,
          message: `"${value.id}" is already in the map`,
          mapValue: entities[index.get(value.id)!],
          proposedValue: value,
        });
        return;
      }
      added.push({ at: remaining + added.length, value });
    });
    if (removed.length || updated.length || added.length) {
      (effective as Record<string, unknown>)[name] = {
        ...(added.length ? { added } : {}),
        ...(updated.length ? { updated } : {}),
        ...(removed.length ? { removed } : {}),
      };
    }
  }
  const document: Record<string, { before?: unknown; after?: unknown }> = {};
  for (const field of DOCUMENT_FIELDS) {
    const fieldChange = proposed.document?.[field];
    if (!fieldChange) continue;
    const now = current[field] as unknown;
    const merged = mergeValue(now, fieldChange.before, fieldChange.after, `document.${field}`, conflicts);
    if (!same(merged, now))
      document[field] = {
        ...(now === undefined ? {} : { before: now }),
        ...(merged === undefined ? {} : { after: merged }),
      };
  }
  if (Object.keys(document).length > 0) effective.document = document as Change['document'];
  if (conflicts.length > 0) return { ok: false, conflicts };

  let applied: Family;
  try {
    applied = applyChange(current, effective);
  } catch (error) {
    if (error instanceof ModelError) {
      return {
        ok: false,
        conflicts: error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
      };
    }
    throw error;
  }
  const checked = parseFamily(applied);
  if (!checked.ok) {
    return {
      ok: false,
      conflicts: checked.issues.map((issue) => ({
        path: `map after the change: ${issue.path}`,
        message: issue.message,
      })),
    };
  }
  return { ok: true, family: checked.family, change: effective };
}
