import type { Family, Finding, Person, StandardItem } from '@kinmap/model';

const isPerson = (person: Person) => person.kind === 'person';

/** The first person (a real person, not a pet or a pregnancy) for whom `needs` holds, else the first. */
function firstPerson(family: Family, needs: (person: Person) => boolean): number {
  const index = family.people.findIndex((person) => isPerson(person) && needs(person));
  return index >= 0 ? index : family.people.findIndex(isPerson);
}

/**
 * A not-started item's first step as a finding the editor can go to: the item's own `start.path`,
 * made precise where it names a list ("people" becomes the first person still to be asked).
 */
export function startFinding(family: Family, item: StandardItem): Finding {
  let path = item.start?.path ?? '';
  const at = (index: number, field: string) => (index >= 0 ? `people[${index}].${field}` : path);
  switch (item.key) {
    case 'significantPeople':
      path = family.people.length > 0 ? at(0, 'names.given') : path;
      break;
    case 'nrpf':
      path = at(
        firstPerson(family, (p) => (p.immigration?.nrpf ?? 'not_asked') === 'not_asked'),
        'immigration.nrpf',
      );
      break;
    case 'identity':
      path = at(
        firstPerson(family, (p) => !p.identity),
        'identity',
      );
      break;
    case 'caringRoles':
      path = at(
        firstPerson(family, (p) => p.caringAsked !== 'asked'),
        'caringAsked',
      );
      break;
    case 'safeguardingHistory':
      path = at(
        firstPerson(family, (p) => p.safeguardingChecks.length === 0),
        'safeguardingChecks',
      );
      break;
    default:
      break;
  }
  return {
    id: item.checks[0] ?? 'start',
    rule: `start-${item.key}`,
    key: `start-${item.key}`,
    severity: 'error',
    path,
    message: item.start?.message ?? item.label,
  };
}
