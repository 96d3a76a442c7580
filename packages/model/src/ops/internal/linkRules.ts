import type { Family } from '../../schema/family.ts';
import type { ParentChildLink } from '../../schema/relationships.ts';
import { requireEntity } from './lookup.ts';
import { fail } from './validate.ts';

/** True when `ancestor` is reachable upwards from `person` through parent–child links. */
export function isAncestor(family: Family, ancestor: string, person: string): boolean {
  const seen = new Set<string>();
  const queue = [person];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const link of family.parentChildLinks) {
      if (link.child !== current || seen.has(link.parent)) continue;
      if (link.parent === ancestor) return true;
      seen.add(link.parent);
      queue.push(link.parent);
    }
  }
  return false;
}

/**
 * Checks a parent–child link makes sense in the family (ignoring the link with the same id): both people
 * exist and differ, its partnership includes the parent, it duplicates no link, and it makes no one
 * their own ancestor.
 */
export function checkLink(family: Family, link: ParentChildLink, operation: string): void {
  requireEntity(family, 'people', link.parent, operation, 'parent');
  requireEntity(family, 'people', link.child, operation, 'child');
  if (link.parent === link.child) fail(operation, 'child', 'a person cannot be their own parent');
  if (link.partnership !== undefined) {
    const { entity } = requireEntity(family, 'partnerships', link.partnership, operation, 'partnership');
    if (!entity.partners.includes(link.parent)) {
      fail(
        operation,
        'partnership',
        `"${link.partnership}" is not a partnership of the parent "${link.parent}"`,
      );
    }
  }
  const others = family.parentChildLinks.filter((l) => l.id !== link.id);
  if (others.some((l) => l.parent === link.parent && l.child === link.child && l.kind === link.kind)) {
    fail(operation, 'parent', `"${link.parent}" is already a ${link.kind} parent of "${link.child}"`);
  }
  if (isAncestor({ ...family, parentChildLinks: others }, link.child, link.parent)) {
    fail(
      operation,
      'child',
      `"${link.child}" is an ancestor of "${link.parent}", so cannot also be their child`,
    );
  }
}
