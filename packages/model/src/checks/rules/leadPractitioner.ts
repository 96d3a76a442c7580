import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';

const RULE = 'lead-practitioner';

/** MS-10: when more than one agency has an open involvement, one involvement names the lead practitioner. */
export const leadPractitioner: Rule = (context) => {
  const { family } = context;
  const open = family.involvements.filter((i) => i.status === 'open');
  const agencies = new Set(open.map((i) => i.agency));
  if (agencies.size < 2) return [];
  if (open.some((i) => i.roles.includes('lead_practitioner'))) return [];
  return [
    finding(
      'MS-10',
      RULE,
      'warning',
      'involvements',
      `${agencies.size} agencies have open involvements but no lead practitioner is recorded`,
      about('family', family.id),
    ),
  ];
};
