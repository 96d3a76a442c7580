import type { CheckContext } from './contextTypes.ts';

/**
 * The living people the standard asks about as "every adult in the household and every parent":
 * adults in current households, then parents of subject children, each once, in that order.
 */
export function standardAdultsAndParents(context: CheckContext): string[] {
  const ids = new Set<string>();
  for (const id of context.householdAdults.keys()) ids.add(id);
  for (const id of context.parentsOfSubjectChildren.keys()) ids.add(id);
  return [...ids].filter((id) => context.isLivingPerson(id));
}
