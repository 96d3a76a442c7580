import { ageAt } from '../../dates/ageAt.ts';
import { partialDateBounds } from '../../dates/partialDate.ts';
import type { Rule } from '../contextTypes.ts';
import { parentWord } from '../describe.ts';
import { about, finding } from '../finding.ts';
import { isBiologicalLink } from '../linkKinds.ts';
import type { RawFinding } from '../types.ts';

const RULE_ORDER = 'born-before-parent';
const RULE_AGE = 'parent-age-at-birth';
const RULE_DEATH = 'born-after-parent-death';
const YOUNGEST_PARENT = 12;
const OLDEST_PARENT = 70;

/** The same day one year later, as text that sorts with ISO days (29 February stays comparable). */
function oneYearAfter(isoDay: string): string {
  return `${String(Number(isoDay.slice(0, 4)) + 1).padStart(4, '0')}${isoDay.slice(4)}`;
}

/**
 * Dates along each birth link. MS-19 (error): a child born on or before their birth parent. MS-20
 * (warning): a birth parent under 12 or over 70 at the birth. MS-19 (warning): a child born more than
 * a year after a birth parent's death (possible, by posthumous conception, so a prompt to check).
 * Partial dates are read generously: only a certain conflict is reported.
 */
export const birthOrder: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.parentChildLinks.forEach((link, index) => {
    if (!isBiologicalLink(link) || link.kind === 'donor') return;
    const child = context.people.get(link.child)?.value;
    const parent = context.people.get(link.parent)?.value;
    if (!child?.birth || !parent) return;
    const path = `parentChildLinks[${index}]`;
    const subject = about('link', link.id);
    const childName = context.name(child.id);
    const parentName = `${context.name(parent.id)} (${parentWord(context, parent.id)})`;
    const born = partialDateBounds(child.birth.date);
    if (parent.birth) {
      const parentBorn = partialDateBounds(parent.birth.date);
      if (born.latest <= parentBorn.earliest) {
        findings.push(
          finding(
            'MS-19',
            RULE_ORDER,
            'error',
            path,
            `${childName} is recorded as born before their birth parent ${parentName}`,
            subject,
          ),
        );
        return;
      }
      const age = ageAt(parent.birth, child.birth.date);
      if (age && (age.maxYears < YOUNGEST_PARENT || age.minYears > OLDEST_PARENT)) {
        findings.push(
          finding(
            'MS-20',
            RULE_AGE,
            'warning',
            path,
            `${parentName} was ${age.maxYears < YOUNGEST_PARENT ? 'under 12' : 'over 70'} when ${childName} was born: check the dates and the link`,
            subject,
          ),
        );
      }
    }
    if (parent.death?.date && born.earliest > oneYearAfter(partialDateBounds(parent.death.date).latest)) {
      findings.push(
        finding(
          'MS-19',
          RULE_DEATH,
          'warning',
          path,
          `${childName} is recorded as born more than a year after the death of their birth parent ${parentName}: check the dates`,
          subject,
        ),
      );
    }
  });
  return findings;
};
