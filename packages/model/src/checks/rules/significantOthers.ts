import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';

const RULE = 'significant-others';

/**
 * MS-08: at least one significant person outside the subjects' households (a significant other, or a
 * living relative who lives elsewhere), or the dated statement that none were identified.
 */
export const significantOthers: Rule = (context) => {
  const { family } = context;
  if (family.statements.noSignificantOthers) return [];
  const subjectHomes = new Set<string>();
  for (const id of context.subjects) {
    for (const m of context.membershipsByPerson.get(id) ?? []) subjectHomes.add(m.household.id);
  }
  const subjects = new Set(context.subjects);
  const found = family.people.some((person) => {
    if (subjects.has(person.id)) return false;
    if (!context.isLivingPerson(person.id) || person.significance === 'professional_only') return false;
    if (person.significance === 'significant_other') return true;
    const homes = context.membershipsByPerson.get(person.id) ?? [];
    return !homes.some((m) => subjectHomes.has(m.household.id));
  });
  if (found) return [];
  return [
    finding(
      'MS-08',
      RULE,
      'error',
      'statements.noSignificantOthers',
      'No significant people outside the household recorded: add the people who matter to the family, or record that none were identified',
      about('family', family.id),
    ),
  ];
};
