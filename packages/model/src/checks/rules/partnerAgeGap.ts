import { partialDateBounds } from '../../dates/partialDate.ts';
import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'partner-age-gap';
/** An adult partner at least this many years older than a partner of 16 or 17 is a prompt. */
const GAP_YEARS = 5;
/** Under this age, any adult partner is a prompt. */
const AGE_OF_CONSENT = 16;

/**
 * MS-20: a partnership in which one partner was under 16 and the other an adult, or one was 16 or 17
 * and the other an adult at least 5 years older, when it started (or, with no dated event, as at the check date). A safeguarding prompt
 * (possible exploitation), not a block.
 */
export const partnerAgeGap: Rule = (context) => {
  const findings: RawFinding[] = [];
  context.family.partnerships.forEach((partnership, index) => {
    const [a, b] = partnership.partners;
    if (a === b) return;
    const dates = partnership.events.flatMap((e) => (e.date ? [partialDateBounds(e.date).earliest] : []));
    const when = dates.length > 0 ? dates.reduce((x, y) => (y < x ? y : x)) : context.asAt;
    const ageA = context.ageAt(a, when);
    const ageB = context.ageAt(b, when);
    if (!ageA || !ageB) return;
    const [young, old, youngId, oldId] =
      ageA.maxYears <= ageB.maxYears ? [ageA, ageB, a, b] : [ageB, ageA, b, a];
    if (young.maxYears >= 18 || old.minYears < 18) return;
    if (young.maxYears >= AGE_OF_CONSENT && old.minYears - young.maxYears < GAP_YEARS) return;
    findings.push(
      finding(
        'MS-20',
        RULE,
        'warning',
        `partnerships[${index}]`,
        `${context.name(youngId)} was ${young.maxYears === young.minYears ? young.years : `about ${young.years}`} and ${context.name(oldId)} was an adult of ${old.minYears} or more when their relationship ${dates.length > 0 ? 'began' : 'was recorded'}: consider whether this is exploitation`,
        about('partnership', partnership.id),
      ),
    );
  });
  return findings;
};
