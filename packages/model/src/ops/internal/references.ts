import { ModelError, type ModelIssue } from '../../changes/ModelError.ts';
import { COLLECTIONS, ENTITY_NAMES, type Change, type CollectionName } from '../../changes/types.ts';
import type { Family } from '../../schema/family.ts';
import { formatPath } from './validate.ts';

const PREFIX_COLLECTIONS: Record<string, CollectionName> = {
  person: 'people',
  partnership: 'partnerships',
  link: 'parentChildLinks',
  multiple: 'multipleBirths',
  household: 'households',
  emotion: 'emotionalRelationships',
  agency: 'agencies',
  involvement: 'involvements',
  caring: 'caringRoles',
};

/** Keys whose values are optional references, dropped when the entity they name is removed. */
const SOFT_KEYS = new Set([
  'sourceAgency',
  'reportedByAgency',
  'notifiedAgencies',
  'agency',
  'person',
  'sponsor',
]);
/** Every key whose string value (or array of strings) may be a reference to another entity. */
const REFERENCE_KEYS = new Set([
  ...SOFT_KEYS,
  'partners',
  'parent',
  'child',
  'partnership',
  'members',
  'from',
  'to',
  'carer',
  'caredFor',
  'household',
]);

/** The collection an id's prefix names, if any. */
export function collectionOfId(id: string): CollectionName | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? PREFIX_COLLECTIONS[id.slice(0, colon)] : undefined;
}

/** Every reference an entity holds to another entity, with the path where it sits. */
export function referencesIn(
  value: unknown,
  path: PropertyKey[] = [],
  key = '',
): { path: string; id: string }[] {
  if (typeof value === 'string') {
    return REFERENCE_KEYS.has(key) && collectionOfId(value)
      ? [{ path: formatPath('', path), id: value }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, [...path, i], key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) =>
      path.length === 0 && k === 'id' ? [] : referencesIn(v, [...path, k], k),
    );
  }
  return [];
}

/**
 * Returns `value` without optional references (provenance source, reporter, sponsor…) to any of `ids`.
 * Returns the same object when there is nothing to drop, so untouched entities stay shared.
 */
export function stripReferences<T>(value: T, ids: ReadonlySet<string>, key = ''): T {
  return mentions(value, ids) ? rebuildWithout(value, ids, key) : value;
}

/** True when any string inside `value` is one of `ids` (a cheap walk that allocates nothing). */
function mentions(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => mentions(item, ids));
  for (const key in value) {
    if (Object.hasOwn(value, key) && mentions((value as Record<string, unknown>)[key], ids)) return true;
  }
  return false;
}

function rebuildWithout<T>(value: T, ids: ReadonlySet<string>, key: string): T {
  if (Array.isArray(value)) {
    let changed = false;
    const items: unknown[] = [];
    for (const item of value) {
      if (SOFT_KEYS.has(key) && typeof item === 'string' && ids.has(item)) {
        changed = true;
        continue;
      }
      const next = stripReferences(item, ids, key);
      if (next !== item) changed = true;
      items.push(next);
    }
    return (changed ? items : value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const result: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SOFT_KEYS.has(k) && typeof v === 'string' && ids.has(v)) {
      changed = true;
      continue;
    }
    const next = stripReferences(v, ids, k);
    if (next !== v) changed = true;
    result[k] = next;
  }
  return (changed ? result : value) as T;
}

/**
 * Checks that every entity the change adds or updates (and the subjects) refers only to entities present
 * in `family`, the family after the change. Throws a `ModelError` naming each dangling reference.
 */
export function assertReferencesResolve(family: Family, change: Change, operation: string): void {
  const known = new Map<CollectionName, Set<string>>();
  const has = (collection: CollectionName, id: string) => {
    let ids = known.get(collection);
    if (!ids) {
      ids = new Set((family[collection] as readonly { id: string }[]).map((e) => e.id));
      known.set(collection, ids);
    }
    return ids.has(id);
  };
  const issues: ModelIssue[] = [];
  const check = (owner: string, refs: { path: string; id: string }[]) => {
    for (const ref of refs) {
      const collection = collectionOfId(ref.id);
      if (collection && !has(collection, ref.id)) {
        issues.push({
          path: ref.path,
          message: `there is no ${ENTITY_NAMES[collection]} "${ref.id}" in this family (referred to by ${owner})`,
        });
      }
    }
  };
  for (const name of COLLECTIONS) {
    const part = change[name];
    if (!part) continue;
    const entities = [...(part.added ?? []).map((a) => a.value), ...(part.updated ?? []).map((u) => u.after)];
    for (const entity of entities) check(`${ENTITY_NAMES[name]} "${entity.id}"`, referencesIn(entity));
  }
  const subjects = change.document?.subjects?.after ?? [];
  check(
    'the subjects',
    subjects.map((id, i) => ({ path: `subjects[${i}]`, id })),
  );
  if (issues.length > 0) throw new ModelError(operation, issues);
}
