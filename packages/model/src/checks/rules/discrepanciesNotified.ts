import type { Rule } from '../contextTypes.ts';
import { dayBounds, dayNumber } from '../dayNumber.ts';
import { about, finding } from '../finding.ts';
import type { Person } from '../../schema/person.ts';
import type { Discrepancy } from '../../schema/common.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'discrepancies-notified';

/** Every discrepancy list in a person's identity set, with its path and a plain-English field name. */
function discrepancyLists(person: Person): { path: string; field: string; list: Discrepancy[] }[] {
  const identity = person.identity;
  if (!identity) return [];
  const lists = [
    { path: 'identity.nameDiscrepancies', field: 'name', list: identity.nameDiscrepancies },
    {
      path: 'identity.birthDateDiscrepancies',
      field: 'date of birth',
      list: identity.birthDateDiscrepancies,
    },
  ];
  if (identity.nhsNumber) {
    lists.push({
      path: 'identity.nhsNumber.discrepancies',
      field: 'NHS number',
      list: identity.nhsNumber.discrepancies,
    });
  }
  identity.otherIdentifiers.forEach((identifier, i) => {
    const field = identifier.label?.trim() || identifier.type.replace(/_/g, ' ');
    lists.push({
      path: `identity.otherIdentifiers[${i}].discrepancies`,
      field,
      list: identifier.discrepancies,
    });
  });
  if (identity.ethnicity) {
    lists.push({
      path: 'identity.ethnicity.discrepancies',
      field: 'ethnicity',
      list: identity.ethnicity.discrepancies,
    });
  }
  if (identity.languages) {
    lists.push({
      path: 'identity.languages.discrepancies',
      field: 'language',
      list: identity.languages.discrepancies,
    });
  }
  return lists;
}

/**
 * MS-13: an unresolved identity discrepancy reported more than `discrepancyAgeDays` ago (or on an
 * unrecorded date) with no partner agency told. Agencies should tell partners of errors they find.
 */
export const discrepanciesNotified: Rule = (context) => {
  const findings: RawFinding[] = [];
  const today = dayNumber(context.asAt);
  context.family.people.forEach((person, index) => {
    for (const { path, field, list } of discrepancyLists(person)) {
      list.forEach((discrepancy, i) => {
        if (discrepancy.resolved || discrepancy.notifiedAgencies.length > 0) return;
        const age = discrepancy.reportedAt ? today - dayBounds(discrepancy.reportedAt).latest : undefined;
        if (age !== undefined && age <= context.discrepancyAgeDays) return;
        const when = age === undefined ? 'on an unrecorded date' : `${age} days ago`;
        findings.push(
          finding(
            'MS-13',
            RULE,
            'warning',
            `people[${index}].${path}[${i}].notifiedAgencies`,
            `${context.name(person.id)}: a different ${field} was reported ${when} and no partner agency has been told`,
            about('person', person.id),
          ),
        );
      });
    }
  });
  return findings;
};
