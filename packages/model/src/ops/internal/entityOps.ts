import type * as z from 'zod/mini';
import { ENTITY_NAMES, type CollectionName, type EntityOf } from '../../changes/types.ts';
import { createId } from '../../ids.ts';
import type { Family } from '../../schema/family.ts';
import { appendEntity, removeWhere, replaceAt } from './collections.ts';
import { commit, type AddResult } from './commit.ts';
import { requireEntity, requireNewId } from './lookup.ts';
import { mergePatch } from './mergePatch.ts';
import { fail, parseOrThrow } from './validate.ts';

const ID_KINDS = {
  people: 'person',
  partnerships: 'partnership',
  parentChildLinks: 'link',
  multipleBirths: 'multipleBirth',
  households: 'household',
  emotionalRelationships: 'emotional',
  agencies: 'agency',
  involvements: 'involvement',
  caringRoles: 'caringRole',
} as const;

/** Uses the given id (checked to be free and of the right kind) or makes a fresh one. */
export function newId<C extends CollectionName>(
  family: Family,
  collection: C,
  id: unknown,
  operation: string,
  path: string,
): EntityOf<C>['id'] {
  if (id === undefined) return createId(ID_KINDS[collection]) as EntityOf<C>['id'];
  return requireNewId(family, collection, id, operation, path);
}

/**
 * Builds and validates a new entity from input fields plus an optional explicit `id`. Field paths in
 * errors are prefixed with `prefix` (empty for flat inputs).
 */
export function buildEntity<C extends CollectionName>(
  family: Family,
  collection: C,
  schema: z.ZodMiniType,
  input: { id?: unknown } & object,
  operation: string,
  prefix = '',
): EntityOf<C> {
  if (typeof input !== 'object' || input === null) fail(operation, prefix, 'must be an object of fields');
  const id = newId(family, collection, input.id, operation, prefix ? `${prefix}.id` : 'id');
  return parseOrThrow(schema, { ...input, id }, operation, prefix) as EntityOf<C>;
}

/** Appends a new, validated entity and returns the result. */
export function addEntity<C extends CollectionName>(
  family: Family,
  collection: C,
  schema: z.ZodMiniType,
  input: { id?: unknown } & object,
  operation: string,
  label: string,
): AddResult<EntityOf<C>['id']> {
  const entity = buildEntity(family, collection, schema, input, operation);
  return { ...commit(family, appendEntity(family, collection, entity), operation, label), id: entity.id };
}

/**
 * Deep-patches one entity, validates the result with its schema and returns the new family. Keys in
 * `replace` (unions such as an involvement's `with`) are replaced whole rather than merged.
 */
export function patchEntity<C extends CollectionName>(
  family: Family,
  collection: C,
  schema: z.ZodMiniType,
  id: unknown,
  patch: unknown,
  operation: string,
  replace: readonly string[] = [],
): Family {
  const { entity, index } = requireEntity(family, collection, id, operation, 'id');
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    fail(operation, 'patch', 'must be an object of the fields to change');
  }
  const patchId = (patch as { id?: unknown }).id;
  if (patchId !== undefined && patchId !== entity.id) {
    fail(operation, 'patch.id', `the id of a ${ENTITY_NAMES[collection]} cannot be changed`);
  }
  const base: Record<string, unknown> = { ...entity };
  for (const key of replace) if ((patch as Record<string, unknown>)[key] != null) delete base[key];
  const updated = parseOrThrow(schema, mergePatch(base, patch), operation, 'patch') as EntityOf<C>;
  return replaceAt(family, collection, index, updated);
}

/** Removes one entity by id (nothing else) and returns the new family. */
export function dropEntity<C extends CollectionName>(
  family: Family,
  collection: C,
  id: unknown,
  operation: string,
): Family {
  const { entity } = requireEntity(family, collection, id, operation, 'id');
  return removeWhere(family, collection, (e) => e.id === entity.id);
}
