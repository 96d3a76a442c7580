import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { mapCollection, removeWhere } from './internal/collections.ts';
import { commit, type OperationResult } from './internal/commit.ts';
import { requireEntity } from './internal/lookup.ts';
import { stripEverywhere } from './internal/stripEverywhere.ts';

/**
 * Removes a person and everything that depends on them, all in one change so that one undo restores
 * it exactly: their parent–child links, partnerships (other links keep their parent but lose the
 * partnership reference), household memberships, multiple-birth membership (a group left with fewer
 * than two people is dissolved), emotional relationships, involvements with them, caring roles, their
 * place among the subjects, and optional references to them (a sponsor, "reported by").
 *
 * @example
 * const { family: next, change } = removePerson(family, { id: amy });
 * change.parentChildLinks?.removed?.length; // her links to parents and children
 */
export function removePerson(family: Family, input: { id: PersonId }): OperationResult {
  const operation = 'removePerson';
  const { entity: person } = requireEntity(family, 'people', input?.id, operation, 'id');
  const id = person.id;
  let next = removeWhere(family, 'parentChildLinks', (l) => l.parent === id || l.child === id);
  const partnershipIds = new Set(next.partnerships.filter((p) => p.partners.includes(id)).map((p) => p.id));
  next = removeWhere(next, 'partnerships', (p) => partnershipIds.has(p.id));
  next = mapCollection(next, 'parentChildLinks', (link) => {
    if (!link.partnership || !partnershipIds.has(link.partnership)) return link;
    const { partnership: _dropped, ...rest } = link;
    return rest;
  });
  next = mapCollection(next, 'households', (h) =>
    h.members.some((m) => m.person === id) ? { ...h, members: h.members.filter((m) => m.person !== id) } : h,
  );
  next = mapCollection(next, 'multipleBirths', (g) =>
    g.members.includes(id) ? { ...g, members: g.members.filter((m) => m !== id) } : g,
  );
  next = removeWhere(next, 'multipleBirths', (g) => g.members.length < 2);
  next = removeWhere(next, 'emotionalRelationships', (r) => r.from === id || r.to === id);
  next = removeWhere(next, 'involvements', (i) => i.with.kind === 'person' && i.with.person === id);
  next = removeWhere(next, 'caringRoles', (c) => c.carer === id || c.caredFor === id);
  if (next.subjects.includes(id)) next = { ...next, subjects: next.subjects.filter((s) => s !== id) };
  next = removeWhere(next, 'people', (p) => p.id === id);
  next = stripEverywhere(next, new Set([id]));
  return commit(family, next, operation, 'Remove person');
}
