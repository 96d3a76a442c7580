import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'members-confirmed';

/**
 * MS-02: every current household records whether all residents have been asked about (`membersConfirmed`),
 * and when and how. Unknown adults in the home are a recurring finding of case reviews.
 */
export const membersConfirmed: Rule = (context) => {
  const findings: RawFinding[] = [];
  for (const { value: household, index } of context.currentHouseholds) {
    const path = `households[${index}].membersConfirmed`;
    const subject = about('household', household.id);
    const confirmed = household.membersConfirmed;
    if (!confirmed) {
      findings.push(
        finding(
          'MS-02',
          RULE,
          'error',
          path,
          `${household.label}: not recorded whether everyone who lives there has been asked about`,
          subject,
        ),
      );
    } else if (confirmed.confirmed === 'no') {
      findings.push(
        finding(
          'MS-02',
          RULE,
          'error',
          `${path}.confirmed`,
          `${household.label}: members not confirmed`,
          subject,
        ),
      );
    } else if (confirmed.confirmed === 'partly') {
      findings.push(
        finding(
          'MS-02',
          RULE,
          'warning',
          `${path}.confirmed`,
          `${household.label}: members only partly confirmed; record anyone not yet known as a placeholder`,
          subject,
        ),
      );
    } else if (!confirmed.date || !confirmed.method) {
      const missing = !confirmed.date ? 'date' : 'method';
      findings.push(
        finding(
          'MS-02',
          RULE,
          'warning',
          `${path}.${missing}`,
          `${household.label}: members confirmed, but the ${missing === 'date' ? 'date' : 'way they were confirmed'} is not recorded`,
          subject,
        ),
      );
    }
  }
  return findings;
};
