import type { PersonId } from '../../ids.ts';
import type { Person } from '../../schema/person.ts';
import { treeChildIds, treeParentIds } from '../siblings.ts';
import type { KinContext } from './context.ts';
import { otherPartner, partnershipsOf, person } from './context.ts';
import { legalStanding, overlapsLifeOf, partnerTerm } from './partnerTerm.ts';
import { CHILD, PARENT, STEP_CHILD, STEP_PARENT, STEP_SIBLING, pick, possessive } from './words.ts';

/*
 * Step relationships come through a parent's partnership. Kinmap says stepfather, stepdaughter,
 * stepsister… only when the couple are or were **married or in a civil partnership** (the usual
 * British sense, and the one with legal weight: a step-parent by marriage can acquire parental
 * responsibility, Children Act 1989 s4A). Otherwise it spells the relationship out: "mother's
 * partner", "partner's son", "father's ex-partner's daughter". Divorced, dissolved or annulled
 * unions give "former stepfather"; a union that ended before the child was born gives no step
 * relation at all ("father's ex-wife"). A `step_parenting_role` link always gives "stepfather".
 */

function withStanding(standing: 'current' | 'former', word: string): string {
  return standing === 'former' ? `former ${word}` : word;
}

/** `x` is the partner of one of `relativeTo`'s parents (and not a parent): stepmother, "mother's partner". */
export function stepParentTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const parents = treeParentIds(ctx.index, relativeTo);
  if (parents.has(x.id)) return undefined;
  for (const parentId of parents) {
    const parent = person(ctx, parentId);
    if (!parent) continue;
    for (const p of partnershipsOf(ctx, parentId)) {
      if (otherPartner(p, parentId) !== x.id) continue;
      const standing = legalStanding(ctx, p);
      const child = person(ctx, relativeTo);
      if (standing && child && overlapsLifeOf(ctx, p, child))
        return withStanding(standing, pick(x, STEP_PARENT));
      const term = partnerTerm(ctx, x, p);
      if (term) return `${possessive(pick(parent, PARENT))} ${term}`;
    }
  }
  return undefined;
}

/** `x` is a child of one of `relativeTo`'s partners (and not their own child): stepson, "partner's son". */
export function stepChildTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const own = treeChildIds(ctx.index, relativeTo);
  if (own.has(x.id)) return undefined;
  const xParents = treeParentIds(ctx.index, x.id);
  for (const p of partnershipsOf(ctx, relativeTo)) {
    const partnerId = otherPartner(p, relativeTo);
    const partner = person(ctx, partnerId);
    if (!partner || !xParents.has(partnerId)) continue;
    const standing = legalStanding(ctx, p);
    if (standing && overlapsLifeOf(ctx, p, x)) return withStanding(standing, pick(x, STEP_CHILD));
    const term = partnerTerm(ctx, partner, p);
    if (term) return `${possessive(term)} ${pick(x, CHILD)}`;
  }
  return undefined;
}

/** `x` shares no parent with `relativeTo`, but their parents are partners: stepsister, "mother's partner's son". */
export function stepSiblingTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const mine = treeParentIds(ctx.index, relativeTo);
  const theirs = treeParentIds(ctx.index, x.id);
  for (const id of theirs) if (mine.has(id)) return undefined;
  for (const parentId of mine) {
    const parent = person(ctx, parentId);
    if (!parent) continue;
    for (const p of partnershipsOf(ctx, parentId)) {
      const otherId = otherPartner(p, parentId);
      const other = person(ctx, otherId);
      if (!other || !theirs.has(otherId)) continue;
      const standing = legalStanding(ctx, p);
      const me = person(ctx, relativeTo);
      if (standing && me && overlapsLifeOf(ctx, p, me) && overlapsLifeOf(ctx, p, x))
        return withStanding(standing, pick(x, STEP_SIBLING));
      const term = partnerTerm(ctx, other, p);
      if (term) return `${possessive(pick(parent, PARENT))} ${possessive(term)} ${pick(x, CHILD)}`;
    }
  }
  return undefined;
}
