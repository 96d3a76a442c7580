import { getPerson, isWithin, type Family, type Involvement } from '@kinmap/model';
import type { DescribeLabels } from '../a11y/describePerson.ts';
import { personName } from '../a11y/personName.ts';

/** The columns of the agencies table. */
export function agencyColumns(labels: DescribeLabels): string[] {
  return [
    labels.colAgency,
    labels.colCategory,
    labels.colInvolvedWith,
    labels.colRoles,
    labels.colInvolvementStatus,
    labels.colDates,
  ];
}

function withWhom(family: Family, involvement: Involvement, labels: DescribeLabels): string {
  const target = involvement.with;
  if (target.kind === 'family') return labels.wholeFamily;
  if (target.kind === 'household') {
    return family.households.find((h) => h.id === target.household)?.label ?? labels.none;
  }
  const person = getPerson(family, target.person);
  return person ? personName(person, labels) : labels.none;
}

/**
 * Whether an involvement holds the lead practitioner role as at `asAt` (not closed, not ended): the
 * same rule the layout uses to tag the agency "Lead" on the chart.
 */
export function isLeadInvolvement(involvement: Involvement, asAt: string): boolean {
  return (
    involvement.roles.includes('lead_practitioner') &&
    involvement.status !== 'closed' &&
    (involvement.to === undefined || isWithin({ to: involvement.to }, asAt))
  );
}

/**
 * One row per involvement (an agency without involvements still gets a row). The involvement that
 * holds the lead practitioner role on `asAt` names its agency "… (lead practitioner)", and its
 * roles list that role first.
 */
export function agencyRows(
  family: Family,
  labels: DescribeLabels,
  asAt: string,
): Array<{ key: string; cells: string[] }> {
  return family.agencies.flatMap((agency): Array<{ key: string; cells: string[] }> => {
    const name = agency.team ? `${agency.name}, ${agency.team}` : agency.name;
    const category =
      agency.category === 'other' && agency.categoryOther
        ? agency.categoryOther
        : labels.agencyCategory[agency.category];
    const involvements = family.involvements.filter((i) => i.agency === agency.id);
    if (involvements.length === 0) {
      return [
        { key: agency.id, cells: [name, category, labels.none, labels.none, labels.none, labels.none] },
      ];
    }
    return involvements.map((involvement) => ({
      key: involvement.id,
      cells: [
        isLeadInvolvement(involvement, asAt) ? labels.leadAgency(name) : name,
        category,
        withWhom(family, involvement, labels),
        involvement.roles.length
          ? labels.list(
              [...involvement.roles]
                .sort((a, b) => Number(b === 'lead_practitioner') - Number(a === 'lead_practitioner'))
                .map((role) => labels.agencyRole[role]),
            )
          : labels.none,
        labels.involvementStatus[involvement.status],
        [involvement.from, involvement.to].some(Boolean)
          ? `${involvement.from ?? ''}–${involvement.to ?? ''}`
          : labels.none,
      ],
    }));
  });
}
