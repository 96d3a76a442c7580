import type { PersonId } from '../../ids.ts';
import type { Family } from '../../schema/family.ts';
import type { ParentChildLink, Partnership } from '../../schema/relationships.ts';

/** A person's links to their birth parents, or, if none are recorded, to any parents. */
export function parentLinksOf(family: Family, person: PersonId): ParentChildLink[] {
  const links = family.parentChildLinks.filter((l) => l.child === person);
  const birth = links.filter((l) => l.kind === 'birth');
  return birth.length > 0 ? birth : links;
}

function startOf(partnership: Partnership): string | undefined {
  const dates = partnership.events.map((e) => e.date).filter((d): d is string => d !== undefined);
  return dates.length > 0 ? dates.sort()[0] : undefined;
}

/**
 * The partnership a new child of `person` most likely belongs to: the only one; if several and all are
 * dated, the one that started most recently; otherwise the one recorded last. Undefined if none.
 */
export function mostRecentPartnership(family: Family, person: PersonId): Partnership | undefined {
  const own = family.partnerships.filter((p) => p.partners.includes(person));
  if (own.length <= 1) return own[0];
  const starts = own.map(startOf);
  if (starts.some((s) => s === undefined)) return own[own.length - 1];
  let best = 0;
  starts.forEach((s, i) => {
    if ((s as string) >= (starts[best] as string)) best = i;
  });
  return own[best];
}
