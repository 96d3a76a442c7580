import type { Family } from '../schema/family.ts';

export { COLLECTIONS } from '../schema/collections.ts';
import type { COLLECTIONS } from '../schema/collections.ts';

/**
 * The name of one entity collection of a family, such as `people` or `agencies`.
 *
 * @example
 * const name: CollectionName = 'people';
 */
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * The document-level fields a change can update (everything except the id, format version and collections).
 *
 * @example
 * DOCUMENT_FIELDS.includes('title'); // true
 */
export const DOCUMENT_FIELDS = [
  'title',
  'asAt',
  'subjects',
  'preparedWithFamily',
  'statements',
  'notationProfile',
  'notes',
  'updatedAt',
  'checklistRecords',
  'shares',
  'fieldSources',
] as const;

/**
 * A document-level field of a family, such as `title` or `subjects`.
 *
 * @example
 * const field: DocumentField = 'subjects';
 */
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/**
 * What one entity of a collection looks like (`EntityOf<'people'>` is `Person`).
 *
 * @example
 * const person: EntityOf<'people'> = family.people[0]!;
 */
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
 *
 * @example
 * change.people?.added?.[0]; // { at: 4, value: { id: 'person:zoe', … } }
 */
export interface PlacedEntity<T> {
  at: number;
  value: T;
}

/**
 * An entity replaced in place: its value before and after. Ids never change.
 *
 * @example
 * change.people?.updated?.[0]; // { before: { …, names: { given: 'Amy' } }, after: { …, names: { given: 'Ames' } } }
 */
export interface EntityUpdate<T> {
  before: T;
  after: T;
}

/**
 * The entities one change adds to, updates in and removes from one collection.
 *
 * @example
 * const part: CollectionChange<Person> = { removed: [{ at: 2, value: amy }] };
 */
export interface CollectionChange<T> {
  added?: PlacedEntity<T>[];
  updated?: EntityUpdate<T>[];
  removed?: PlacedEntity<T>[];
}

/**
 * A document-level field before and after. A missing `before`/`after` means the field was/is absent.
 *
 * @example
 * change.document?.title; // { before: 'Jones family', after: 'Jones and Smith family' }
 */
export interface FieldChange<T> {
  before?: T;
  after?: T;
}

/**
 * Document-level field changes, keyed by field.
 *
 * @example
 * const document: DocumentChange = { notes: { after: 'Seen at home' } };
 */
export type DocumentChange = { [K in DocumentField]?: FieldChange<NonNullable<Family[K]>> };

/**
 * A change to a family: plain, JSON-serialisable data, like tldraw's `RecordsDiff`. Each collection
 * lists the entities added, updated (before/after) and removed; `document` lists field updates.
 * `label` is a short description for undo menus ("Add child"); it never contains personal data.
 *
 * Applying a change removes first, then replaces updated entities in place, then inserts the added
 * ones at their `at` positions in ascending order. The same id may be both removed and added (a move).
 *
 * @example
 * const change: Change = {
 *   label: 'Add person',
 *   people: { added: [{ at: 3, value: zoe }] },
 * };
 * const next = applyChange(family, change);
 */
export type Change = {
  label?: string;
  document?: DocumentChange;
} & { [C in CollectionName]?: CollectionChange<EntityOf<C>> };
