import type * as z from 'zod/mini';
import { createId, type LinkId, type MultipleBirthId, type PartnershipId, type PersonId } from '../../ids.ts';
import type { Family } from '../../schema/family.ts';
import type { Person } from '../../schema/person.ts';
import {
  ParentChildLinkSchema,
  PartnershipSchema,
  type ParentChildLink,
  type Partnership,
} from '../../schema/relationships.ts';
import type { Zygosity } from '../../schema/enumValues.ts';
import { newId } from '../internal/entityOps.ts';
import { parseOrThrow } from '../internal/validate.ts';
import type { NewPerson } from '../people.ts';

/**
 * How the new person is related to `of`.
 *
 * @example
 * const relation: Relation = 'half_sibling';
 */
export type Relation = 'parent' | 'partner' | 'child' | 'sibling' | 'half_sibling' | 'twin';

/**
 * Fields for the parent–child links `addRelative` creates (kind defaults to `birth`).
 *
 * @example
 * addRelative(family, { of: leo, relation: 'parent', link: { kind: 'adoptive', parentalResponsibility: 'yes' } });
 */
export type RelativeLinkFields = Omit<
  z.input<typeof ParentChildLinkSchema>,
  'id' | 'parent' | 'child' | 'partnership'
>;
/**
 * Fields for the partnership `addRelative` creates (kind defaults to `unknown`).
 *
 * @example
 * addRelative(family, { of: amy, relation: 'partner', partnershipFields: { kind: 'marriage' } });
 */
export type RelativePartnershipFields = Omit<z.input<typeof PartnershipSchema>, 'id' | 'partners'>;

/**
 * What `addRelative` takes. Only `of` and `relation` are required.
 *
 * @example
 * const input: AddRelativeInput = { of: leo, relation: 'half_sibling', partnership: benAndCat };
 */
export interface AddRelativeInput {
  /** The person the new relative is related to. */
  of: PersonId;
  relation: Relation;
  /** Fields of the new relative (names, sex, birth…), optionally with an explicit `id`. */
  person?: NewPerson;
  /** `child`: the couple the child is born to (must include `of`). `half_sibling`: the partnership of one of `of`'s parents the half-sibling is born to. */
  partnership?: PartnershipId;
  /** `child`: link the child to `of` alone, even if `of` has partnerships. */
  singleParent?: boolean;
  /** `half_sibling` without `partnership`: the parent of `of` the half-sibling shares (and no one else). */
  via?: PersonId;
  /** Fields for the new parent–child links (kind, parental responsibility, legal basis…). */
  link?: RelativeLinkFields;
  /** `partner`, or the partnership made when a second parent is added: its fields (kind, events…). */
  partnershipFields?: RelativePartnershipFields;
  /** `twin`: zygosity of the multiple birth (a new group, or an update to the existing one). */
  zygosity?: Zygosity;
  /** Explicit ids for the entities created (for deterministic tests); fresh ids otherwise. */
  ids?: { partnership?: PartnershipId; links?: LinkId[]; multipleBirth?: MultipleBirthId };
}

/** What the relation builders share. */
export interface RelativeContext {
  operation: string;
  input: AddRelativeInput;
  of: Person;
  /** The new person, already appended to the family the builders receive. */
  person: Person;
  /** A new, validated parent–child link with the input's link fields. */
  makeLink(
    family: Family,
    fields: { parent: PersonId; child: PersonId; partnership?: PartnershipId; kind?: string },
  ): ParentChildLink;
  /** A new, validated partnership with the input's partnership fields. */
  makePartnership(family: Family, partners: [PersonId, PersonId]): Partnership;
}

/** Builds the context for one `addRelative` call. */
export function relativeContext(
  operation: string,
  input: AddRelativeInput,
  of: Person,
  person: Person,
): RelativeContext {
  let nextLink = 0;
  return {
    operation,
    input,
    of,
    person,
    makeLink(family, fields) {
      const index = nextLink++;
      const explicit = input.ids?.links?.[index];
      const id =
        explicit === undefined
          ? createId('link')
          : newId(family, 'parentChildLinks', explicit, operation, `ids.links[${index}]`);
      const value = { ...input.link, ...fields, kind: fields.kind ?? input.link?.kind ?? 'birth', id };
      return parseOrThrow(ParentChildLinkSchema, value, operation, 'link');
    },
    makePartnership(family, partners) {
      const id = newId(family, 'partnerships', input.ids?.partnership, operation, 'ids.partnership');
      return parseOrThrow(
        PartnershipSchema,
        { ...input.partnershipFields, partners, id },
        operation,
        'partnershipFields',
      );
    },
  };
}
