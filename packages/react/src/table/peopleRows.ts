import type { Family } from '@kinmap/model';
import {
  ageText,
  caringParts,
  householdParts,
  kinshipParts,
  nrpfPart,
  statusParts,
  type DescribeLabels,
} from '../a11y/describePerson.ts';
import { personName } from '../a11y/personName.ts';

/** The columns of the people table. */
export function peopleColumns(labels: DescribeLabels): string[] {
  return [
    labels.colName,
    labels.colAge,
    labels.colGender,
    labels.colRelatives,
    labels.colHousehold,
    labels.colStatuses,
    labels.colNrpf,
  ];
}

/** One row per person: the same facts the person's spoken name carries, one per column. */
export function peopleRows(family: Family, asAt: string, labels: DescribeLabels) {
  const orNone = (text: string) => (text === '' ? labels.none : text);
  return family.people.map((person) => {
    const name = personName(person, labels);
    const isSubject = family.subjects.includes(person.id);
    return {
      key: person.id,
      cells: [
        isSubject ? `${name} (${labels.subject})` : name,
        orNone(ageText(person, asAt, labels, true)),
        person.kind === 'person' ? labels.genderIdentity[person.genderIdentity] : labels.none,
        orNone(
          labels.joinParts([
            ...kinshipParts(family, person, asAt, labels),
            ...caringParts(family, person, asAt, labels),
          ]),
        ),
        orNone(labels.joinParts(householdParts(family, person, asAt, labels))),
        orNone(labels.joinParts(statusParts(person, asAt, labels))),
        orNone(nrpfPart(person, asAt, labels)),
      ],
    };
  });
}
