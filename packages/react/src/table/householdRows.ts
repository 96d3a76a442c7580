import { householdMembersAt, isWithin, type Family } from '@kinmap/model';
import type { DescribeLabels } from '../a11y/describePerson.ts';
import { personName } from '../a11y/personName.ts';

/** The columns of the households table. Addresses are left out, as on the drawing. */
export function householdColumns(labels: DescribeLabels): string[] {
  return [labels.colHouseholdName, labels.colMembers];
}

/** One row per household existing on the chart date, with its members on that date. */
export function householdRows(family: Family, asAt: string, labels: DescribeLabels) {
  return family.households
    .filter((household) => isWithin(household, asAt))
    .map((household) => {
      const members = householdMembersAt(family, household.id, asAt).map(({ person, member }) =>
        labels.memberWithMembership(personName(person, labels), labels.membership[member.membership]),
      );
      return {
        key: household.id,
        cells: [household.label, members.length ? labels.list(members) : labels.none],
      };
    });
}
