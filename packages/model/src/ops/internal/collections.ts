import type { CollectionName, EntityOf } from '../../changes/types.ts';
import type { Family } from '../../schema/family.ts';

/** A copy of `family` with one collection replaced. */
export function withCollection<C extends CollectionName>(
  family: Family,
  collection: C,
  entities: EntityOf<C>[],
): Family {
  return { ...family, [collection]: entities };
}

/** A copy of the family with `entity` appended to its collection. */
export function appendEntity<C extends CollectionName>(
  family: Family,
  collection: C,
  entity: EntityOf<C>,
): Family {
  return withCollection(family, collection, [...(family[collection] as EntityOf<C>[]), entity]);
}

/** A copy of the family with the entity at `index` replaced. */
export function replaceAt<C extends CollectionName>(
  family: Family,
  collection: C,
  index: number,
  entity: EntityOf<C>,
): Family {
  const entities = [...(family[collection] as EntityOf<C>[])];
  entities[index] = entity;
  return withCollection(family, collection, entities);
}

/** A copy of the family without the entities of a collection that match `predicate` (shared if none do). */
export function removeWhere<C extends CollectionName>(
  family: Family,
  collection: C,
  predicate: (entity: EntityOf<C>) => boolean,
): Family {
  const entities = family[collection] as EntityOf<C>[];
  const kept = entities.filter((e) => !predicate(e));
  return kept.length === entities.length ? family : withCollection(family, collection, kept);
}

/** A copy of the family with `fn` applied to each entity of a collection (shared where `fn` returns it unchanged). */
export function mapCollection<C extends CollectionName>(
  family: Family,
  collection: C,
  fn: (entity: EntityOf<C>) => EntityOf<C>,
): Family {
  const entities = family[collection] as EntityOf<C>[];
  let changed = false;
  const mapped = entities.map((e) => {
    const next = fn(e);
    if (next !== e) changed = true;
    return next;
  });
  return changed ? withCollection(family, collection, mapped) : family;
}
