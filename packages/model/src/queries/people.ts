import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import type { Person } from '../schema/person.ts';
import { indexFamily } from './indexFamily.ts';

/**
 * The person with this id, or `undefined` when the family has no such person.
 *
 * @example
 * getPerson(family, createId('person', 'amy'))?.names.given; // 'Amy'
 */
export function getPerson(family: Family, id: PersonId): Person | undefined {
  return indexFamily(family).personById.get(id);
}

const FALLBACK: Record<Person['kind'], string> = {
  person: 'Unnamed person',
  placeholder: 'Unknown parent',
  pregnancy: 'Pregnancy',
  pregnancy_loss: 'Pregnancy loss',
  pet: 'Pet',
};

function clean(text: string | undefined): string {
  return (text ?? '').trim();
}

/**
 * The legal name, given then family name (`'Amy Smith'`), or `undefined` when neither is recorded.
 *
 * @example
 * legalName({ ...amy, names: { given: 'Amelia', family: 'Smith', knownAs: 'Amy', other: [] } }); // 'Amelia Smith'
 */
export function legalName(person: Person): string | undefined {
  const name = [clean(person.names.given), clean(person.names.family)].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

/**
 * The name to show for a person: the name they are known by when recorded, else the legal name, else
 * a neutral description of what the symbol stands for ("Unnamed person", "Unknown parent",
 * "Pregnancy", "Pregnancy loss", or the pet's species or "Pet"). Plain text: render it as text.
 *
 * @example
 * displayName(amy);       // 'Amy' (known-as) or 'Amelia Smith'
 * displayName(unknownDad); // 'Unknown parent' (a placeholder with no name)
 */
export function displayName(person: Person): string {
  const knownAs = clean(person.names.knownAs);
  if (knownAs) return knownAs;
  const legal = legalName(person);
  if (legal) return legal;
  if (person.kind === 'pet' && clean(person.petSpecies)) return `Pet (${clean(person.petSpecies)})`;
  return FALLBACK[person.kind];
}
