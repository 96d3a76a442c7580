import { ageAt } from '../dates/ageAt.ts';
import { parsePartialDate } from '../dates/partialDate.ts';
import type { PersonId } from '../ids.ts';
import { ADULT_AGE } from '../queries/isAdult.ts';
import { kinshipTermsFrom } from '../queries/kinship/kinshipTerm.ts';
import type { Family } from '../schema/family.ts';

/**
 * The year an anonymised copy is "as at": every date is moved by whole years so that the real `asAt`
 * falls in this year, and kept to the year only. Ages and the years between events stay true (to the
 * year); no real date survives. The copy's `asAt` is 31 December of this year.
 */
export const ANONYMISED_YEAR = 2000;
export const ANONYMISED_AS_AT = `${ANONYMISED_YEAR}-12-31`;

/**
 * A date moved to the anonymised calendar: the number of whole years from it to `asAt` is kept, as
 * a year before (or after) `ANONYMISED_YEAR`. With the copy's `asAt` on 31 December, a birth year
 * gives the same completed age the person had on the real `asAt`.
 */
export function relativeYear(date: string, asAt: string): string {
  const d = parsePartialDate(date);
  const a = parsePartialDate(asAt);
  const before = (a.month ?? 1) * 100 + (a.day ?? 1) < (d.month ?? 1) * 100 + (d.day ?? 1);
  const years = a.year - d.year - (before ? 1 : 0);
  const year = Math.min(9999, Math.max(1, ANONYMISED_YEAR - years));
  return String(year).padStart(4, '0');
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const ACRONYMS = new Set(['gp', 'camhs', 'mash', 'nhs', 'send', 'yot', 'marac', 'mappa', 'idva', 'isva']);
const words = (code: string): string =>
  capitalise(
    code
      .split('_')
      .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word === 'childrens' ? 'children’s' : word))
      .join(' '),
  );

/** Numbers labels that occur more than once ("Brother 1", "Brother 2"); a unique label stays as it is. */
function numbered<K>(labels: Map<K, string>): Map<K, string> {
  const total = new Map<string, number>();
  for (const label of labels.values()) total.set(label, (total.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<K, string>();
  for (const [key, label] of labels) {
    if ((total.get(label) ?? 0) < 2) out.set(key, label);
    else {
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      out.set(key, `${label} ${n}`);
    }
  }
  return out;
}

/** The labels an anonymised copy uses instead of names and other identifying text. */
export interface AnonymousLabels {
  people: Map<PersonId, string>;
  households: Map<string, string>;
  agencies: Map<string, string>;
}

/**
 * Role names for everyone, from the model's kinship words: the subjects are "Child 1", "Child 2" (or
 * "Adult 1" when 18 or over), everyone else is named by what they are to the first subject
 * ("Mother", "Maternal grandmother", "Half-brother 2"); anyone unrelated by their significance
 * ("Significant other 1", "Professional 1", "Person 3"). Households become "Household 1"…, agencies
 * their kind ("School 1", "Police").
 */
export function anonymousLabels(family: Family, asAt: string): AnonymousLabels {
  const byId = new Map(family.people.map((person) => [person.id, person]));
  const subjects = family.subjects.filter((id) => byId.has(id));
  const first = subjects[0];
  const terms = first === undefined ? new Map<PersonId, string>() : kinshipTermsFrom(family, first, { asAt });
  const subjectLabels = new Map<PersonId, string>();
  let children = 0;
  let adults = 0;
  for (const id of subjects) {
    const person = byId.get(id);
    const age = person === undefined ? undefined : ageAt(person.birth, asAt, person.death);
    if (age !== undefined && age.years >= ADULT_AGE && person?.kind === 'person') {
      adults += 1;
      subjectLabels.set(id, `Adult ${adults}`);
    } else {
      children += 1;
      subjectLabels.set(id, `Child ${children}`);
    }
  }
  const labels = new Map<PersonId, string>();
  for (const person of family.people) {
    if (subjectLabels.has(person.id)) continue;
    const term = terms.get(person.id);
    if (term !== undefined) labels.set(person.id, capitalise(term));
    else if (person.kind === 'pet') labels.set(person.id, 'Pet');
    else if (person.significance === 'significant_other') labels.set(person.id, 'Significant other');
    else if (person.significance === 'professional_only') labels.set(person.id, 'Professional');
    else labels.set(person.id, 'Person');
  }
  const people = new Map<PersonId, string>([...subjectLabels, ...numbered(labels)]);

  const households = new Map<string, string>();
  family.households.forEach((household, i) => households.set(household.id, `Household ${i + 1}`));
  const agencies = numbered(
    new Map(family.agencies.map((agency) => [agency.id as string, words(agency.category)])),
  );
  return { people, households, agencies };
}
