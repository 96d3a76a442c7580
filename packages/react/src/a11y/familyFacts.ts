// Small read-only look-ups over a Family used by the spoken descriptions, the keyboard navigation and
// the table view. Internal to @kinmap/react: they read the model, they never decide family logic that
// the model's queries own (replace with '@kinmap/model' queries as those are published).
import type {
  Family,
  Household,
  HouseholdMember,
  ParentChildLink,
  Partnership,
  Person,
  PersonId,
} from '@kinmap/model';

/** Today as `YYYY-MM-DD` (local time). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The chart date: the option, else the family's `asAt`, else today. */
export function chartDate(family: Family, asAt?: string): string {
  return asAt ?? family.asAt ?? today();
}

/** Whether a partial date period (`from`, `to`, either missing) includes the day `asAt`. */
export function isCurrentAt(asAt: string, from?: string, to?: string): boolean {
  if (from !== undefined && from > asAt.slice(0, from.length)) return false;
  if (to !== undefined && to < asAt.slice(0, to.length)) return false;
  return true;
}

export function personById(family: Family, id: PersonId): Person | undefined {
  return family.people.find((person) => person.id === id);
}

/** Links in which `id` is the child. */
export function linksToParents(family: Family, id: PersonId): ParentChildLink[] {
  return family.parentChildLinks.filter((link) => link.child === id);
}

/** Links in which `id` is the parent. */
export function linksToChildren(family: Family, id: PersonId): ParentChildLink[] {
  return family.parentChildLinks.filter((link) => link.parent === id);
}

export function partnershipsOf(family: Family, id: PersonId): Partnership[] {
  return family.partnerships.filter((p) => p.partners[0] === id || p.partners[1] === id);
}

export function otherPartner(partnership: Partnership, id: PersonId): PersonId {
  return partnership.partners[0] === id ? partnership.partners[1] : partnership.partners[0];
}

const ENDING_EVENTS = new Set(['separated', 'divorced', 'dissolved', 'annulled', 'widowed', 'ended']);

/** The last ending event as at `asAt`, unless a later reconciliation undid it. */
export function partnershipEndAt(partnership: Partnership, asAt: string): { date?: string } | undefined {
  let end: { date?: string } | undefined;
  for (const event of partnership.events) {
    if (event.date !== undefined && event.date > asAt.slice(0, event.date.length)) continue;
    if (ENDING_EVENTS.has(event.type)) end = event.date === undefined ? {} : { date: event.date };
    else if (event.type === 'reconciled') end = undefined;
  }
  return end;
}

/** Parents, children, partners and siblings (sharing at least one parent) of a person, each once. */
export function relativesOf(family: Family, id: PersonId) {
  const parents = linksToParents(family, id).map((link) => link.parent);
  const children = linksToChildren(family, id).map((link) => link.child);
  const partners = partnershipsOf(family, id).map((p) => otherPartner(p, id));
  const siblings = family.parentChildLinks
    .filter((link) => parents.includes(link.parent) && link.child !== id)
    .map((link) => link.child);
  const unique = (ids: PersonId[]) => [...new Set(ids)];
  return {
    parents: unique(parents),
    children: unique(children),
    partners: unique(partners),
    siblings: unique(siblings),
  };
}

/** Households a person belongs to as at a date, with the membership. */
export function householdsAt(
  family: Family,
  id: PersonId,
  asAt: string,
): Array<{ household: Household; member: HouseholdMember }> {
  const found: Array<{ household: Household; member: HouseholdMember }> = [];
  for (const household of family.households) {
    if (!isCurrentAt(asAt, household.from, household.to)) continue;
    const member = household.members.find((m) => m.person === id && isCurrentAt(asAt, m.from, m.to));
    if (member) found.push({ household, member });
  }
  return found;
}

/** Whole years between a partial birth date and a day, or `undefined` when unknown. */
export function yearsBetween(from: string | undefined, to: string): number | undefined {
  if (from === undefined) return undefined;
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (fy === undefined || ty === undefined) return undefined;
  let years = ty - fy;
  if (fm !== undefined && tm !== undefined) {
    if (tm < fm || (tm === fm && fd !== undefined && td !== undefined && td < fd)) years -= 1;
  }
  return years >= 0 ? years : undefined;
}
