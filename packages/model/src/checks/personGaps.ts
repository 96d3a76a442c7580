import type { Nrpf } from '../schema/enumValues.ts';
import type { CheckContext } from './contextTypes.ts';
import { describePerson } from './describe.ts';
import { isParentLink } from './linkKinds.ts';
import { standardAdultsAndParents } from './people.ts';

/** Statuses that carry recourse to public funds by definition: no NRPF question to ask. */
export const NO_NRPF_QUESTION: ReadonlySet<string> = new Set([
  'british_citizen',
  'irish_citizen',
  'right_of_abode',
]);

/** A person MS-06 asks about whose NRPF answer is missing (`not_asked`) or not yet checked (`unknown`). */
export interface NrpfGap {
  id: string;
  nrpf: Extract<Nrpf, 'not_asked' | 'unknown'>;
}

/**
 * The one definition of "NRPF not answered", shared by MS-06 and `chartFlags`: every living adult in
 * a current household and every parent of a subject child whose NRPF is `not_asked` (or not recorded)
 * or `unknown`. A British or Irish citizen, or someone with the right of abode, is never listed.
 * Linear in the size of the family.
 */
export function nrpfGaps(context: CheckContext): NrpfGap[] {
  const gaps: NrpfGap[] = [];
  for (const id of standardAdultsAndParents(context)) {
    const immigration = context.people.get(id)?.value.immigration;
    if (immigration && NO_NRPF_QUESTION.has(immigration.status)) continue;
    const nrpf = immigration?.nrpf ?? 'not_asked';
    if (nrpf === 'not_asked' || nrpf === 'unknown') gaps.push({ id, nrpf });
  }
  return gaps;
}

/**
 * Who MS-15 asks about, each with a function giving why (computed only when a message is needed):
 * household adults (regular visitors too), parents of subject children (non-resident fathers too) and
 * adult children of those parents. Living people only.
 */
function peopleToCheck(context: CheckContext): Map<string, () => string> {
  const who = new Map<string, () => string>();
  for (const id of context.householdAdults.keys()) who.set(id, () => describePerson(context, id));
  for (const { value: household } of context.currentHouseholds) {
    for (const member of household.members) {
      if (
        member.membership !== 'regular_visitor' ||
        who.has(member.person) ||
        !context.isAdult(member.person)
      )
        continue;
      if (!context.membershipsByPerson.get(member.person)?.some((m) => m.member === member)) continue;
      who.set(member.person, () => `${context.name(member.person)} (regular visitor to ${household.label})`);
    }
  }
  for (const id of context.parentsOfSubjectChildren.keys())
    if (!who.has(id)) who.set(id, () => describePerson(context, id));
  for (const parent of context.parentsOfSubjectChildren.keys()) {
    for (const { value: link } of context.linksByParent.get(parent) ?? []) {
      if (who.has(link.child) || !isParentLink(link, context.asAt) || !context.isAdult(link.child)) continue;
      who.set(link.child, () => `${context.name(link.child)} (adult child of ${context.name(parent)})`);
    }
  }
  for (const id of [...who.keys()]) if (!context.isLivingPerson(id)) who.delete(id);
  return who;
}

/** A person MS-15 asks about whose previous safeguarding history is not checked, or only pending. */
export interface HistoryGap {
  id: string;
  /** `not_checked`: no check recorded, or only `not_checked` ones; `pending`: every check is pending. */
  state: 'not_checked' | 'pending';
  /** Who they are and why the standard asks, for the message ("Dan Smith (father of Leo Smith)"). */
  who: () => string;
}

/**
 * The one definition of "safeguarding history not checked", shared by MS-15 and `chartFlags`. A check
 * counts whatever its result (`none_known` is an answer) except `not_checked`. Linear in the size of
 * the family.
 */
export function historyGaps(context: CheckContext): HistoryGap[] {
  const gaps: HistoryGap[] = [];
  for (const [id, who] of peopleToCheck(context)) {
    const checks = context.people.get(id)?.value.safeguardingChecks ?? [];
    const done = checks.filter((c) => c.result !== 'not_checked');
    if (done.length === 0) gaps.push({ id, state: 'not_checked', who });
    else if (done.every((c) => c.result === 'pending')) gaps.push({ id, state: 'pending', who });
  }
  return gaps;
}
