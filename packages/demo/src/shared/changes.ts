// How each thing a partner agency adds becomes a model change for the portal: the person or household
// as the agency's view shows it (`before`) and the same with the new value (`after`). Pure functions, so
// the tests can send exactly what the form sends. A problem is returned in words naming the field.
import { isValidNhsNumber } from '@kinmap/model';
import type { SharedHousehold, SharedPerson } from './api.ts';

/** A model change for the portal, or what is wrong with the input, naming the field. */
export type Built = { change: unknown; summary: string } | { error: string; field: string };

const update = (before: object, after: object) => ({ updated: [{ before, after }] });

/**
 * A date of birth (YYYY-MM-DD) for a person.
 *
 * @example
 * dateOfBirthChange(leo, '2017-04-14'); // { change: { people: { updated: [...] } }, summary: 'date of birth 2017-04-14' }
 */
export function dateOfBirthChange(person: SharedPerson, date: string): Built {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return { field: 'date', error: 'Date of birth: give it as a full date.' };
  const after = { ...person, birth: { ...(person.birth ?? {}), date } };
  return { change: { people: update(person, after) }, summary: `date of birth ${date}` };
}

/**
 * A corrected name for a person: a first name, a family name or both (one left empty keeps the map's).
 *
 * @example
 * nameChange(leo, { given: 'Leon', family: 'Jones' });
 */
export function nameChange(person: SharedPerson, name: { given: string; family: string }): Built {
  const given = name.given.trim() || (person.names.given ?? '');
  const family = name.family.trim() || (person.names.family ?? '');
  if (!name.given.trim() && !name.family.trim())
    return { field: 'given', error: 'First name: give the first name, the family name or both.' };
  if (given === (person.names.given ?? '') && family === (person.names.family ?? ''))
    return { field: 'given', error: 'First name: this is the name the map has already.' };
  const after = {
    ...person,
    names: { ...person.names, ...(given ? { given } : {}), ...(family ? { family } : {}) },
  };
  return {
    change: { people: update(person, after) },
    summary: `name ${[given, family].filter(Boolean).join(' ')}`,
  };
}

/**
 * An NHS number (ten digits; spaces allowed as people write it) for a person, checked with its check
 * digit. A new number is "not checked" against the NHS spine until someone traces it.
 *
 * @example
 * nhsNumberChange(leo, '943 476 5919'); // identity.nhsNumber.value '9434765919'
 */
export function nhsNumberChange(person: SharedPerson, value: string): Built {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits))
    return { field: 'nhs', error: 'NHS number: give the ten digits (spaces are fine).' };
  if (!isValidNhsNumber(digits))
    return { field: 'nhs', error: 'NHS number: this is not a valid NHS number (check the digits).' };
  const identity = (person.identity ?? {}) as Record<string, unknown>;
  const after = { ...person, identity: { ...identity, nhsNumber: { value: digits, trace: 'not_checked' } } };
  return { change: { people: update(person, after) }, summary: `NHS number ${digits}` };
}

/**
 * An address and/or postcode for a household (where its members live).
 *
 * @example
 * addressChange(home, { text: '4 Mill Lane, Calderbridge', postcode: 'CB1 2AB' });
 */
export function addressChange(
  household: SharedHousehold,
  address: { text: string; postcode: string },
): Built {
  const text = address.text.trim();
  const postcode = address.postcode.trim().toUpperCase().replace(/\s+/g, ' ');
  if (!text && !postcode) return { field: 'address', error: 'Address: give the address or the postcode.' };
  if (postcode && !/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(postcode))
    return {
      field: 'postcode',
      error: 'Postcode: this does not look like a UK postcode (for example LS1 4AB).',
    };
  const after = {
    ...household,
    address: {
      ...(household.address ?? {}),
      ...(text ? { text } : {}),
      ...(postcode ? { postcode } : {}),
    },
  };
  return {
    change: { households: update(household, after) },
    summary: `address ${[text, postcode].filter(Boolean).join(', ')}`,
  };
}
