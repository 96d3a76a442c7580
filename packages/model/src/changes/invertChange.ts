import type { Change, CollectionChange, DocumentChange } from './types.ts';
import { COLLECTIONS, DOCUMENT_FIELDS } from './types.ts';

function invertCollection<T>(part: CollectionChange<T>): CollectionChange<T> {
  const inverted: CollectionChange<T> = {};
  if (part.removed) inverted.added = part.removed;
  if (part.updated)
    inverted.updated = part.updated.map(({ before, after }) => ({ before: after, after: before }));
  if (part.added) inverted.removed = part.added;
  return inverted;
}

/**
 * Returns the change that undoes `change`: additions become removals (and back), each update swaps
 * its before and after. The label is kept, so an undo menu can say "Undo add child".
 *
 * @example
 * const { family: next, change } = removePerson(family, { id: 'person:amy' });
 * applyChange(next, invertChange(change)); // equal to `family`, links and memberships included
 */
export function invertChange(change: Change): Change {
  const inverted: Record<string, unknown> = {};
  if (change.label !== undefined) inverted.label = change.label;
  for (const name of COLLECTIONS) {
    const part = change[name] as CollectionChange<unknown> | undefined;
    if (part) inverted[name] = invertCollection(part);
  }
  if (change.document) {
    const document: Record<string, unknown> = {};
    for (const field of DOCUMENT_FIELDS) {
      const fieldChange = change.document[field];
      if (!fieldChange) continue;
      const swapped: Record<string, unknown> = {};
      if (fieldChange.after !== undefined) swapped.before = fieldChange.after;
      if (fieldChange.before !== undefined) swapped.after = fieldChange.before;
      document[field] = swapped;
    }
    inverted.document = document as DocumentChange;
  }
  return inverted as Change;
}
