import type { PersonId } from '../../ids.ts';
import type { Person } from '../../schema/person.ts';
import type { Partnership } from '../../schema/relationships.ts';
import { sharedParentCount, treeChildIds, treeParentIds } from '../siblings.ts';
import type { KinContext } from './context.ts';
import { otherPartner, partnershipsOf } from './context.ts';
import { legalStanding } from './partnerTerm.ts';
import { CHILD_IN_LAW, PARENT_IN_LAW, SIBLING_IN_LAW, pick } from './words.ts';

/** The spouses and civil partners of a person (current or former), with how the union stands. */
function spouses(
  ctx: KinContext,
  id: PersonId,
): { spouse: PersonId; standing: 'current' | 'former'; p: Partnership }[] {
  const out: { spouse: PersonId; standing: 'current' | 'former'; p: Partnership }[] = [];
  for (const p of partnershipsOf(ctx, id)) {
    const standing = legalStanding(ctx, p);
    if (standing) out.push({ spouse: otherPartner(p, id), standing, p });
  }
  return out;
}

function word(standing: 'current' | 'former', term: string): string {
  return standing === 'former' ? `former ${term}` : term;
}

/**
 * In-law relationships, only through a marriage or civil partnership (otherwise kinship spells out
 * "partner's mother"): mother-in-law, son-in-law, sister-in-law (a spouse's sibling or a sibling's
 * spouse). A divorce gives "former mother-in-law".
 */
export function inLawTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const xParents = treeParentIds(ctx.index, x.id);
  for (const { spouse, standing } of spouses(ctx, relativeTo)) {
    if (treeParentIds(ctx.index, spouse).has(x.id)) return word(standing, pick(x, PARENT_IN_LAW));
    if (spouse !== x.id && sharedParentCount(ctx.index, spouse, x.id) > 0) {
      return word(standing, pick(x, SIBLING_IN_LAW));
    }
  }
  const myChildren = treeChildIds(ctx.index, relativeTo);
  const myParents = treeParentIds(ctx.index, relativeTo);
  for (const { spouse, standing } of spouses(ctx, x.id)) {
    if (myChildren.has(spouse)) return word(standing, pick(x, CHILD_IN_LAW));
    if (spouse !== relativeTo && !myParents.has(x.id) && !xParents.has(relativeTo)) {
      if (sharedParentCount(ctx.index, spouse, relativeTo) > 0)
        return word(standing, pick(x, SIBLING_IN_LAW));
    }
  }
  return undefined;
}
