import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'abuse-basis';
const ABUSE: Record<string, string> = {
  physical_abuse: 'physical abuse',
  sexual_abuse: 'sexual abuse',
  emotional_abuse: 'emotional abuse',
  neglect: 'neglect',
  violence: 'violence',
  controlling: 'coercive control',
};

/**
 * MS-24: an abuse line says what it rests on (alleged, disclosed, substantiated, finding of fact,
 * convicted…) and who reported it, so fact and allegation are kept apart.
 */
export const abuseBasis: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.emotionalRelationships.forEach((relation, index) => {
    const what = ABUSE[relation.type];
    if (!what) return;
    const line = `${what} from ${context.name(relation.from)} to ${context.name(relation.to)}`;
    const subject = about('emotional', relation.id);
    if (relation.basis === 'unknown') {
      findings.push(
        finding(
          'MS-24',
          RULE,
          'warning',
          `emotionalRelationships[${index}].basis`,
          `Line showing ${line}: record whether it is alleged, disclosed, substantiated, a finding of fact or a conviction`,
          subject,
        ),
      );
    }
    const reporter = relation.reportedBy;
    if (!reporter || !(reporter.person || reporter.agency || reporter.label?.trim())) {
      findings.push(
        finding(
          'MS-24',
          RULE,
          'warning',
          `emotionalRelationships[${index}].reportedBy`,
          `Line showing ${line}: record who reported it`,
          subject,
        ),
      );
    }
  });
  return findings;
};
