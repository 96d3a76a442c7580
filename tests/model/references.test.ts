import { describe, expect, it } from 'vitest';
import { findReferenceIssues, parseFamily, type Family } from '@kinmap/model';
import { loadFixture, readFixtureText } from '../support/fixtures.ts';

type R = Record<string, unknown>;
type Doc = R & {
  subjects: string[];
  people: R[];
  partnerships: R[];
  parentChildLinks: R[];
  multipleBirths: R[];
  households: R[];
  emotionalRelationships: R[];
  involvements: R[];
  caringRoles: R[];
};
const leoDoc = (): Doc => JSON.parse(readFixtureText('leo')) as Doc;

function issuesOf(doc: unknown) {
  const result = parseFamily(doc);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issues;
}

describe('reference integrity', () => {
  it('finds no issue in any fixture family', () => {
    for (const name of [
      'leo',
      'peter',
      'blended',
      'kinship',
      'twins',
      'unknown-father',
      'minimal',
    ] as const) {
      expect(findReferenceIssues(loadFixture(name))).toEqual([]);
    }
  });

  it('reports a duplicate id with where it was first used', () => {
    const doc = leoDoc();
    doc.people[5]!.id = 'person:leo';
    expect(issuesOf(doc)).toContainEqual({
      path: 'people[5].id',
      message: 'repeats the id "person:leo" already used at people[0]',
    });
  });

  it.each([
    [
      'a link parent',
      (d: Doc) => (d.parentChildLinks[0]!.parent = 'person:zoe'),
      'parentChildLinks[0].parent',
      'person:zoe',
      'a person',
    ],
    ['a subject', (d: Doc) => (d.subjects[1] = 'person:zoe'), 'subjects[1]', 'person:zoe', 'a person'],
    [
      'an involvement agency',
      (d: Doc) => (d.involvements[2]!.agency = 'agency:nhs'),
      'involvements[2].agency',
      'agency:nhs',
      'an agency',
    ],
    [
      'an involvement household',
      (d: Doc) => (d.involvements[1]!.with = { kind: 'household', household: 'household:gone' }),
      'involvements[1].with.household',
      'household:gone',
      'a household',
    ],
    [
      'a household member',
      (d: Doc) => ((d.households[0]!.members as Record<string, unknown>[])[1]!.person = 'person:zoe'),
      'households[0].members[1].person',
      'person:zoe',
      'a person',
    ],
    [
      'a caring role',
      (d: Doc) => (d.caringRoles[0]!.caredFor = 'person:zoe'),
      'caringRoles[0].caredFor',
      'person:zoe',
      'a person',
    ],
    [
      'a sponsor',
      (d: Doc) => ((d.people[2]!.immigration as Record<string, unknown>).sponsor = 'person:zoe'),
      'people[2].immigration.sponsor',
      'person:zoe',
      'a person',
    ],
    [
      'a reporter',
      (d: Doc) => (d.emotionalRelationships[1]!.reportedBy = { agency: 'agency:zzz' }),
      'emotionalRelationships[1].reportedBy.agency',
      'agency:zzz',
      'an agency',
    ],
    [
      'a link partnership',
      (d: Doc) => (d.parentChildLinks[0]!.partnership = 'partnership:none'),
      'parentChildLinks[0].partnership',
      'partnership:none',
      'a partnership',
    ],
    [
      'a provenance source',
      (d: Doc) => ((d.caringRoles[0]!.provenance as Record<string, unknown>).sourceAgency = 'agency:zzz'),
      'caringRoles[0].provenance.sourceAgency',
      'agency:zzz',
      'an agency',
    ],
  ])('reports a dangling reference in %s', (_what, breakIt, path, id, noun) => {
    const doc = leoDoc();
    breakIt(doc);
    expect(issuesOf(doc)).toContainEqual({
      path,
      message: `refers to "${id}", which is not ${noun} in this family`,
    });
  });

  it('reports a dangling multiple-birth member', () => {
    const doc = leoDoc();
    doc.multipleBirths = [{ id: 'multiple:x', members: ['person:leo', 'person:ghost'] }];
    expect(issuesOf(doc)).toEqual([
      {
        path: 'multipleBirths[0].members[1]',
        message: 'refers to "person:ghost", which is not a person in this family',
      },
    ]);
  });

  it('reports the same person twice where two people are needed', () => {
    const doc = leoDoc();
    doc.partnerships[0]!.partners = ['person:grace', 'person:grace'];
    doc.parentChildLinks[4]!.child = 'person:daniel';
    doc.caringRoles[1]!.caredFor = 'person:leo';
    expect(issuesOf(doc)).toEqual(
      expect.arrayContaining([
        {
          path: 'partnerships[0].partners[1]',
          message:
            'is the same person as partners[0] ("person:grace"): a partnership joins two different people',
        },
        {
          path: 'parentChildLinks[4].child',
          message: 'is the same person as the parent ("person:daniel"): nobody can be their own parent',
        },
        {
          path: 'caringRoles[1].caredFor',
          message: 'is the same person as the carer ("person:leo"): record caring for another person',
        },
      ]),
    );
  });

  it('reports a link through a partnership its parent is not part of', () => {
    const doc = leoDoc();
    doc.parentChildLinks[0]!.partnership = 'partnership:daniel-tracey';
    expect(issuesOf(doc)).toEqual([
      {
        path: 'parentChildLinks[0].partnership',
        message:
          'is "partnership:daniel-tracey", but the parent "person:grace" is not one of that partnership\'s partners',
      },
    ]);
  });

  it('does not modify the family it checks', () => {
    const family: Family = loadFixture('kinship');
    const before = JSON.stringify(family);
    findReferenceIssues(family);
    expect(JSON.stringify(family)).toBe(before);
  });
});
