import { isOngoingPartnershipStatus, partnershipStatusAt } from '../../queries/partnershipStatus.ts';
import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'partners-of-parents';
const IN_CONTACT = new Set(['resident', 'part_time', 'regular_visitor', 'temporary']);

/**
 * MS-05: the current partner of a parent who lives in or visits a subject child's household is on the
 * map with where they live: a member (resident, visitor…) of some current household. Partners and male
 * carers are the people reviews most often find were never asked about.
 */
export const partnersOfParents: Rule = (context) => {
  const findings: RawFinding[] = [];
  const childHomes = new Map<string, string[]>();
  for (const child of context.subjectChildren) {
    for (const m of context.membershipsByPerson.get(child) ?? []) {
      const list = childHomes.get(m.household.id) ?? [];
      list.push(child);
      childHomes.set(m.household.id, list);
    }
  }
  const prompted = new Set<string>();
  for (const [parent, children] of context.parentsOfSubjectChildren) {
    const shared = (context.membershipsByPerson.get(parent) ?? []).filter(
      (m) =>
        IN_CONTACT.has(m.member.membership) &&
        childHomes.get(m.household.id)?.some((c) => children.includes(c)),
    );
    if (shared.length === 0) continue;
    for (const { value: partnership } of context.partnershipsByPerson.get(parent) ?? []) {
      if (!isOngoingPartnershipStatus(partnershipStatusAt(partnership, context.asAt))) continue;
      const partner = partnership.partners[0] === parent ? partnership.partners[1] : partnership.partners[0];
      if (partner === parent || prompted.has(partner) || !context.isLivingPerson(partner)) continue;
      if ((context.membershipsByPerson.get(partner)?.length ?? 0) > 0) continue;
      prompted.add(partner);
      findings.push(
        finding(
          'MS-05',
          RULE,
          'warning',
          `households[${shared[0]?.householdIndex ?? 0}].members`,
          `${context.name(partner)} (current partner of ${context.name(parent)}, who lives with or visits ${context.name(children[0] ?? '')}): record where they live and whether they visit ${shared[0]?.household.label ?? 'the household'}`,
          about('person', partner),
        ),
      );
    }
  }
  return findings;
};
