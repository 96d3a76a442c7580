import {
  getPerson,
  type CaringRoleId,
  type EmotionalId,
  type Family,
  type LinkId,
  type PartnershipId,
  type PersonId,
} from '@kinmap/model';
import {
  caringDetails,
  withDefaults,
  termGender,
  type DescribeLabels,
  type DescribeOptions,
} from './describePerson.ts';
import { relativesOf } from './familyFacts.ts';
import { personName } from './personName.ts';

/** The ids {@link describeRelationship} can describe. */
export type RelationshipId = EmotionalId | PartnershipId | LinkId | CaringRoleId;

function nameOf(family: Family, id: PersonId, labels: DescribeLabels): string {
  const person = getPerson(family, id);
  return person ? personName(person, labels) : labels.unnamedPlaceholder;
}

/** What `a` is to `b` in one word or two ("father", "partner", "sister"), when they are close kin. */
export function roleOf(family: Family, a: PersonId, b: PersonId, labels: DescribeLabels): string | undefined {
  const person = getPerson(family, a);
  if (!person) return undefined;
  const gender = termGender(person.genderIdentity);
  const asParent = family.parentChildLinks.find((link) => link.parent === a && link.child === b);
  if (asParent) return labels.parentTerm(asParent.kind, gender);
  const asChild = family.parentChildLinks.find((link) => link.child === a && link.parent === b);
  if (asChild) return labels.childTerm(asChild.kind, gender);
  const relatives = relativesOf(family, b);
  if (relatives.partners.includes(a)) return labels.partnerTerm;
  if (relatives.siblings.includes(a)) return labels.siblingTerm(gender);
  return undefined;
}

function describeEmotional(family: Family, id: EmotionalId, labels: DescribeLabels): string | undefined {
  const line = family.emotionalRelationships.find((r) => r.id === id);
  if (!line) return undefined;
  const from = labels.personWithRole(
    nameOf(family, line.from, labels),
    roleOf(family, line.from, line.to, labels),
  );
  const to = labels.personWithRole(
    nameOf(family, line.to, labels),
    roleOf(family, line.to, line.from, labels),
  );
  const who = line.direction === 'from_to' ? labels.directed(from, to) : labels.mutual(from, to);
  const kind = line.type === 'other' && line.label ? line.label : labels.emotionalType[line.type];
  return labels.relationshipWithDetails(who, [
    kind,
    labels.evidenceBasis[line.basis],
    line.since ? labels.since(line.since.slice(0, 4)) : '',
    line.until ? labels.until(line.until.slice(0, 4)) : '',
  ]);
}

function describeCaring(family: Family, id: CaringRoleId, labels: DescribeLabels): string | undefined {
  const role = family.caringRoles.find((r) => r.id === id);
  if (!role) return undefined;
  const caredFor = role.caredFor;
  const carer = nameOf(family, role.carer, labels);
  return labels.caresForSentence(
    carer,
    caredFor === undefined ? undefined : nameOf(family, caredFor, labels),
    caringDetails(role, labels),
  );
}

function describePartnership(family: Family, id: PartnershipId, labels: DescribeLabels): string | undefined {
  const partnership = family.partnerships.find((p) => p.id === id);
  if (!partnership) return undefined;
  const [a, b] = partnership.partners;
  const who = labels.mutual(nameOf(family, a, labels), nameOf(family, b, labels));
  const kind =
    partnership.kind === 'other' && partnership.kindOther
      ? partnership.kindOther
      : labels.partnershipKind[partnership.kind];
  const events = partnership.events.map((event) =>
    [labels.partnershipEvent[event.type], event.date?.slice(0, 4)].filter(Boolean).join(' '),
  );
  return labels.relationshipWithDetails(who, [kind, ...events]);
}

function describeLink(family: Family, id: LinkId, labels: DescribeLabels): string | undefined {
  const link = family.parentChildLinks.find((l) => l.id === id);
  if (!link) return undefined;
  const parent = getPerson(family, link.parent);
  const child = getPerson(family, link.child);
  const parentRole = labels.parentTerm(link.kind, termGender(parent?.genderIdentity ?? 'unknown'));
  const childRole = labels.childTerm(link.kind, termGender(child?.genderIdentity ?? 'unknown'));
  const who = labels.directed(
    labels.personWithRole(nameOf(family, link.parent, labels), parentRole),
    labels.personWithRole(nameOf(family, link.child, labels), childRole),
  );
  const details = [link.legalBasis?.order ?? '', link.from ? labels.since(link.from.slice(0, 4)) : ''];
  if (link.to) details.push(labels.ended(link.to.slice(0, 4)));
  return details.some((d) => d !== '') ? labels.relationshipWithDetails(who, details) : who;
}

/**
 * The spoken name of a line on the chart: an emotional relationship, a partnership, a parent–child
 * link or a caring role ("Kieran Fairbrother cares for Joanne Fairbrother (young carer, 15–25 h a
 * week)"), composed from the model with each person's role relative to the other.
 *
 * @param family - The family.
 * @param id - An emotional relationship, partnership, parent–child link or caring role id.
 * @param options - Label overrides (`asAt` is accepted for symmetry with `describePerson`).
 * @returns A sentence, or `undefined` when the id is not in the family.
 * @example
 * describeRelationship(family, createId('emotional', 'sam-alex'));
 * // "Sam Jones (father) → Alex Jones (child): physical abuse, substantiated, 2023"
 */
export function describeRelationship(
  family: Family,
  id: RelationshipId,
  options: DescribeOptions = {},
): string | undefined {
  const labels = withDefaults(options.labels);
  if (id.startsWith('emotion:')) return describeEmotional(family, id as EmotionalId, labels);
  if (id.startsWith('partnership:')) return describePartnership(family, id as PartnershipId, labels);
  if (id.startsWith('link:')) return describeLink(family, id as LinkId, labels);
  if (id.startsWith('caring:')) return describeCaring(family, id as CaringRoleId, labels);
  return undefined;
}
