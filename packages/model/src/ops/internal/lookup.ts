import { ENTITY_NAMES, type CollectionName, type EntityOf } from '../../changes/types.ts';
import {
  AgencyIdSchema,
  CaringRoleIdSchema,
  EmotionalIdSchema,
  HouseholdIdSchema,
  InvolvementIdSchema,
  LinkIdSchema,
  MultipleBirthIdSchema,
  PartnershipIdSchema,
  PersonIdSchema,
} from '../../ids.ts';
import type { Family } from '../../schema/family.ts';
import { fail, parseOrThrow } from './validate.ts';

/** The id schema of each collection's entities. */
export const ID_SCHEMAS = {
  people: PersonIdSchema,
  partnerships: PartnershipIdSchema,
  parentChildLinks: LinkIdSchema,
  multipleBirths: MultipleBirthIdSchema,
  households: HouseholdIdSchema,
  emotionalRelationships: EmotionalIdSchema,
  agencies: AgencyIdSchema,
  involvements: InvolvementIdSchema,
  caringRoles: CaringRoleIdSchema,
} as const;

/** The id type of a collection's entities. */
export type IdOf<C extends CollectionName> = EntityOf<C>['id'];

/**
 * Finds the entity with id `id` in a collection, or throws a `ModelError` saying the id is of the wrong
 * kind or not in the family. `path` names the input field the id came from.
 */
export function requireEntity<C extends CollectionName>(
  family: Family,
  collection: C,
  id: unknown,
  operation: string,
  path: string,
): { entity: EntityOf<C>; index: number } {
  const checked = parseOrThrow(ID_SCHEMAS[collection], id, operation, path) as string;
  const entities = family[collection] as readonly EntityOf<C>[];
  const index = entities.findIndex((e) => e.id === checked);
  const entity = entities[index];
  if (!entity) fail(operation, path, `there is no ${ENTITY_NAMES[collection]} "${checked}" in this family`);
  return { entity, index };
}

/** Checks that `id` is a free id for a new entity in the collection, or throws. */
export function requireNewId<C extends CollectionName>(
  family: Family,
  collection: C,
  id: unknown,
  operation: string,
  path: string,
): IdOf<C> {
  const checked = parseOrThrow(ID_SCHEMAS[collection], id, operation, path) as IdOf<C>;
  if ((family[collection] as readonly { id: string }[]).some((e) => e.id === checked)) {
    fail(
      operation,
      path,
      `"${checked}" is already used by another ${ENTITY_NAMES[collection]} in this family`,
    );
  }
  return checked;
}
