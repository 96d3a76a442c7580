import type { Family } from '../schema/family.ts';
import { ModelError, type ModelIssue } from './ModelError.ts';
import {
  COLLECTIONS,
  DOCUMENT_FIELDS,
  ENTITY_NAMES,
  type Change,
  type CollectionChange,
  type CollectionName,
} from './types.ts';

type Entity = { id: string };

function applyToCollection(
  name: CollectionName,
  entities: readonly Entity[],
  part: CollectionChange<Entity>,
  issues: ModelIssue[],
): Entity[] {
  const what = ENTITY_NAMES[name];
  const present = new Set(entities.map((e) => e.id));
  const removedIds = new Set<string>();
  for (const { value } of part.removed ?? []) {
    if (!present.has(value.id) || removedIds.has(value.id)) {
      issues.push({
        path: `${name}.removed`,
        message: `cannot remove ${what} "${value.id}": it is not in the family`,
      });
    }
    removedIds.add(value.id);
  }
  const replacements = new Map<string, Entity>();
  for (const { before, after } of part.updated ?? []) {
    if (before.id !== after.id) {
      issues.push({
        path: `${name}.updated`,
        message: `cannot change the id of ${what} "${before.id}" to "${after.id}"`,
      });
    } else if (!present.has(after.id) || removedIds.has(after.id)) {
      issues.push({
        path: `${name}.updated`,
        message: `cannot update ${what} "${after.id}": it is not in the family`,
      });
    }
    replacements.set(after.id, after);
  }
  const kept = entities.filter((e) => !removedIds.has(e.id)).map((e) => replacements.get(e.id) ?? e);
  const keptIds = new Set(kept.map((e) => e.id));
  const added = [...(part.added ?? [])].sort((a, b) => a.at - b.at);
  const total = kept.length + added.length;
  for (const { at, value } of added) {
    if (keptIds.has(value.id)) {
      issues.push({
        path: `${name}.added`,
        message: `cannot add ${what} "${value.id}": that id is already in the family`,
      });
    }
    keptIds.add(value.id);
    if (!Number.isInteger(at) || at < 0 || at >= total) {
      issues.push({
        path: `${name}.added`,
        message: `cannot add ${what} "${value.id}" at position ${at}: out of range`,
      });
    }
  }
  if (added.length === 0) return kept;
  const result: Entity[] = [];
  let nextAdded = 0;
  let nextKept = 0;
  for (let position = 0; position < total; position++) {
    const candidate = added[nextAdded];
    if (candidate && candidate.at === position) {
      result.push(candidate.value);
      nextAdded++;
    } else {
      const entity = kept[nextKept++];
      if (entity) result.push(entity);
    }
  }
  return result;
}

/**
 * Applies a change to a family and returns the new family. The input is never mutated; collections
 * and fields the change does not touch are shared with the input. Throws a `ModelError` naming the
 * entity id when the change does not fit (an entity to update or remove is missing, an id to add is
 * already present); nothing is applied in that case.
 *
 * @example
 * const { family: next, change } = addPerson(family, { names: { given: 'Amy' } });
 * applyChange(family, change); // equal to `next`
 * applyChange(next, invertChange(change)); // equal to `family`
 */
export function applyChange(family: Family, change: Change): Family {
  const issues: ModelIssue[] = [];
  const next: Record<string, unknown> = { ...family };
  let touched = false;
  for (const name of COLLECTIONS) {
    const part = change[name] as CollectionChange<Entity> | undefined;
    if (!part) continue;
    if (!(part.added?.length || part.updated?.length || part.removed?.length)) continue;
    next[name] = applyToCollection(name, family[name] as Entity[], part, issues);
    touched = true;
  }
  const document = change.document ?? {};
  for (const field of DOCUMENT_FIELDS) {
    const fieldChange = document[field];
    if (!fieldChange) continue;
    touched = true;
    if (fieldChange.after === undefined) {
      if (field === 'title') {
        issues.push({ path: 'document.title', message: 'a family must keep a title' });
      }
      delete next[field];
    } else {
      next[field] = fieldChange.after;
    }
  }
  if (issues.length > 0)
    throw new ModelError(`applyChange${change.label ? ` ("${change.label}")` : ''}`, issues);
  return touched ? (next as Family) : family;
}
