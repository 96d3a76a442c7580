import { createId } from '@kinmap/model';
import type { Family, ParentChildLink, Partnership, PersonId } from '@kinmap/model';

/** A family with one more child for `partnership`, born after all its other children. */
export function addYoungestChild(
  family: Family,
  partnership: Partnership,
): { family: Family; child: PersonId } {
  const child = createId('person', `added-child-${partnership.id.slice(12)}`);
  const siblings = family.parentChildLinks
    .filter((l) => l.partnership === partnership.id)
    .map((l) => l.child);
  const years = family.people
    .filter((p) => siblings.includes(p.id))
    .map((p) => Number(p.birth?.date.slice(0, 4) ?? 0));
  const start = Number(partnership.events[0]?.date?.slice(0, 4) ?? 2000);
  const year = Math.max(start + 1, ...years) + 1;
  const links: ParentChildLink[] = partnership.partners.map((parent, i) => ({
    id: createId('link', `added-${i}-${partnership.id.slice(12)}`),
    parent,
    child,
    partnership: partnership.id,
    kind: 'birth',
    parentalResponsibility: 'not_asked',
    confidence: 'reported',
  }));
  return {
    child,
    family: {
      ...family,
      people: [
        ...family.people,
        {
          id: child,
          kind: 'person',
          names: { given: 'New', family: 'Child', other: [] },
          sexAtBirth: 'female',
          genderIdentity: 'woman',
          birth: { date: `${year}-06-01`, estimated: false },
          vitalStatus: 'living',
          significance: 'family',
          statuses: [],
          safeguardingChecks: [],
          caringAsked: 'not_asked',
        },
      ],
      parentChildLinks: [...family.parentChildLinks, ...links],
    },
  };
}

/** The child's sibship (everyone sharing a parent with it) and all its ancestors. */
export function sibshipAndAncestors(family: Family, child: PersonId): Set<PersonId> {
  const parentsOf = new Map<PersonId, PersonId[]>();
  for (const l of family.parentChildLinks)
    parentsOf.set(l.child, [...(parentsOf.get(l.child) ?? []), l.parent]);
  const out = new Set<PersonId>([child]);
  const parents = parentsOf.get(child) ?? [];
  for (const l of family.parentChildLinks) if (parents.includes(l.parent)) out.add(l.child);
  const stack = [...parents];
  while (stack.length > 0) {
    const p = stack.pop() as PersonId;
    if (out.has(p) && !parents.includes(p)) continue;
    out.add(p);
    stack.push(...(parentsOf.get(p) ?? []).filter((q) => !out.has(q)));
  }
  return out;
}
