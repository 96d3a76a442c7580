import type { Family } from '../../schema/family.ts';
import { appendEntity, replaceAt } from '../internal/collections.ts';
import { fail } from '../internal/validate.ts';
import type { RelativeContext } from './context.ts';

/**
 * `parent`: links the new person as a parent of `of`. If `of` already has exactly one parent of the same
 * link kind, the two parents are joined in a partnership (kind `unknown` unless given) and both links
 * name it. A third birth parent is refused.
 */
export function addParent(family: Family, ctx: RelativeContext): Family {
  const { of, person, operation } = ctx;
  const kind = ctx.input.link?.kind ?? 'birth';
  const existing = family.parentChildLinks.filter((l) => l.child === of.id && l.kind === kind);
  if (kind === 'birth' && existing.length >= 2) {
    fail(operation, 'of', `"${of.id}" already has two birth parents; remove one or choose another link kind`);
  }
  const only = existing.length === 1 ? existing[0] : undefined;
  if (!only)
    return appendEntity(
      family,
      'parentChildLinks',
      ctx.makeLink(family, { parent: person.id, child: of.id }),
    );
  const partnership = ctx.makePartnership(family, [only.parent, person.id]);
  let next = appendEntity(family, 'partnerships', partnership);
  const index = next.parentChildLinks.indexOf(only);
  next = replaceAt(next, 'parentChildLinks', index, { ...only, partnership: partnership.id });
  const link = ctx.makeLink(next, { parent: person.id, child: of.id, partnership: partnership.id });
  return appendEntity(next, 'parentChildLinks', link);
}

/** `partner`: a partnership between `of` and the new person. */
export function addPartner(family: Family, ctx: RelativeContext): Family {
  return appendEntity(family, 'partnerships', ctx.makePartnership(family, [ctx.of.id, ctx.person.id]));
}
