import { COLLECTIONS } from '../../changes/types.ts';
import type { Family } from '../../schema/family.ts';
import { mapCollection } from './collections.ts';
import { stripReferences } from './references.ts';

/** Drops optional references to `ids` (provenance sources, reporters, sponsors…) from every entity. */
export function stripEverywhere(family: Family, ids: ReadonlySet<string>): Family {
  let next = family;
  for (const name of COLLECTIONS) {
    next = mapCollection(next, name, (entity) => stripReferences(entity, ids));
  }
  return next;
}
