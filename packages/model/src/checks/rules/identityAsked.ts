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
      missing.push(['ethnicity.code', 'their ethnicity']);
    const languages = identity?.languages;
    if (!languages?.first?.trim() && !languages?.preferred?.trim())
      missing.push(['languages.first', 'their first language']);
    if (!languages || languages.interpreterNeeded === 'not_asked') {
      missing.push(['languages.interpreterNeeded', 'whether they need an interpreter']);
    }
    const first = missing[0];
    if (!first) continue;
    const whats = missing.map(([, what]) => what);
    const list =
      whats.length === 1 ? whats[0] : `${whats.slice(0, -1).join(', ')} and ${whats[whats.length - 1]}`;
    findings.push(
      finding(
        'MS-26',
        RULE,
        'warning',
        `${at}.${first[0]}`,
        `${who}: not asked ${list}`,
        about('person', id),
      ),
    );
  }
  return findings;
};
