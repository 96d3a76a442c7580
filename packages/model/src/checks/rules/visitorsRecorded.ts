import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'visitors-recorded';
const VISITING = new Set(['regular_visitor', 'temporary']);

/**
 * MS-03: a regular visitor or temporary member of a current household needs how often they are there,
 * and how they are related to the family (a family link, a partnership or a stated role).
 */
export const visitorsRecorded: Rule = (context) => {
  const findings: RawFinding[] = [];
  const prompted = new Set<string>();
  for (const { value: household, index } of context.currentHouseholds) {
    household.members.forEach((member, memberIndex) => {
      if (!VISITING.has(member.membership)) return;
      const current = context.membershipsByPerson
        .get(member.person)
        ?.some((m) => m.household === household && m.memberIndex === memberIndex);
      if (!current) return;
      const who = context.name(member.person);
      const kind = member.membership === 'temporary' ? 'stays temporarily in' : 'regularly visits';
      if (!member.frequency?.trim()) {
        findings.push(
          finding(
            'MS-03',
            RULE,
            'warning',
            `households[${index}].members[${memberIndex}].frequency`,
            `${who} ${kind} ${household.label}: record how often they are there`,
            about('person', member.person),
          ),
        );
      }
      const related =
        (context.linksByChild.get(member.person)?.length ?? 0) > 0 ||
        (context.linksByParent.get(member.person)?.length ?? 0) > 0 ||
        (context.partnershipsByPerson.get(member.person)?.length ?? 0) > 0 ||
        Boolean(context.people.get(member.person)?.value.role?.trim());
      if (!related && !prompted.has(member.person)) {
        prompted.add(member.person);
        findings.push(
          finding(
            'MS-03',
            RULE,
            'warning',
            `${context.personPath(member.person)}.role`,
            `${who} ${kind} ${household.label}: record who they are to the children`,
            about('person', member.person),
          ),
        );
      }
    });
  }
  return findings;
};
