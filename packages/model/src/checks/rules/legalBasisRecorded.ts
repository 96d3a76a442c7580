import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'legal-basis-recorded';
const ORDER_LINKS: Record<string, string> = {
  special_guardian: 'special guardianship order',
  child_arrangements_lives_with: 'child arrangements order',
};

/**
 * MS-22: a looked-after status has its legal basis, a child protection plan its category, and a
 * special guardianship or child arrangements link its order date.
 */
export const legalBasisRecorded: Rule = (context) => {
  const findings: RawFinding[] = [];
  const { family } = context;
  family.people.forEach((person, index) => {
    person.statuses.forEach((status, s) => {
      const path = `people[${index}].statuses[${s}]`;
      const subject = about('person', person.id);
      if (status.type === 'looked_after' && !status.lookedAfterBasis) {
        findings.push(
          finding(
            'MS-22',
            RULE,
            'warning',
            `${path}.lookedAfterBasis`,
            `${context.name(person.id)}: looked after, but the legal basis (section 20, care order…) is not recorded`,
            subject,
          ),
        );
      }
      if (status.type === 'child_protection_plan' && !status.cpCategory) {
        findings.push(
          finding(
            'MS-22',
            RULE,
            'warning',
            `${path}.cpCategory`,
            `${context.name(person.id)}: child protection plan without its category recorded`,
            subject,
          ),
        );
      }
    });
  });
  family.parentChildLinks.forEach((link, index) => {
    const order = ORDER_LINKS[link.kind];
    if (!order || link.legalBasis?.date) return;
    findings.push(
      finding(
        'MS-22',
        RULE,
        'warning',
        link.legalBasis
          ? `parentChildLinks[${index}].legalBasis.date`
          : `parentChildLinks[${index}].legalBasis`,
        `${context.name(link.parent)} and ${context.name(link.child)}: date of the ${order} not recorded`,
        about('link', link.id),
      ),
    );
  });
  return findings;
};
