import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'household-recorded';
const LIVES_THERE = new Set(['resident', 'part_time', 'temporary']);

/**
 * MS-01: at least one current household exists, and every subject lives in one (at home, or in a
 * placement recorded as a household). Also prompts when no subject has been chosen.
 */
export const householdRecorded: Rule = (context) => {
  const { family } = context;
  const findings: RawFinding[] = [];
  if (family.subjects.length === 0) {
    findings.push(
      finding(
        'MS-01',
        RULE,
        'warning',
        'subjects',
        'No subject chosen: choose the child or adult this family map is about, so the checks about them can run',
        about('family', family.id),
      ),
    );
  }
  if (context.currentHouseholds.length === 0) {
    findings.push(
      finding(
        'MS-01',
        RULE,
        'error',
        'households',
        'No current household recorded: record who lives in the house',
        about('family', family.id),
      ),
    );
    return findings;
  }
  for (const id of context.subjects) {
    const person = context.people.get(id)?.value;
    if (!person || (person.kind !== 'person' && person.kind !== 'placeholder')) continue;
    if (person.vitalStatus === 'deceased') continue;
    const memberships = context.membershipsByPerson.get(id) ?? [];
    if (memberships.some((m) => LIVES_THERE.has(m.member.membership))) continue;
    findings.push(
      finding(
        'MS-01',
        RULE,
        'error',
        'households',
        `${context.name(id)} (subject): not recorded as living in any current household; add them to their home or placement`,
        about('person', id),
      ),
    );
  }
  return findings;
};
