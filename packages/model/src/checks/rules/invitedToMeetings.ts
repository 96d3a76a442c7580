import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'invited-to-meetings';

/**
 * MS-30: every agency with an open involvement is invited to the child's meetings (CIN, child
 * protection, looked-after reviews), or the reason it is not is noted. Asked only when the map has a
 * subject child; the agency that holds the meetings (children's social care, or the involvement with
 * the lead practitioner role) is not asked about. "Not asked" or "not known" is a warning on the
 * invitation; "no" with no note on the involvement is a warning asking why. Seed 000: "Seek assurance
 * that all relevant agencies are invited to meetings such as CIN meetings".
 */
export const invitedToMeetings: Rule = (context) => {
  const { family } = context;
  if (context.subjectChildren.length === 0) return [];
  const findings: RawFinding[] = [];
  const agencies = new Map(family.agencies.map((a) => [a.id as string, a]));
  family.involvements.forEach((involvement, index) => {
    if (involvement.status !== 'open' || involvement.roles.includes('lead_practitioner')) return;
    const agency = agencies.get(involvement.agency);
    if (!agency || agency.category === 'childrens_social_care') return;
    const invited = involvement.invitedToMeetings;
    if (invited === 'yes' || (invited === 'no' && involvement.notes?.trim())) return;
    const subject = about('involvement', involvement.id);
    findings.push(
      invited === 'no'
        ? finding(
            'MS-30',
            RULE,
            'warning',
            `involvements[${index}].notes`,
            `${agency.name} is not invited to the child's meetings: record why in the notes, or invite them`,
            subject,
          )
        : finding(
            'MS-30',
            RULE,
            'warning',
            `involvements[${index}].invitedToMeetings`,
            `${agency.name}: ${invited === 'unknown' ? 'find out and record' : 'record'} whether they are invited to the child's meetings (CIN, child protection, reviews)`,
            subject,
          ),
    );
  });
  return findings;
};
