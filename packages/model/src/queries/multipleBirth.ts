import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import type { Person } from '../schema/person.ts';
import type { MultipleBirth } from '../schema/relationships.ts';
import { indexFamily } from './indexFamily.ts';

/** A person's multiple-birth group and the other people in it. */
export interface MultipleBirthEntry {
  group: MultipleBirth;
  /** The other members (not the person asked about), in the group's order. */
  others: Person[];
}

/**
 * The twin (triplet…) group a person belongs to, with the other members, or `undefined`.
 *
 * @example
 * const twins = multipleBirthOf(family, ellaId);
 * twins?.group.zygosity;            // 'mz' (identical)
 * twins?.others.map(displayName);   // ['Isla']
 */
export function multipleBirthOf(family: Family, personId: PersonId): MultipleBirthEntry | undefined {
  const index = indexFamily(family);
  const group = index.multipleBirthByPerson.get(personId);
  if (!group) return undefined;
  const others: Person[] = [];
  for (const id of group.members) {
    const person = id === personId ? undefined : index.personById.get(id);
    if (person) others.push(person);
  }
  return { group, others };
}
