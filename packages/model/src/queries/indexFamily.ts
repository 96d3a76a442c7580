import type { HouseholdId, LinkId, MultipleBirthId, PartnershipId, PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import type { Household, HouseholdMember } from '../schema/household.ts';
import type { Person } from '../schema/person.ts';
import type { MultipleBirth, ParentChildLink, Partnership } from '../schema/relationships.ts';

/** One membership of a person in a household. */
export interface HouseholdEntry {
  household: Household;
  member: HouseholdMember;
}

/**
 * Lookup maps over one family, built once in a single pass. Lists keep the family's own order.
 * A person with nothing recorded is simply absent from a map (use `?? []`).
 */
export interface FamilyIndex {
  personById: ReadonlyMap<PersonId, Person>;
  partnershipById: ReadonlyMap<PartnershipId, Partnership>;
  linkById: ReadonlyMap<LinkId, ParentChildLink>;
  householdById: ReadonlyMap<HouseholdId, Household>;
  multipleBirthById: ReadonlyMap<MultipleBirthId, MultipleBirth>;
  /** Links in which the person is the child (their parents). */
  linksByChild: ReadonlyMap<PersonId, readonly ParentChildLink[]>;
  /** Links in which the person is the parent (their children). */
  linksByParent: ReadonlyMap<PersonId, readonly ParentChildLink[]>;
  partnershipsByPerson: ReadonlyMap<PersonId, readonly Partnership[]>;
  householdsByPerson: ReadonlyMap<PersonId, readonly HouseholdEntry[]>;
  /** The multiple-birth group (twins, triplets…) a person belongs to. */
  multipleBirthByPerson: ReadonlyMap<PersonId, MultipleBirth>;
}

const cache = new WeakMap<Family, FamilyIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(family: Family): FamilyIndex {
  const personById = new Map<PersonId, Person>();
  for (const p of family.people) personById.set(p.id, p);
  const partnershipById = new Map<PartnershipId, Partnership>();
  const partnershipsByPerson = new Map<PersonId, Partnership[]>();
  for (const p of family.partnerships) {
    partnershipById.set(p.id, p);
    push(partnershipsByPerson, p.partners[0], p);
    if (p.partners[1] !== p.partners[0]) push(partnershipsByPerson, p.partners[1], p);
  }
  const linkById = new Map<LinkId, ParentChildLink>();
  const linksByChild = new Map<PersonId, ParentChildLink[]>();
  const linksByParent = new Map<PersonId, ParentChildLink[]>();
  for (const l of family.parentChildLinks) {
    linkById.set(l.id, l);
    push(linksByChild, l.child, l);
    push(linksByParent, l.parent, l);
  }
  const householdById = new Map<HouseholdId, Household>();
  const householdsByPerson = new Map<PersonId, HouseholdEntry[]>();
  for (const household of family.households) {
    householdById.set(household.id, household);
    for (const member of household.members) push(householdsByPerson, member.person, { household, member });
  }
  const multipleBirthById = new Map<MultipleBirthId, MultipleBirth>();
  const multipleBirthByPerson = new Map<PersonId, MultipleBirth>();
  for (const group of family.multipleBirths) {
    multipleBirthById.set(group.id, group);
    for (const member of group.members)
      if (!multipleBirthByPerson.has(member)) multipleBirthByPerson.set(member, group);
  }
  return {
    personById,
    partnershipById,
    linkById,
    householdById,
    multipleBirthById,
    linksByChild,
    linksByParent,
    partnershipsByPerson,
    householdsByPerson,
    multipleBirthByPerson,
  };
}

/**
 * Lookup maps for a family (people by id, links by parent and by child, partnerships and households
 * by person…). Built in one linear pass and remembered per family object, so every query on the same
 * family shares one index: each lookup is then O(1). Families are immutable, so an edit (which makes
 * a new family object) gets a fresh index; the old one is garbage-collected with its family.
 *
 * @example
 * const index = indexFamily(family);
 * index.personById.get(createId('person', 'amy'));
 * index.linksByChild.get(amyId) ?? []; // Amy's parent links
 */
export function indexFamily(family: Family): FamilyIndex {
  let index = cache.get(family);
  if (!index) {
    index = build(family);
    cache.set(family, index);
  }
  return index;
}
