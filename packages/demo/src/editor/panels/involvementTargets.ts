import { displayName, type Family, type InvolvementTarget, type Person } from '@kinmap/model';

/** A stable key for whom an involvement is with: `family`, a household id or a person id. */
export function targetKey(target: InvolvementTarget): string {
  if (target.kind === 'family') return 'family';
  return target.kind === 'household' ? target.household : target.person;
}

/** The whole family, each household and each person, as choices for "works with". */
export function targetOptions(family: Family, nameOf: (person: Person) => string) {
  return [
    { key: 'family', label: 'The whole family', target: { kind: 'family' } as InvolvementTarget },
    ...family.households.map((household) => ({
      key: household.id as string,
      label: `Household: ${household.label}`,
      target: { kind: 'household', household: household.id } as InvolvementTarget,
    })),
    ...family.people.map((person) => ({
      key: person.id as string,
      label: nameOf(person),
      target: { kind: 'person', person: person.id } as InvolvementTarget,
    })),
  ];
}

/** Words for whom an involvement is with. */
export function targetLabel(family: Family, target: InvolvementTarget): string {
  if (target.kind === 'family') return 'the whole family';
  if (target.kind === 'household')
    return family.households.find((h) => h.id === target.household)?.label ?? 'a household';
  const person = family.people.find((p) => p.id === target.person);
  return person ? displayName(person) : 'a person';
}
