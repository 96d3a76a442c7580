import type { Rule } from '../contextTypes.ts';
import { describePerson } from '../describe.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'identity-set';

/**
 * MS-11: the identity set for each subject child and each adult in a current household: a name, a
 * date of birth (an estimate needs its basis), and for a child an NHS number or the reason it is not
 * recorded.
 */
export const identitySet: Rule = (context) => {
  const findings: RawFinding[] = [];
  const children = new Set(context.subjectChildren);
  const ids = [
    ...context.subjectChildren,
    ...[...context.householdAdults.keys()].filter((id) => !children.has(id)),
  ];
  for (const id of ids) {
    if (!context.isLivingPerson(id)) continue;
    const person = context.people.get(id)?.value;
    if (!person) continue;
    const at = context.personPath(id);
    const who = children.has(id) ? `${context.name(id)} (subject child)` : describePerson(context, id);
    const add = (path: string, message: string) =>
      findings.push(
        finding('MS-11', RULE, 'error', `${at}.${path}`, `${who}: ${message}`, about('person', id)),
      );
    const { given, family, knownAs } = person.names;
    if (![given, family, knownAs].some((n) => n?.trim())) add('names.given', 'name not recorded');
    if (!person.birth) add('birth.date', 'date of birth not recorded (an estimate with its basis will do)');
    else if (person.birth.estimated && !person.birth.basis?.trim()) {
      add('birth.basis', 'date of birth is estimated but the basis of the estimate is not recorded');
    }
    if (
      children.has(id) &&
      !person.identity?.nhsNumber &&
      !person.identity?.nhsNumberNotRecordedReason?.trim()
    ) {
      add('identity.nhsNumber', 'NHS number not recorded (or the reason it is not)');
    }
  }
  return findings;
};
