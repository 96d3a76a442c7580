import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'caring-extent';
/** Roles that are a job or a placement, not care a family member gives: their extent is not asked. */
const NOT_ASKED = new Set(['paid_carer', 'foster_carer', 'kinship_carer']);

/**
 * MS-14 (caring extent and impact): each caring role a family member holds (young carer, young adult
 * carer, adult carer, parent carer) records whom they care for, what kind of care (`careKinds`), how
 * many hours a week and the impact on the carer: a warning for each missing. A carer's assessment
 * recorded as `not_offered` where there is a concern (the care is flagged as a concern, an impact is
 * recorded, or the carer is a young carer or under 18) is an error: carers have a right to an
 * assessment (Care Act 2014 s10; Children Act 1989 s17ZA for young carers).
 */
export const caringExtent: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.caringRoles.forEach((role, index) => {
    if (NOT_ASKED.has(role.role) || !context.isLivingPerson(role.carer)) return;
    const at = `caringRoles[${index}]`;
    const subject = about('caringRole', role.id);
    const carer = context.name(role.carer);
    const who = role.caredFor === undefined ? carer : `${carer} (caring for ${context.name(role.caredFor)})`;
    const ask = (field: string, message: string, severity: 'error' | 'warning' = 'warning') =>
      findings.push(finding('MS-14', RULE, severity, `${at}.${field}`, `${who}: ${message}`, subject));
    if (role.caredFor === undefined) ask('caredFor', 'record whom they care for');
    if (role.careKinds.length === 0) ask('careKinds', 'record what kind of care they give');
    if (!role.hoursPerWeek) ask('hoursPerWeek', 'record about how many hours a week they spend caring');
    const impact = role.impact?.trim();
    if (!impact)
      ask('impact', 'record the impact of caring on them (school, work, health, time for themselves)');
    const age = context.ageAt(role.carer);
    const young = role.role === 'young_carer' || (age !== undefined && age.minYears < 18);
    const concern = role.appropriate === 'concern' || Boolean(impact) || young;
    if (role.assessment === 'not_offered' && concern) {
      ask(
        'assessment',
        young
          ? "a young carer's needs assessment has not been offered: offer one (Children Act 1989 s17ZA)"
          : "there is a concern about their caring, but a carer's assessment has not been offered: offer one",
        'error',
      );
    }
  });
  return findings;
};
