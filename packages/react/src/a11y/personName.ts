import type { Person } from '@kinmap/model';
import { interactionLabels } from '../labels/interactionLabels.ts';

type NameLabels = Pick<
  typeof interactionLabels,
  'unnamed' | 'unnamedPregnancy' | 'unnamedLoss' | 'unnamedPlaceholder' | 'unnamedPet'
>;

function unnamed(person: Person, labels: NameLabels): string {
  switch (person.kind) {
    case 'pregnancy':
      return labels.unnamedPregnancy;
    case 'pregnancy_loss':
      return labels.unnamedLoss;
    case 'placeholder':
      return labels.unnamedPlaceholder;
    case 'pet':
      return person.petSpecies ?? labels.unnamedPet;
    default:
      return labels.unnamed;
  }
}

/**
 * The name a person is known by, with their family name: "Amy Jones". Falls back to the legal given
 * name, then to a word for the kind of symbol ("Pregnancy", "Unknown person").
 *
 * @example
 * personName(amy); // "Amy Jones"
 */
export function personName(person: Person, labels: NameLabels = interactionLabels): string {
  const first = person.names.knownAs ?? person.names.given;
  const whole = [first, person.names.family].filter((part) => part !== undefined && part !== '').join(' ');
  return whole === '' ? unnamed(person, labels) : whole;
}

/**
 * The first name only ("Amy"), used where a person is mentioned in another's description.
 *
 * @example
 * personShortName(amy); // "Amy"
 */
export function personShortName(person: Person, labels: NameLabels = interactionLabels): string {
  return person.names.knownAs ?? person.names.given ?? personName(person, labels);
}
