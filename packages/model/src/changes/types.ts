import type { Family } from '../schema/family.ts';

/** The collections of a family document that hold entities with ids. */
export const COLLECTIONS = [
  'people',
  'partnerships',
  'parentChildLinks',
  'multipleBirths',
  'households',
  'emotionalRelationships',
  'agencies',
  'involvements',
  'caringRoles',
] as const;

/** The name of one entity collection of a family, such as `people` or `agencies`. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** The document-level fields a change can update (everything except the id, format version and collections). */
export const DOCUMENT_FIELDS = [
  'title',
  'asAt',
  'subjects',
  'preparedWithFamily',
  'statements',
  'notationProfile',
  'notes',
  'updatedAt',
] as const;

/** A document-level field of a family, such as `title` or `subjects`. */
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** What one entity of a collection looks like (`EntityOf<'people'>` is `Person`). */
export type EntityOf<C extends CollectionName> = Family[C][number];

/** How an entity kind is named in messages. */
export const ENTITY_NAMES: Record<CollectionName, string> = {
  people: 'person',
  partnerships: 'partnership',
  parentChildLinks: 'parent–child link',
  multipleBirths: 'multiple birth',
  households: 'household',
  emotionalRelationships: 'emotional relationship',
  agencies: 'agency',
  involvements: 'involvement',
  caringRoles: 'caring role',
};

/**
 * An entity placed at a position. For `added`, `at` is its index in the collection after the change;
 * for `removed`, its index before the change (used to put it back exactly where it was on undo).
 */
export interface PlacedEntity<T> {
  at: number;
  value: T;
}

/** An entity replaced in place: its value before and after. Ids never change. */
export interface EntityUpdate<T> {
  before: T;
  after: T;
}

/** The entities one change adds to, updates in and removes from one collection. */
export interface CollectionChange<T> {
  added?: PlacedEntity<T>[];
  updated?: EntityUpdate<T>[];
  removed?: PlacedEntity<T>[];
}

/** A document-level field before and after. A missing `before`/`after` means the field was/is absent. */
export interface FieldChange<T> {
  before?: T;
  after?: T;
}

/** Document-level field changes, keyed by field. */
export type DocumentChange = { [K in DocumentField]?: FieldChange<NonNullable<Family[K]>> };

/**
 * A change to a family: plain, JSON-serialisable data, like tldraw's `RecordsDiff`. Each collection
 * lists the entities added, updated (before/after) and removed; `document` lists field updates.
 * `label` is a short description for undo menus ("Add child"); it never contains personal data.
 *
 * Applying a change removes first, then replaces updated entities in place, then inserts the added
 * ones at their `at` positions in ascending order. The same id may be both removed and added (a move).
 */
export type Change = {
  label?: string;
  document?: DocumentChange;
} & { [C in CollectionName]?: CollectionChange<EntityOf<C>> };
