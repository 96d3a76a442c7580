import { comparePartialDates } from '../dates/partialDate.ts';
import { isWithin } from '../dates/isWithin.ts';
import type { PersonId } from '../ids.ts';
import type { PartialDate } from '../schema/common.ts';
import type { ParentChildKind } from '../schema/enumValues.ts';
import type { Family } from '../schema/family.ts';
import type { Person } from '../schema/person.ts';
import type { ParentChildLink, Partnership } from '../schema/relationships.ts';
import { indexFamily } from './indexFamily.ts';

/** A relative reached through a parent–child link, with the link itself. */
export interface LinkedRelative {
  person: Person;
  link: ParentChildLink;
}

/** A partner with the partnership that joins them. */
export interface PartnerEntry {
  person: Person;
  partnership: Partnership;
}

/** Which links a parents/children query follows. */
export interface LinkQueryOptions {
  /** Only links of these kinds (default: every kind). */
  kinds?: readonly ParentChildKind[];
  /** Only links whose `from`/`to` range includes this date (default: links of every period). */
  asAt?: PartialDate | string;
}

/**
 * The link kinds that make a person a parent in the family tree: birth, adoption (the adopters), and
 * `adopted_out` (the birth parents of a child adopted away). Used for siblings and kinship terms.
 *
 * @example
 * parentsOf(family, leoId, { kinds: FAMILY_TREE_LINK_KINDS }); // birth and adoptive parents
 */
export const FAMILY_TREE_LINK_KINDS: readonly ParentChildKind[] = ['birth', 'adoptive', 'adopted_out'];

/**
 * The birth-parent link kinds: `birth`, and `adopted_out` (a birth parent whose child was adopted).
 *
 * @example
 * childrenOf(family, amyId, { kinds: BIRTH_LINK_KINDS });
 */
export const BIRTH_LINK_KINDS: readonly ParentChildKind[] = ['birth', 'adopted_out'];

function keep(link: ParentChildLink, options: LinkQueryOptions | undefined): boolean {
  if (options?.kinds && !options.kinds.includes(link.kind)) return false;
  if (options?.asAt !== undefined && !isWithin(link, options.asAt)) return false;
  return true;
}

/**
 * A person's parents (birth, adoptive, foster carers, special guardians… every link kind unless
 * `kinds` narrows it), one entry per link, in the family's order. Links to people missing from the
 * family are skipped.
 *
 * @example
 * parentsOf(family, leoId).map((p) => displayName(p.person));          // ['Amy Smith', 'Unknown parent', 'Jo Bell']
 * parentsOf(family, leoId, { kinds: ['birth'] });                       // birth parents only
 * parentsOf(family, leoId, { kinds: ['foster'], asAt: '2025-03-14' });  // foster carers on that day
 */
export function parentsOf(family: Family, personId: PersonId, options?: LinkQueryOptions): LinkedRelative[] {
  const index = indexFamily(family);
  const out: LinkedRelative[] = [];
  for (const link of index.linksByChild.get(personId) ?? []) {
    const person = index.personById.get(link.parent);
    if (person && keep(link, options)) out.push({ person, link });
  }
  return out;
}

/**
 * A person's children, one entry per link (every link kind unless `kinds` narrows it), oldest first;
 * children without a birth date come last, in the family's order.
 *
 * @example
 * childrenOf(family, amyId).map((c) => displayName(c.person)); // ['Mia', 'Leo']
 * childrenOf(family, granId, { kinds: ['special_guardian'] });  // children she is special guardian to
 */
export function childrenOf(family: Family, personId: PersonId, options?: LinkQueryOptions): LinkedRelative[] {
  const index = indexFamily(family);
  const out: LinkedRelative[] = [];
  for (const link of index.linksByParent.get(personId) ?? []) {
    const person = index.personById.get(link.child);
    if (person && keep(link, options)) out.push({ person, link });
  }
  return out.sort((a, b) => comparePartialDates(a.person.birth?.date, b.person.birth?.date));
}

/**
 * A person's birth parents (`birth` and `adopted_out` links).
 *
 * @example
 * birthParentsOf(family, leoId).map((p) => p.person.id); // ['person:amy', 'person:unknown-father']
 */
export function birthParentsOf(family: Family, personId: PersonId): LinkedRelative[] {
  return parentsOf(family, personId, { kinds: BIRTH_LINK_KINDS });
}

/**
 * A person's birth children (`birth` and `adopted_out` links), oldest first.
 *
 * @example
 * birthChildrenOf(family, amyId).map((c) => c.person.id); // ['person:mia', 'person:leo']
 */
export function birthChildrenOf(family: Family, personId: PersonId): LinkedRelative[] {
  return childrenOf(family, personId, { kinds: BIRTH_LINK_KINDS });
}

/**
 * Everyone a person has a partnership with, past or present, in the family's order, with the
 * partnership (use `partnershipStatusAt` for its status on a date). Includes every partnership kind,
 * including `conception_through_sexual_violence`: filter on `partnership.kind` before drawing.
 *
 * @example
 * partnersOf(family, amyId).map((p) => displayName(p.person)); // ['Jo Bell', 'Sam Reid']
 */
export function partnersOf(family: Family, personId: PersonId): PartnerEntry[] {
  const index = indexFamily(family);
  const out: PartnerEntry[] = [];
  for (const partnership of index.partnershipsByPerson.get(personId) ?? []) {
    const otherId = partnership.partners[0] === personId ? partnership.partners[1] : partnership.partners[0];
    const person = index.personById.get(otherId);
    if (person) out.push({ person, partnership });
  }
  return out;
}
