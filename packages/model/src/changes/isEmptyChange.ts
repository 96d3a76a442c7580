import { COLLECTIONS, type Change } from './types.ts';

/**
 * True when a change adds, updates and removes nothing (its label aside). History ignores such changes.
 *
 * @example
 * isEmptyChange({ label: 'Nothing' }); // true
 * isEmptyChange(addPerson(family, {}).change); // false
 */
export function isEmptyChange(change: Change): boolean {
  for (const name of COLLECTIONS) {
    const part = change[name];
    if (
      part &&
      ((part.added?.length ?? 0) > 0 || (part.updated?.length ?? 0) > 0 || (part.removed?.length ?? 0) > 0)
    ) {
      return false;
    }
  }
  return Object.keys(change.document ?? {}).length === 0;
}
