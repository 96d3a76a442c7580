import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'agencies-involved';

/**
 * MS-09: at least one agency involvement with its status and a role, or the dated statement that no
 * other agencies are involved. Each involvement missing its status or role gets a warning, and an
 * agency on the map with no involvement gets a prompt.
 */
export const agenciesInvolved: Rule = (context) => {
  const { family } = context;
  const findings: RawFinding[] = [];
  const agencies = new Map(family.agencies.map((a) => [a.id as string, a]));
  const involved = new Set<string>();
  let complete = false;
  family.involvements.forEach((involvement, index) => {
    involved.add(involvement.agency);
    const name = agencies.get(involvement.agency)?.name ?? involvement.agency;
    const subject = about('involvement', involvement.id);
    const hasStatus = involvement.status !== 'unknown';
    const hasRole = involvement.roles.length > 0;
    if (hasStatus && hasRole) complete = true;
    if (!hasStatus) {
      findings.push(
        finding(
          'MS-09',
          RULE,
          'warning',
          `involvements[${index}].status`,
          `${name}: status of the involvement not recorded (open, closed, referred…)`,
          subject,
        ),
      );
    }
    if (!hasRole) {
      findings.push(
        finding(
          'MS-09',
          RULE,
          'warning',
          `involvements[${index}].roles`,
          `${name}: role not recorded`,
          subject,
        ),
      );
    }
  });
  family.agencies.forEach((agency, index) => {
    if (involved.has(agency.id)) return;
    findings.push(
      finding(
        'MS-09',
        RULE,
        'info',
        `agencies[${index}]`,
        `${agency.name}: on the map but no involvement recorded (with whom, status and role)`,
        about('agency', agency.id),
      ),
    );
  });
  if (!complete && !family.statements.noOtherAgencies) {
    const none = family.involvements.length === 0;
    findings.unshift(
      finding(
        'MS-09',
        RULE,
        'error',
        none ? 'statements.noOtherAgencies' : 'involvements',
        none
          ? 'No agencies recorded: add the agencies involved, or record that no other agencies are involved'
          : 'No agency involvement has both a status and a role recorded',
        about('family', family.id),
      ),
    );
  }
  return findings;
};
