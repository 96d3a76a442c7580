import type * as z from 'zod/mini';
import type { LinkId, PartnershipId, PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { ParentChildLinkSchema, type ParentChildLink } from '../schema/relationships.ts';
import { appendEntity, removeWhere } from './internal/collections.ts';
import { commit, type OperationResult } from './internal/commit.ts';
import { buildEntity, patchEntity } from './internal/entityOps.ts';
import { checkLink } from './internal/linkRules.ts';
import { requireEntity } from './internal/lookup.ts';
import type { DeepPatch } from './internal/mergePatch.ts';
import { fail } from './internal/validate.ts';

type LinkFields = Omit<z.input<typeof ParentChildLinkSchema>, 'id' | 'parent' | 'child' | 'partnership'>;

/**
 * What `linkParentChild` takes: parent, child, optionally their parents' partnership and link fields.
 *
 * @example
 * const input: LinkParentChildInput = { parent: amy, child: leo, kind: 'adoptive' };
 */
export type LinkParentChildInput = LinkFields & {
  parent: PersonId;
  child: PersonId;
  partnership?: PartnershipId;
  id?: LinkId;
};

/**
 * Links a parent to a child, both already in the family. `kind` defaults to `birth`; `partnership`
 * says which couple the child descends from and must include the parent. Duplicates and links that
 * would make someone their own ancestor are refused.
 *
 * @example
 * linkParentChild(family, { parent: amy, child: leo, kind: 'special_guardian', parentalResponsibility: 'yes' });
 */
export function linkParentChild(family: Family, input: LinkParentChildInput): OperationResult {
  const operation = 'linkParentChild';
  if (typeof input !== 'object' || input === null) fail(operation, '', 'needs a parent and a child');
  requireEntity(family, 'people', input.parent, operation, 'parent');
  requireEntity(family, 'people', input.child, operation, 'child');
  const link = buildEntity(family, 'parentChildLinks', ParentChildLinkSchema, input, operation);
  checkLink(family, link, operation);
  return commit(family, appendEntity(family, 'parentChildLinks', link), operation, 'Link parent and child');
}

/**
 * Updates a parent–child link with a deep patch: its kind, parental responsibility, legal basis, dates,
 * confidence, or its parent, child or partnership (re-checked as in `linkParentChild`).
 *
 * @example
 * updateLink(family, { id: link, patch: { parentalResponsibility: 'yes', legalBasis: { order: 'SGO', date: '2021-05' } } });
 */
export function updateLink(
  family: Family,
  input: {
    id: LinkId;
    patch: DeepPatch<LinkFields> & {
      parent?: PersonId;
      child?: PersonId;
      partnership?: PartnershipId | null;
    };
  },
): OperationResult {
  const operation = 'updateLink';
  const next = patchEntity(
    family,
    'parentChildLinks',
    ParentChildLinkSchema,
    input?.id,
    input?.patch,
    operation,
  );
  const link = next.parentChildLinks.find((l) => l.id === input.id) as ParentChildLink;
  checkLink(next, link, operation);
  return commit(family, next, operation, 'Update parent–child link');
}

/**
 * What `unlinkParentChild` takes: the link's id, or a parent and child (removing every link between them).
 *
 * @example
 * const input: UnlinkParentChildInput = { parent: ben, child: leo };
 */
export type UnlinkParentChildInput = { id: LinkId } | { parent: PersonId; child: PersonId };

/**
 * Removes a parent–child link, by id or by parent and child. Both people stay in the family.
 *
 * @example
 * unlinkParentChild(family, { parent: ben, child: leo });
 */
export function unlinkParentChild(family: Family, input: UnlinkParentChildInput): OperationResult {
  const operation = 'unlinkParentChild';
  if (typeof input !== 'object' || input === null)
    fail(operation, '', 'needs a link id, or a parent and a child');
  if ('id' in input) {
    const { entity } = requireEntity(family, 'parentChildLinks', input.id, operation, 'id');
    return commit(
      family,
      removeWhere(family, 'parentChildLinks', (l) => l.id === entity.id),
      operation,
      'Unlink parent and child',
    );
  }
  requireEntity(family, 'people', input.parent, operation, 'parent');
  requireEntity(family, 'people', input.child, operation, 'child');
  const next = removeWhere(
    family,
    'parentChildLinks',
    (l) => l.parent === input.parent && l.child === input.child,
  );
  if (next === family)
    fail(operation, 'child', `"${input.parent}" is not linked as a parent of "${input.child}"`);
  return commit(family, next, operation, 'Unlink parent and child');
}
