import { comparePartialDates } from '../dates/partialDate.ts';
import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import type { Person } from '../schema/person.ts';
import type { FamilyIndex } from './indexFamily.ts';
import { indexFamily } from './indexFamily.ts';
import { FAMILY_TREE_LINK_KINDS } from './relatives.ts';

/** A person's siblings, grouped by how they are related. */
export interface SiblingGroups {
  /** Share at least two parents (birth or adoptive): brothers and sisters. */
  full: Person[];
  /** Share exactly one parent (birth or adoptive). */
  half: Person[];
  /** Share no parent, but a parent of one has a partnership with a parent of the other. */
  step: Person[];
}

/** The family-tree parents (birth, adoptive, adopted-out) of a person, as ids. */
export function treeParentIds(index: FamilyIndex, personId: PersonId): Set<PersonId> {
  const ids = new Set<PersonId>();
  for (const link of index.linksByChild.get(personId) ?? []) {
    if (FAMILY_TREE_LINK_KINDS.includes(link.kind) && link.parent !== personId) ids.add(link.parent);
  }
  return ids;
}

/** The family-tree children (birth, adoptive, adopted-out) of a person, as ids. */
export function treeChildIds(index: FamilyIndex, personId: PersonId): Set<PersonId> {
  const ids = new Set<PersonId>();
  for (const link of index.linksByParent.get(personId) ?? []) {
    if (FAMILY_TREE_LINK_KINDS.includes(link.kind) && link.child !== personId) ids.add(link.child);
  }
  return ids;
}

/** How many family-tree parents two people share. */
export function sharedParentCount(index: FamilyIndex, a: PersonId, b: PersonId): number {
  const pa = treeParentIds(index, a);
  let n = 0;
  for (const p of treeParentIds(index, b)) if (pa.has(p)) n += 1;
  return n;
}

/**
 * A person's brothers and sisters, in three groups. Parents here are birth and adoptive parents
 * (links of kind `birth`, `adoptive` and `adopted_out`); foster carers, guardians and the like do not
 * make siblings. Full siblings share two (or more) such parents, half-siblings exactly one.
 * Step-siblings share none, but one of their parents has a partnership (of any kind, past or present,
 * except `conception_through_sexual_violence`) with one of the person's parents. Each group is
 * oldest first; people without a birth date come last.
 *
 * @example
 * const { full, half, step } = siblingsOf(family, leoId);
 * half.map(displayName); // ['Kai Bell', 'Ruby Bell'] (children of Leo's father's earlier relationship)
 */
export function siblingsOf(family: Family, personId: PersonId): SiblingGroups {
  const index = indexFamily(family);
  const parents = treeParentIds(index, personId);
  const shared = new Map<PersonId, number>();
  for (const parent of parents) {
    for (const child of treeChildIds(index, parent)) {
      if (child !== personId) shared.set(child, (shared.get(child) ?? 0) + 1);
    }
  }
  const step = new Set<PersonId>();
  for (const parent of parents) {
    for (const partnership of index.partnershipsByPerson.get(parent) ?? []) {
      if (partnership.kind === 'conception_through_sexual_violence') continue;
      const other = partnership.partners[0] === parent ? partnership.partners[1] : partnership.partners[0];
      if (parents.has(other)) continue;
      for (const child of treeChildIds(index, other)) {
        if (child !== personId && !shared.has(child)) step.add(child);
      }
    }
  }
  const groups: SiblingGroups = { full: [], half: [], step: [] };
  for (const [id, count] of shared) {
    const person = index.personById.get(id);
    if (person) (count >= 2 ? groups.full : groups.half).push(person);
  }
  for (const id of step) {
    const person = index.personById.get(id);
    if (person) groups.step.push(person);
  }
  groups.full.sort(compareBirth);
  groups.half.sort(compareBirth);
  groups.step.sort(compareBirth);
  return groups;
}

function compareBirth(a: Person, b: Person): number {
  return comparePartialDates(a.birth?.date, b.birth?.date);
}
