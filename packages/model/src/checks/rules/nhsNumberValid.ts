import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';
import { isValidNhsNumber } from '../isValidNhsNumber.ts';

const RULE = 'nhs-number-valid';

/**
 * MS-12: an NHS number that fails the Modulus 11 check, or that is not marked traced or verified.
 * Untraced numbers must be clearly marked before partners rely on them.
 */
export const nhsNumberValid: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.people.forEach((person, index) => {
    const nhs = person.identity?.nhsNumber;
    if (!nhs) return;
    const subject = about('person', person.id);
    const path = `people[${index}].identity.nhsNumber`;
    const name = context.name(person.id);
    if (!isValidNhsNumber(nhs.value)) {
      findings.push(
        finding(
          'MS-12',
          RULE,
          'warning',
          `${path}.value`,
          `${name}: NHS number fails the check-digit test; it has probably been mistyped`,
          subject,
        ),
      );
    } else if (nhs.trace !== 'traced' && nhs.provenance?.verification !== 'verified') {
      findings.push(
        finding(
          'MS-12',
          RULE,
          'warning',
          `${path}.trace`,
          `${name}: NHS number ${nhs.trace === 'untraced' ? 'is untraced' : 'has not been traced or verified'}`,
          subject,
        ),
      );
    }
  });
  return findings;
};
