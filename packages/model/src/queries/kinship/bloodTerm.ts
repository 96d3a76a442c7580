import type { PersonId } from '../../ids.ts';
import type { Person } from '../../schema/person.ts';
import { sharedParentCount } from '../siblings.ts';
import { commonAncestry } from './ancestry.ts';
import type { KinContext } from './context.ts';
import {
  AUNT,
  GRANDCHILD,
  GRANDPARENT,
  HALF_SIBLING,
  NIECE,
  PARENT,
  SIBLING,
  cousinTerm,
  greats,
  pick,
} from './words.ts';

/** "maternal " or "paternal " from the gender of the parent the path goes through, else nothing. */
function side(ctx: KinContext, via: PersonId | undefined): string {
  const parent = via === undefined ? undefined : ctx.index.personById.get(via);
  if (parent?.genderIdentity === 'woman') return 'maternal ';
  if (parent?.genderIdentity === 'man') return 'paternal ';
  return '';
}

/**
 * The blood (or adoptive) relationship of `x` to `relativeTo` through their nearest common ancestor:
 * parent, grandparent, sibling, aunt, niece, cousin… Adoption counts as in law (Adoption and Children
 * Act 2002 s67): an adopted child's grandparents are the adopters' parents.
 */
export function bloodTerm(ctx: KinContext, relativeTo: PersonId, x: Person): string | undefined {
  const found = commonAncestry(ctx, relativeTo, x.id);
  if (!found) return undefined;
  const { up, down, via } = found;
  if (up === 0 && down === 0) return undefined;
  if (down === 0) {
    if (up === 1) return pick(x, PARENT);
    return `${side(ctx, via)}${greats(up - 2)}${pick(x, GRANDPARENT)}`;
  }
  if (up === 0) {
    if (down === 1) return pick(x, ['daughter', 'son', 'child']);
    return `${greats(down - 2)}${pick(x, GRANDCHILD)}`;
  }
  if (up === 1 && down === 1) {
    return pick(x, sharedParentCount(ctx.index, relativeTo, x.id) >= 2 ? SIBLING : HALF_SIBLING);
  }
  if (down === 1) return `${side(ctx, via)}${greats(up - 2)}${pick(x, AUNT)}`;
  if (up === 1) return `${greats(down - 2)}${pick(x, NIECE)}`;
  return cousinTerm(Math.min(up, down) - 1, Math.abs(up - down));
}
