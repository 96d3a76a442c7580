import type { Person, PersonId } from '@kinmap/model';
import type { FamilyIndex } from './buildIndex.ts';

/** The date that places a person among their siblings: birth, else loss, else due date. */
export function birthKey(person: Person | undefined): string | undefined {
  return person?.birth?.date ?? person?.loss?.date ?? person?.pregnancy?.edd;
}

/**
 * Sorts children oldest first by birth date (losses by their date, pregnancies by due date).
 * Partial dates compare as text ("2019" before "2019-03"). Members of one multiple birth stay
 * together. Undated children keep document order after the dated ones.
 */
export function orderSiblings(children: readonly PersonId[], index: FamilyIndex): PersonId[] {
  const keyed = children.map((id) => {
    const person = index.byId.get(id);
    const group = index.multipleOf.get(id);
    return { id, date: birthKey(person), group: group?.id ?? '', order: index.order.get(id) ?? 0 };
  });
  keyed.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === undefined) return 1;
      if (b.date === undefined) return -1;
      return a.date < b.date ? -1 : 1;
    }
    if (a.group !== b.group) return a.group < b.group ? -1 : 1;
    return a.order - b.order;
  });
  return keyed.map((k) => k.id);
}
