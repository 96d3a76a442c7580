import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'nrpf-pathway';

/**
 * MS-07: a person with NRPF has their support arrangement and whether they were referred for
 * immigration advice recorded. A prompt to record, never advice.
 */
export const nrpfPathway: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.people.forEach((person, index) => {
    const immigration = person.immigration;
    if (immigration?.nrpf !== 'yes' || !context.isLivingPerson(person.id)) return;
    const name = context.name(person.id);
    const subject = about('person', person.id);
    if (!immigration.supportUnder) {
      findings.push(
        finding(
          'MS-07',
          RULE,
          'warning',
          `people[${index}].immigration.supportUnder`,
          `${name} has NRPF: record what support they receive, if any`,
          subject,
        ),
      );
    }
    if (!immigration.referredForImmigrationAdvice) {
      findings.push(
        finding(
          'MS-07',
          RULE,
          'warning',
          `people[${index}].immigration.referredForImmigrationAdvice`,
          `${name} has NRPF: record whether they have been referred for immigration advice`,
          subject,
        ),
      );
    }
  });
  return findings;
};
