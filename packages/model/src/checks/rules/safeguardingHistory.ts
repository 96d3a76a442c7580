import type { CheckContext, Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { isParentLink } from '../linkKinds.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'safeguarding-history';

/** Who the standard asks about, with why: household adults (visitors too), parents, parents' adult children. */
function peopleToCheck(context: CheckContext): Map<string, string> {
  const who = new Map<string, string>();
  for (const id of context.householdAdults.keys()) who.set(id, describePerson(context, id));
  for (const { value: household } of context.currentHouseholds) {
    for (const member of household.members) {
      if (
        member.membership !== 'regular_visitor' ||
        who.has(member.person) ||
        !context.isAdult(member.person)
      )
        continue;
      if (!context.membershipsByPerson.get(member.person)?.some((m) => m.member === member)) continue;
      who.set(member.person, `${context.name(member.person)} (regular visitor to ${household.label})`);
    }
  }
  for (const id of context.parentsOfSubjectChildren.keys())
    if (!who.has(id)) who.set(id, describePerson(context, id));
  for (const parent of context.parentsOfSubjectChildren.keys()) {
    for (const { value: link } of context.linksByParent.get(parent) ?? []) {
      if (who.has(link.child) || !isParentLink(link, context.asAt) || !context.isAdult(link.child)) continue;
      who.set(link.child, `${context.name(link.child)} (adult child of ${context.name(parent)})`);
    }
  }
  return who;
}

/**
 * MS-15: previous safeguarding history checked for every adult in a current household (regular
 * visitors included), every parent of a subject child (non-resident fathers included) and every adult
 * child of those parents. A check counts whatever its result (`none_known` is an answer), except
 * `not_checked`; a `pending` check gets a prompt.
 */
export const safeguardingHistory: Rule = (context) => {
  const findings: RawFinding[] = [];
  for (const [id, who] of peopleToCheck(context)) {
    if (!context.isLivingPerson(id)) continue;
    const checks = context.people.get(id)?.value.safeguardingChecks ?? [];
    const done = checks.filter((c) => c.result !== 'not_checked');
    const at = `${context.personPath(id)}.safeguardingChecks`;
    if (done.length === 0) {
      findings.push(
        finding(
          'MS-15',
          RULE,
          'error',
          at,
          `${who}: previous safeguarding history not checked`,
          about('person', id),
        ),
      );
    } else if (done.every((c) => c.result === 'pending')) {
      findings.push(
        finding('MS-15', RULE, 'info', at, `${who}: safeguarding history check pending`, about('person', id)),
      );
    }
  }
  return findings;
};
