import { formatPartialDate } from '../../dates/format.ts';
import { partialDateBounds } from '../../dates/partialDate.ts';
import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'death-before-birth';

/** MS-19: a date of death certainly earlier than the date of birth. */
export const deathAfterBirth: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.people.forEach((person, index) => {
    if (!person.birth || !person.death?.date) return;
    if (partialDateBounds(person.death.date).latest >= partialDateBounds(person.birth.date).earliest) return;
    findings.push(
      finding(
        'MS-19',
        RULE,
        'error',
        `people[${index}].death.date`,
        `${context.name(person.id)}: date of death (${formatPartialDate(person.death.date)}) is before date of birth (${formatPartialDate(person.birth.date)})`,
        about('person', person.id),
      ),
    );
  });
  return findings;
};
