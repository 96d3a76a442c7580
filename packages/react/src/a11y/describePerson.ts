import type { Family, GenderIdentity, Person, PersonId } from '@kinmap/model';
import { interactionLabels, type TermGender } from '../labels/interactionLabels.ts';
import { tableLabels } from '../labels/tableLabels.ts';
import {
  chartDate,
  householdsAt,
  isCurrentAt,
  linksToChildren,
  linksToParents,
  partnershipEndAt,
  partnershipsOf,
  otherPartner,
  personById,
  yearsBetween,
} from './familyFacts.ts';
import { personName, personShortName } from './personName.ts';

/** The strings the spoken descriptions use: the interaction and table parts of the labels object. */
export type DescribeLabels = typeof interactionLabels & typeof tableLabels;

/** Options for {@link describePerson} and {@link describeRelationship}. */
export interface DescribeOptions {
  /** The chart date. Default: the family's `asAt`, else today. */
  asAt?: string;
  /** Labels to override (en-GB by default). */
  labels?: Partial<DescribeLabels>;
}

/** Age from which the NRPF status of a person is spoken even when unknown or not asked. */
const ADULT_AGE = 18;

export function withDefaults(labels: Partial<DescribeLabels> | undefined): DescribeLabels {
  return labels === undefined
    ? { ...interactionLabels, ...tableLabels }
    : { ...interactionLabels, ...tableLabels, ...labels };
}

export function termGender(gender: GenderIdentity): TermGender {
  return gender === 'woman' ? 'woman' : gender === 'man' ? 'man' : 'other';
}

function ageText(person: Person, asAt: string, labels: DescribeLabels): string {
  if (person.kind === 'pregnancy' || person.kind === 'pregnancy_loss' || person.kind === 'placeholder')
    return '';
  const born = person.birth?.date;
  if (person.vitalStatus === 'deceased') {
    const died = person.death?.date;
    const ageAtDeath = died === undefined ? undefined : yearsBetween(born, died);
    return labels.died(died?.slice(0, 4), ageAtDeath);
  }
  const years = yearsBetween(born, asAt);
  const age = years === undefined ? (person.kind === 'pet' ? '' : labels.ageUnknown) : labels.age(years);
  return person.vitalStatus === 'unknown' ? labels.joinParts([age, labels.vitalStatusUnknown]) : age;
}

/** "mother of Leo and Mia", grouped by the term, in the order the links are recorded. */
function groupedTerms(entries: Array<{ term: string; name: string }>, labels: DescribeLabels): string[] {
  const byTerm = new Map<string, string[]>();
  for (const { term, name } of entries) byTerm.set(term, [...(byTerm.get(term) ?? []), name]);
  return [...byTerm].map(([term, names]) => labels.relativeOf(term, labels.list(names)));
}

function nameOf(family: Family, id: PersonId, labels: DescribeLabels): string | undefined {
  const person = personById(family, id);
  return person && personShortName(person, labels);
}

function kinshipParts(family: Family, person: Person, asAt: string, labels: DescribeLabels): string[] {
  const gender = termGender(person.genderIdentity);
  const asParent = linksToChildren(family, person.id).flatMap((link) => {
    const name = nameOf(family, link.child, labels);
    return name === undefined ? [] : [{ term: labels.parentTerm(link.kind, gender), name }];
  });
  const asChild = linksToParents(family, person.id).flatMap((link) => {
    const name = nameOf(family, link.parent, labels);
    return name === undefined ? [] : [{ term: labels.childTerm(link.kind, gender), name }];
  });
  const partners = partnershipsOf(family, person.id).flatMap((partnership) => {
    if (partnershipEndAt(partnership, asAt)) return [];
    const name = nameOf(family, otherPartner(partnership, person.id), labels);
    return name === undefined ? [] : [{ term: labels.partnerTerm, name }];
  });
  // A parent is described by their children; a child (or anyone without children) by their parents.
  return [
    ...groupedTerms(asParent.length > 0 ? asParent : asChild, labels),
    ...groupedTerms(partners, labels),
  ];
}

function householdParts(family: Family, person: Person, asAt: string, labels: DescribeLabels): string[] {
  const memberships = householdsAt(family, person.id, asAt);
  const named = (kinds: string[]) =>
    labels.list(memberships.filter((m) => kinds.includes(m.member.membership)).map((m) => m.household.label));
  const parts: string[] = [];
  const resident = named(['resident', 'temporary', 'unknown']);
  if (resident) parts.push(labels.livesIn(resident));
  const partTime = named(['part_time']);
  if (partTime) parts.push(labels.partTimeIn(partTime));
  const visits = named(['regular_visitor']);
  if (visits) parts.push(labels.visits(visits));
  return parts;
}

function nrpfPart(person: Person, asAt: string, labels: DescribeLabels): string {
  if (person.kind !== 'person') return '';
  const nrpf = person.immigration?.nrpf ?? 'not_asked';
  if (nrpf === 'yes' || nrpf === 'lifted') return labels.nrpf[nrpf];
  const age = yearsBetween(person.birth?.date, asAt);
  const isAdult = age === undefined || age >= ADULT_AGE;
  return isAdult && person.vitalStatus !== 'deceased' ? labels.nrpf[nrpf] : '';
}

function statusParts(person: Person, asAt: string, labels: DescribeLabels): string[] {
  return person.statuses
    .filter((status) => isCurrentAt(asAt, status.from, status.to))
    .map((status) => labels.status[status.type]);
}

/**
 * The spoken name of a person symbol, composed from the model: name, age (or death), subject of the
 * assessment, kinship (children, else parents; current partners), households as at the chart date,
 * current statuses and, for adults, the NRPF status when it is not "no".
 *
 * Text only: names are data and are never interpreted as markup.
 *
 * @param family - The family.
 * @param personId - The person to describe.
 * @param options - Chart date and label overrides.
 * @returns A sentence such as "Amy Jones, 34, mother of Leo, lives in Household A, NRPF not asked",
 *   or `undefined` if the person is not in the family.
 * @example
 * describePerson(family, createId('person', 'amy'), { asAt: '2024-06-01' });
 * // "Amy Jones, 34, mother of Leo, lives in Household A, NRPF not asked"
 */
export function describePerson(
  family: Family,
  personId: PersonId,
  options: DescribeOptions = {},
): string | undefined {
  const person = personById(family, personId);
  if (!person) return undefined;
  const labels = withDefaults(options.labels);
  const asAt = chartDate(family, options.asAt);
  return labels.joinParts([
    personName(person, labels),
    ageText(person, asAt, labels),
    family.subjects.includes(person.id) ? labels.subject : '',
    ...kinshipParts(family, person, asAt, labels),
    ...householdParts(family, person, asAt, labels),
    ...statusParts(person, asAt, labels),
    nrpfPart(person, asAt, labels),
  ]);
}
