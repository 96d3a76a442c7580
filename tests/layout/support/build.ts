// Small hand-built families for layout tests (valid Family objects with every default filled in).
import { createId } from '@kinmap/model';
import type { Family, ParentChildLink, Partnership, Person, PersonId } from '@kinmap/model';

export function person(body: string, extra: Partial<Person> = {}): Person {
  return {
    id: createId('person', body),
    kind: 'person',
    names: { given: body, other: [] },
    sexAtBirth: 'not_asked',
    genderIdentity: 'woman',
    vitalStatus: 'living',
    significance: 'family',
    statuses: [],
    safeguardingChecks: [],
    caringAsked: 'not_asked',
    ...extra,
  };
}

export function couple(
  body: string,
  a: PersonId,
  b: PersonId,
  extra: Partial<Partnership> = {},
): Partnership {
  return {
    id: createId('partnership', body),
    partners: [a, b],
    kind: 'marriage',
    events: [],
    secret: false,
    ...extra,
  };
}

export function child(
  body: string,
  parent: PersonId,
  kid: PersonId,
  extra: Partial<ParentChildLink> = {},
): ParentChildLink {
  return {
    id: createId('link', body),
    parent,
    child: kid,
    kind: 'birth',
    parentalResponsibility: 'not_asked',
    confidence: 'reported',
    ...extra,
  };
}

export function familyOf(parts: Partial<Family>): Family {
  return {
    formatVersion: 3,
    id: createId('family', 'built'),
    title: 'Built',
    asAt: '2025-01-01',
    subjects: [],
    statements: {},
    notationProfile: 'mcgoldrick',
    people: [],
    partnerships: [],
    parentChildLinks: [],
    multipleBirths: [],
    households: [],
    emotionalRelationships: [],
    agencies: [],
    involvements: [],
    caringRoles: [],
    checklistRecords: [],
    shares: [],
    fieldSources: [],
    ...parts,
  };
}
