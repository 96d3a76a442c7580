import type { Rule } from '../contextTypes.ts';
import { dayBounds } from '../dayNumber.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'resident-twice';

interface Stay {
  start: number;
  end: number;
  label: string;
  path: string;
  householdId: string;
}

/**
 * MS-21: nobody is a `resident` of two households at the same time; a person who splits their time
 * is a `part_time` member of one. Periods are read strictly (a move within a month recorded only to
 * the month is not a clash), so only certain overlaps are reported, once per pair of stays.
 */
export const residentTwice: Rule = (context) => {
  const stays = new Map<string, Stay[]>();
  context.family.households.forEach((household, h) => {
    const hStart = household.from ? dayBounds(household.from).latest : -Infinity;
    const hEnd = household.to ? dayBounds(household.to).earliest : Infinity;
    household.members.forEach((member, m) => {
      if (member.membership !== 'resident') return;
      const start = Math.max(hStart, member.from ? dayBounds(member.from).latest : -Infinity);
      const end = Math.min(hEnd, member.to ? dayBounds(member.to).earliest : Infinity);
      const list = stays.get(member.person) ?? [];
      list.push({
        start,
        end,
        label: household.label,
        path: `households[${h}].members[${m}].membership`,
        householdId: household.id,
      });
      stays.set(member.person, list);
    });
  });
  const findings: RawFinding[] = [];
  for (const [person, list] of stays) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((x, y) => x.start - y.start);
    let open = sorted[0]!;
    for (const stay of sorted.slice(1)) {
      if (stay.start < open.end && stay.householdId !== open.householdId) {
        findings.push(
          finding(
            'MS-21',
            RULE,
            'error',
            stay.path,
            `${context.name(person)}: recorded as living in both ${open.label} and ${stay.label} at the same time; make one membership part-time, or end one`,
            about('person', person),
          ),
        );
      }
      if (stay.end > open.end) open = stay;
    }
  }
  return findings;
};
