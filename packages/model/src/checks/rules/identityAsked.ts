import type { Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'identity-asked';

/**
 * MS-26: ethnicity, first language and interpreter need have been asked for each subject child and
 * each parent of a subject child ("not stated" and "not known" are answers; "not asked" is not).
 */
export const identityAsked: Rule = (context) => {
  const findings: RawFinding[] = [];
  const ids = new Set([...context.subjectChildren, ...context.parentsOfSubjectChildren.keys()]);
  const children = new Set(context.subjectChildren);
  for (const id of ids) {
    if (!context.isLivingPerson(id)) continue;
    const identity = context.people.get(id)?.value.identity;
    const who = children.has(id) ? `${context.name(id)} (subject child)` : describePerson(context, id);
    const at = `${context.personPath(id)}.identity`;
    const missing: [string, string][] = [];
    if (!identity?.ethnicity || identity.ethnicity.code === 'not_asked')
      missing.push(['ethnicity.code', 'ethnicity']);
    const languages = identity?.languages;
    if (!languages?.first?.trim() && !languages?.preferred?.trim())
      missing.push(['languages.first', 'first language']);
    if (!languages || languages.interpreterNeeded === 'not_asked') {
      missing.push(['languages.interpreterNeeded', 'whether an interpreter is needed']);
    }
    for (const [path, what] of missing) {
      findings.push(
        finding('MS-26', RULE, 'warning', `${at}.${path}`, `${who}: ${what} not asked`, about('person', id)),
      );
    }
  }
  return findings;
};
