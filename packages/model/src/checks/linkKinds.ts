import { isWithin } from '../dates/isWithin.ts';
import { FAMILY_TREE_LINK_KINDS } from '../queries/relatives.ts';
import type { ParentChildLink } from '../schema/relationships.ts';

/**
 * Link kinds through which a person descends biologically: the birth-link kinds plus donors and
 * surrogates, who also fill a birth-parent slot and can close a loop of ancestry.
 */
export const BIOLOGICAL_KINDS: ReadonlySet<ParentChildLink['kind']> = new Set([
  'birth',
  'adopted_out',
  'donor',
  'surrogate',
]);

/** A link that records a biological relationship (see `BIOLOGICAL_KINDS`) that is not disproven. */
export function isBiologicalLink(link: ParentChildLink): boolean {
  return BIOLOGICAL_KINDS.has(link.kind) && link.confidence !== 'disproven';
}

/**
 * Whether a link makes its parent one of the child's parents for the standard ("every parent"):
 * family-tree links (birth, adoptive, adopted out) always; other caring links (foster carer, special
 * guardian, step-parent…) while current at `asAt`; never donors, surrogates or disproven links.
 */
export function isParentLink(link: ParentChildLink, asAt: string): boolean {
  if (link.kind === 'donor' || link.kind === 'surrogate' || link.confidence === 'disproven') return false;
  return FAMILY_TREE_LINK_KINDS.includes(link.kind) || isWithin(link, asAt);
}
