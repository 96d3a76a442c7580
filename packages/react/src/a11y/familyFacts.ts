// Small read-only look-ups over a Family for the spoken descriptions, the keyboard navigation and the
// table view, built on the model's queries: React reads the model here, it never decides family logic.
import {
  childrenOf,
  isOngoingPartnershipStatus,
  parentsOf,
  partnershipStatusAt,
  partnersOf,
  siblingsOf,
  todayIsoDate,
  type Family,
  type Partnership,
  type PersonId,
} from '@kinmap/model';

/** The chart date: the option, else the family's `asAt`, else today. */
export function chartDate(family: Family, asAt?: string): string {
  return asAt ?? family.asAt ?? todayIsoDate();
}

/** Whether a partnership is ongoing (together, living together, engaged, married…) on `asAt`. */
export function isPartnershipCurrent(partnership: Partnership, asAt: string): boolean {
  return isOngoingPartnershipStatus(partnershipStatusAt(partnership, asAt));
}

/** Parents, children, partners and full or half siblings of a person, as ids, each once. */
export function relativesOf(family: Family, id: PersonId) {
  const unique = (ids: PersonId[]) => [...new Set(ids)];
  const siblings = siblingsOf(family, id);
  return {
    parents: unique(parentsOf(family, id).map((r) => r.person.id)),
    children: unique(childrenOf(family, id).map((r) => r.person.id)),
    partners: unique(partnersOf(family, id).map((r) => r.person.id)),
    siblings: unique([...siblings.full, ...siblings.half].map((p) => p.id)),
  };
}
