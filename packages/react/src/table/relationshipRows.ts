import { getPerson, type Family, type PersonId } from '@kinmap/model';
import { caringDetails, termGender, type DescribeLabels } from '../a11y/describePerson.ts';
import { personName } from '../a11y/personName.ts';

/** The columns of the relationships table. */
export function relationshipColumns(labels: DescribeLabels): string[] {
  return [labels.colFrom, labels.colRelationship, labels.colTo, labels.colBasis, labels.colDates];
}

/**
 * Partnerships, parent–child links, emotional relationships and caring roles, one row each, in that
 * order. A caring role reads "Kieran | cares for (young carer, 15–25 h a week) | Joanne".
 */
export function relationshipRows(family: Family, labels: DescribeLabels) {
  const name = (id: PersonId) => {
    const person = getPerson(family, id);
    return person ? personName(person, labels) : labels.unnamedPlaceholder;
  };
  const year = (date: string | undefined) => date?.slice(0, 4);
  const partnerships = family.partnerships.map((p) => ({
    key: p.id,
    cells: [
      name(p.partners[0]),
      p.kind === 'other' && p.kindOther ? p.kindOther : labels.partnershipKind[p.kind],
      name(p.partners[1]),
      labels.none,
      p.events.length
        ? p.events
            .map((e) => [labels.partnershipEvent[e.type], year(e.date)].filter(Boolean).join(' '))
            .join(', ')
        : labels.none,
    ],
  }));
  const links = family.parentChildLinks.map((link) => {
    const gender = termGender(getPerson(family, link.parent)?.genderIdentity ?? 'unknown');
    return {
      key: link.id,
      cells: [
        name(link.parent),
        labels.termOf(labels.parentTerm(link.kind, gender)),
        name(link.child),
        link.legalBasis?.order ?? labels.none,
        link.from || link.to ? `${year(link.from) ?? ''}–${year(link.to) ?? ''}` : labels.none,
      ],
    };
  });
  const emotional = family.emotionalRelationships.map((line) => {
    const kind = line.type === 'other' && line.label ? line.label : labels.emotionalType[line.type];
    return {
      key: line.id,
      cells: [
        name(line.from),
        line.direction === 'mutual' ? labels.mutualRelationship(kind) : kind,
        name(line.to),
        labels.evidenceBasis[line.basis],
        line.since || line.until ? `${year(line.since) ?? ''}–${year(line.until) ?? ''}` : labels.none,
      ],
    };
  });
  const caring = family.caringRoles.map((role) => {
    const caredFor = role.caredFor;
    const to = role.to;
    return {
      key: role.id,
      cells: [
        name(role.carer),
        labels.caresFor(caringDetails(role, labels)),
        caredFor === undefined ? labels.none : name(caredFor),
        labels.none,
        role.since || to ? `${year(role.since) ?? ''}–${year(to) ?? ''}` : labels.none,
      ],
    };
  });
  return [...partnerships, ...links, ...emotional, ...caring];
}
