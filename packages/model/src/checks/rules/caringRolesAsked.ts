import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'caring-roles-asked';
/** Below this age nobody is asked whether they care for someone. */
const YOUNGEST_ASKED = 5;

/**
 * MS-14: every member of a current household aged 5 or over (or of unknown age) has been asked whether
 * they care for anyone (`caringAsked`, or a caring role recorded). A carer under 18 is recorded as a
 * young carer, with the status of their young carer's assessment.
 */
export const caringRolesAsked: Rule = (context) => {
  const findings: RawFinding[] = [];
  const { family } = context;
  const carers = new Set(family.caringRoles.map((c) => c.carer as string));
  const seen = new Set<string>();
  for (const { value: household } of context.currentHouseholds) {
    for (const member of household.members) {
      const id = member.person;
      if (seen.has(id) || member.membership === 'regular_visitor' || !context.isLivingPerson(id)) continue;
      if (!context.membershipsByPerson.get(id)?.some((m) => m.member === member)) continue;
      seen.add(id);
      const age = context.ageAt(id);
      if (age && age.maxYears < YOUNGEST_ASKED) continue;
      const person = context.people.get(id)?.value;
      if (person?.caringAsked === 'asked' || carers.has(id)) continue;
      findings.push(
        finding(
          'MS-14',
          RULE,
          'error',
          `${context.personPath(id)}.caringAsked`,
          `${context.name(id)} (lives in ${household.label}): not asked whether they care for anyone`,
          about('person', id),
        ),
      );
    }
  }
  family.caringRoles.forEach((role, index) => {
    const age = context.ageAt(role.carer);
    if (!age || age.minYears >= 18 || role.role === 'paid_carer') return;
    if (age.maxYears >= 18 && role.role !== 'young_carer') return;
    const who =
      role.caredFor === undefined
        ? `${context.name(role.carer)} (aged ${age.years}) is a carer`
        : `${context.name(role.carer)} (aged ${age.years}) cares for ${context.name(role.caredFor)}`;
    const subject = about('caringRole', role.id);
    if (role.role !== 'young_carer') {
      findings.push(
        finding(
          'MS-14',
          RULE,
          'error',
          `caringRoles[${index}].role`,
          `${who}: record the role as young carer`,
          subject,
        ),
      );
    }
    if (role.assessment === 'unknown') {
      findings.push(
        finding(
          'MS-14',
          RULE,
          'error',
          `caringRoles[${index}].assessment`,
          `${who}: record whether a young carer's assessment was offered`,
          subject,
        ),
      );
    }
  });
  return findings;
};
