import type { Rule } from '../contextTypes.ts';
import { dayBounds } from '../dayNumber.ts';
import { listNames } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { isBiologicalLink } from '../linkKinds.ts';
import type { RawFinding } from '../types.ts';

const RULE_PARENTS = 'multiple-birth-parents';
const RULE_DATES = 'multiple-birth-dates';

/**
 * MS-19: twins, triplets and other multiple births share their birth parents (error), and were born
 * within a day of each other (warning: births either side of midnight are a day apart).
 */
export const multipleBirths: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.multipleBirths.forEach((group, index) => {
    const subject = about('multipleBirth', group.id);
    const names = listNames(context, group.members);
    const parentSets = group.members.map((id) =>
      [
        ...new Set(
          (context.linksByChild.get(id) ?? [])
            .filter((l) => isBiologicalLink(l.value))
            .map((l) => l.value.parent),
        ),
      ]
        .sort()
        .join('|'),
    );
    if (new Set(parentSets).size > 1) {
      findings.push(
        finding(
          'MS-19',
          RULE_PARENTS,
          'error',
          `multipleBirths[${index}].members`,
          `${names} are recorded as a multiple birth but do not have the same birth parents`,
          subject,
        ),
      );
    }
    const births = group.members
      .map((id) => context.people.get(id)?.value.birth?.date)
      .filter((d): d is string => d !== undefined)
      .map(dayBounds);
    if (births.length < 2) return;
    const gap = Math.max(...births.map((b) => b.earliest)) - Math.min(...births.map((b) => b.latest));
    if (gap > 1) {
      findings.push(
        finding(
          'MS-19',
          RULE_DATES,
          'warning',
          `multipleBirths[${index}].members`,
          `${names} are recorded as a multiple birth but their dates of birth are more than a day apart`,
          subject,
        ),
      );
    }
  });
  return findings;
};
