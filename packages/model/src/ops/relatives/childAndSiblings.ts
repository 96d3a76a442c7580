import type { PersonId } from '../../ids.ts';
import type { Family } from '../../schema/family.ts';
import type { ParentChildLink, Partnership } from '../../schema/relationships.ts';
import { appendEntity } from '../internal/collections.ts';
import { requireEntity } from '../internal/lookup.ts';
import { fail } from '../internal/validate.ts';
import type { RelativeContext } from './context.ts';
import { mostRecentPartnership, parentLinksOf } from './parentsOf.ts';

/** Links the new person as the child of each of `parents`, under `partnership` if given. */
function linkToParents(
  family: Family,
  ctx: RelativeContext,
  parents: readonly { parent: PersonId; partnership?: PartnershipIdOrUndefined; kind?: string }[],
): Family {
  let next = family;
  for (const p of parents) {
    const fields: Parameters<RelativeContext['makeLink']>[1] = { parent: p.parent, child: ctx.person.id };
    if (p.partnership !== undefined) fields.partnership = p.partnership;
    if (p.kind !== undefined) fields.kind = p.kind;
    next = appendEntity(next, 'parentChildLinks', ctx.makeLink(next, fields));
  }
  return next;
}
type PartnershipIdOrUndefined = Partnership['id'] | undefined;

function underPartnership(family: Family, ctx: RelativeContext, partnership: Partnership): Family {
  return linkToParents(
    family,
    ctx,
    partnership.partners.map((parent) => ({ parent, partnership: partnership.id })),
  );
}

/**
 * `child`: under the chosen partnership (which must include `of`), or `of`'s only or most recent
 * partnership, or — with `singleParent` or no partnership — as `of`'s child alone.
 */
export function addChild(family: Family, ctx: RelativeContext): Family {
  const { input, of, operation } = ctx;
  if (input.partnership !== undefined) {
    const { entity } = requireEntity(family, 'partnerships', input.partnership, operation, 'partnership');
    if (!entity.partners.includes(of.id))
      fail(operation, 'partnership', `"${entity.id}" is not a partnership of "${of.id}"`);
    return underPartnership(family, ctx, entity);
  }
  const partnership = input.singleParent ? undefined : mostRecentPartnership(family, of.id);
  if (partnership) return underPartnership(family, ctx, partnership);
  return linkToParents(family, ctx, [{ parent: of.id }]);
}

/** Copies `of`'s parent links (birth links if any) to the new person: same parents, same partnership. */
function sameParents(family: Family, ctx: RelativeContext, links: ParentChildLink[]): Family {
  return linkToParents(
    family,
    ctx,
    links.map((l) => ({
      parent: l.parent,
      partnership: l.partnership,
      kind: ctx.input.link?.kind ?? l.kind,
    })),
  );
}

/** `sibling`: a full sibling, with the same parents and partnership as `of`. */
export function addSibling(family: Family, ctx: RelativeContext): Family {
  const links = parentLinksOf(family, ctx.of.id);
  if (links.length === 0) {
    fail(
      ctx.operation,
      'of',
      `"${ctx.of.id}" has no parents on the map yet; add a parent first so the sibling can be linked`,
    );
  }
  return sameParents(family, ctx, links);
}

/**
 * `half_sibling`: born to a partnership of one of `of`'s parents other than `of`'s own parents'
 * partnership; or, with `via`, the child of that one parent alone.
 */
export function addHalfSibling(family: Family, ctx: RelativeContext): Family {
  const { input, of, operation } = ctx;
  const parents = new Set(family.parentChildLinks.filter((l) => l.child === of.id).map((l) => l.parent));
  if (input.partnership !== undefined) {
    const { entity } = requireEntity(family, 'partnerships', input.partnership, operation, 'partnership');
    const shared = entity.partners.filter((p) => parents.has(p));
    if (shared.length === 0) {
      fail(operation, 'partnership', `"${entity.id}" is not a partnership of either of "${of.id}"'s parents`);
    }
    if (shared.length === 2) {
      fail(
        operation,
        'partnership',
        `"${entity.id}" is "${of.id}"'s own parents' partnership: add a sibling instead`,
      );
    }
    return underPartnership(family, ctx, entity);
  }
  if (input.via !== undefined) {
    requireEntity(family, 'people', input.via, operation, 'via');
    if (!parents.has(input.via)) fail(operation, 'via', `"${input.via}" is not a parent of "${of.id}"`);
    return linkToParents(family, ctx, [{ parent: input.via }]);
  }
  return fail(
    operation,
    'partnership',
    'a half-sibling needs the partnership of one of the parents they share (or `via`: the parent they share)',
  );
}

/** `twin`: same parents as `of` (if any are recorded), the same birth date, and one multiple-birth group. */
export function addTwinParents(family: Family, ctx: RelativeContext): Family {
  return sameParents(family, ctx, parentLinksOf(family, ctx.of.id));
}
