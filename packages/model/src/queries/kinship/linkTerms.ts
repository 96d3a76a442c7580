import type { PersonId } from '../../ids.ts';
import type { Person } from '../../schema/person.ts';
import type { ParentChildLink } from '../../schema/relationships.ts';
import type { KinContext } from './context.ts';
import { linkEnded, linksBetween } from './context.ts';
import { CARE_LINK_KINDS, CHILD_BY_LINK, FAMILY_LINK_PREFERENCE, PARENT_BY_LINK, pick } from './words.ts';

function rank(link: ParentChildLink): number {
  const i = FAMILY_LINK_PREFERENCE.indexOf(link.kind);
  return i < 0 ? FAMILY_LINK_PREFERENCE.length : i;
}

function describe(ctx: KinContext, x: Person, link: ParentChildLink, xIsParent: boolean): string {
  const word = pick(x, (xIsParent ? PARENT_BY_LINK : CHILD_BY_LINK)[link.kind]);
  const canEnd = CARE_LINK_KINDS.has(link.kind) || link.kind === 'step_parenting_role';
  return canEnd && linkEnded(ctx, link) ? `former ${word}` : word;
}

/**
 * A direct family link between the two (birth, adoptive, adopted out, step-parenting role, donor,
 * surrogate): mother, adoptive father, birth mother, stepfather, son, adopted daughter…
 */
export function familyLinkTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const family = (links: ParentChildLink[]) =>
    links.filter((l) => !CARE_LINK_KINDS.has(l.kind)).sort((a, b) => rank(a) - rank(b))[0];
  const asParent = family(linksBetween(ctx, x.id, relativeTo));
  if (asParent) return describe(ctx, x, asParent, true);
  const asChild = family(linksBetween(ctx, relativeTo, x.id));
  if (asChild) return describe(ctx, x, asChild, false);
  return undefined;
}

/**
 * A direct care or legal-order link between the two (foster carer, special guardian, kinship carer,
 * guardian…, or the child's side of one), with "former" when it has ended by the date.
 */
export function careLinkTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const asParent = linksBetween(ctx, x.id, relativeTo).find((l) => CARE_LINK_KINDS.has(l.kind));
  if (asParent) return describe(ctx, x, asParent, true);
  const asChild = linksBetween(ctx, relativeTo, x.id).find((l) => CARE_LINK_KINDS.has(l.kind));
  if (asChild) return describe(ctx, x, asChild, false);
  return undefined;
}
