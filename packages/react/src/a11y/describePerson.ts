import {
  ageAt,
  childrenOf,
  getPerson,
  householdsOf,
  isAdult,
  isWithin,
  parentsOf,
  partnersOf,
  type CaringRole,
  type Family,
  type GenderIdentity,
  type Person,
} from '@kinmap/model';
import type { PersonId } from '@kinmap/model';
import { interactionLabels, type TermGender } from '../labels/interactionLabels.ts';
import { tableLabels } from '../labels/tableLabels.ts';
import { mergeLabels, type DeepPartial } from '../labels/mergeLabels.ts';
import { chartDate, isPartnershipCurrent } from './familyFacts.ts';
import { personName, personShortName } from './personName.ts';

/** The strings the spoken descriptions use: the interaction and table parts of the labels object. */
export type DescribeLabels = typeof interactionLabels & typeof tableLabels;

/** Options for {@link describePerson} and {@link describeRelationship}. */
export interface DescribeOptions {
  /** The chart date. Default: the family's `asAt`, else today. */
  asAt?: string;
  /** Labels to override (en-GB by default). */
  labels?: DeepPartial<DescribeLabels>;
}

const DEFAULTS: DescribeLabels = { ...interactionLabels, ...tableLabels };

const merged = new WeakMap<object, DescribeLabels>();

/**
 * The description labels with any overrides merged over them. Remembered per overrides object: a
 * chart describes every person with the same labels, so the merge runs once, not once per person.
 */
export function withDefaults(labels: DeepPartial<DescribeLabels> | undefined): DescribeLabels {
  if (!labels) return DEFAULTS;
  let result = merged.get(labels);
  if (!result) {
    result = mergeLabels(DEFAULTS, labels);
    merged.set(labels, result);
  }
  return result;
}

export function termGender(gender: GenderIdentity): TermGender {
  return gender === 'woman' ? 'woman' : gender === 'man' ? 'man' : 'other';
}

/**
 * Part of a person's description; also used by the table view. An estimated age ("she's about 34")
 * is spoken "about 34"; with `short` (the table) it is written "~34", as on the symbol.
 */
export function ageText(person: Person, asAt: string, labels: DescribeLabels, short = false): string {
  if (person.kind === 'pregnancy' || person.kind === 'pregnancy_loss' || person.kind === 'placeholder')
    return '';
  if (person.vitalStatus === 'deceased') {
    const died = person.death?.date;
    const ageAtDeath = died === undefined ? undefined : ageAt(person.birth, died)?.years;
    return labels.died(died?.slice(0, 4), ageAtDeath);
  }
  const age = ageAt(person.birth, asAt);
  const text =
    age === undefined
      ? person.kind === 'pet'
        ? ''
        : labels.ageUnknown
      : (short ? labels.ageShort : labels.age)(age.years, age.estimated);
  return person.vitalStatus === 'unknown' ? labels.joinParts([text, labels.vitalStatusUnknown]) : text;
}

/** "mother of Leo and Mia", grouped by the term, in the order the links are recorded. */
function groupedTerms(entries: Array<{ term: string; name: string }>, labels: DescribeLabels): string[] {
  const byTerm = new Map<string, string[]>();
  for (const { term, name } of entries) byTerm.set(term, [...(byTerm.get(term) ?? []), name]);
  return [...byTerm].map(([term, names]) => labels.relativeOf(term, labels.list(names)));
}

/** Part of a person's description; also used by the table view. */
export function kinshipParts(family: Family, person: Person, asAt: string, labels: DescribeLabels): string[] {
  const gender = termGender(person.genderIdentity);
  const asParent = childrenOf(family, person.id).map(({ person: child, link }) => ({
    term: labels.parentTerm(link.kind, gender),
    name: personShortName(child, labels),
  }));
  const asChild = parentsOf(family, person.id).map(({ person: parent, link }) => ({
    term: labels.childTerm(link.kind, gender),
    name: personShortName(parent, labels),
  }));
  const partners = partnersOf(family, person.id)
    .filter(({ partnership }) => isPartnershipCurrent(partnership, asAt))
    .map(({ person: partner }) => ({ term: labels.partnerTerm, name: personShortName(partner, labels) }));
  // A parent is described by their children; a child (or anyone without children) by their parents.
  return [
    ...groupedTerms(asParent.length > 0 ? asParent : asChild, labels),
    ...groupedTerms(partners, labels),
  ];
}

/** Part of a person's description; also used by the table view. */
export function householdParts(
  family: Family,
  person: Person,
  asAt: string,
  labels: DescribeLabels,
): string[] {
  const memberships = householdsOf(family, person.id, asAt);
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

/** Part of a person's description; also used by the table view. */
export function nrpfPart(person: Person, asAt: string, labels: DescribeLabels): string {
  if (person.kind !== 'person') return '';
  const nrpf = person.immigration?.nrpf ?? 'not_asked';
  if (nrpf === 'yes' || nrpf === 'lifted') return labels.nrpf[nrpf];
  return isAdult(person, asAt) && person.vitalStatus !== 'deceased' ? labels.nrpf[nrpf] : '';
}

/** Whether a caring role is current on `asAt` (format 2 roles may have ended, `to`). */
function isCurrentCare(role: CaringRole, asAt: string): boolean {
  const to = role.to;
  return to === undefined || isWithin({ to }, asAt);
}

/** What kind of carer, and how many hours a week when recorded: ["young carer", "15–25 h a week"]. */
export function caringDetails(role: CaringRole, labels: DescribeLabels): string[] {
  const hours = role.hoursPerWeek;
  return [labels.caringRole[role.role], ...(hours ? [labels.hoursPerWeek(hours.min, hours.max)] : [])];
}

/**
 * Part of a person's description; also used by the table view: the care they give ("young carer
 * for Joanne, 15–25 h a week") and receive ("cared for by Kieran (young carer)") on `asAt`.
 */
export function caringParts(family: Family, person: Person, asAt: string, labels: DescribeLabels): string[] {
  const parts: string[] = [];
  const nameOf = (id: PersonId) => {
    const other = getPerson(family, id);
    return other ? personShortName(other, labels) : labels.unnamedPlaceholder;
  };
  for (const role of family.caringRoles) {
    if (!isCurrentCare(role, asAt)) continue;
    const caredFor = role.caredFor;
    if (role.carer === person.id) {
      const [kind = '', ...rest] = caringDetails(role, labels);
      parts.push(labels.carerOf(kind, caredFor === undefined ? undefined : nameOf(caredFor), rest));
    } else if (caredFor === person.id)
      parts.push(labels.caredForBy(nameOf(role.carer), labels.caringRole[role.role]));
  }
  return parts;
}

/**
 * Part of a person's description: the agency holding the lead practitioner role for this person
 * on `asAt` ("lead practitioner: Rotherham Early Help"), as the chart tags it "Lead".
 */
export function leadParts(family: Family, person: Person, asAt: string, labels: DescribeLabels): string[] {
  const parts: string[] = [];
  for (const inv of family.involvements) {
    if (inv.with.kind !== 'person' || inv.with.person !== person.id) continue;
    if (!inv.roles.includes('lead_practitioner') || inv.status === 'closed') continue;
    if (inv.to !== undefined && !isWithin({ to: inv.to }, asAt)) continue;
    const agency = family.agencies.find((a) => a.id === inv.agency);
    if (agency) parts.push(labels.leadPractitionerFrom(agency.name));
  }
  return parts;
}

/** Part of a person's description; also used by the table view. */
export function statusParts(person: Person, asAt: string, labels: DescribeLabels): string[] {
  return person.statuses
    .filter((status) => isWithin(status, asAt))
    .map((status) => labels.status[status.type]);
}

/**
 * The spoken name of a person symbol, composed from the model: name, age (or death), subject of the
 * assessment, kinship (children, else parents; current partners), households as at the chart date,
 * current statuses, the care they give or receive, the agency holding the lead practitioner role
 * for them and, for adults, the NRPF status when it is not "no".
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
  const person = getPerson(family, personId);
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
    ...caringParts(family, person, asAt, labels),
    ...leadParts(family, person, asAt, labels),
    nrpfPart(person, asAt, labels),
  ]);
}
