// Completeness prompts: MS-22 legal basis, MS-24 abuse lines, MS-25 "other" labels, MS-26 identity asked.
import { describe, expect, test } from 'vitest';
import { family, person } from './familyBuilder.ts';
import { findingsOf } from './helpers.ts';

describe('MS-22 legal basis', () => {
  test('looked after with no legal basis; a CP plan with no category', () => {
    const f = family(
      (d) =>
        (person(d, 'leo').statuses = [
          { type: 'looked_after', from: '2024' },
          { type: 'child_protection_plan' },
        ]),
    );
    expect(findingsOf(f, 'MS-22')).toMatchObject([
      {
        severity: 'warning',
        path: 'people[0].statuses[0].lookedAfterBasis',
        message: expect.stringContaining('Leo Smith: looked after'),
      },
      { path: 'people[0].statuses[1].cpCategory' },
    ]);
    const fixed = family(
      (d) => (person(d, 'leo').statuses = [{ type: 'looked_after', lookedAfterBasis: 'care_order' }]),
    );
    expect(findingsOf(fixed, 'MS-22')).toEqual([]);
  });
  test('a special guardian link with no order date', () => {
    const f = family((d) =>
      d.parentChildLinks.push({
        id: 'link:rose-leo',
        parent: 'person:rose',
        child: 'person:leo',
        kind: 'special_guardian',
      }),
    );
    expect(findingsOf(f, 'MS-22')).toMatchObject([
      {
        path: 'parentChildLinks[6].legalBasis',
        message: 'Rose Jones and Leo Smith: date of the special guardianship order not recorded',
      },
    ]);
    const dated = family((d) =>
      d.parentChildLinks.push({
        id: 'link:rose-leo',
        parent: 'person:rose',
        child: 'person:leo',
        kind: 'special_guardian',
        legalBasis: { order: 'SGO', date: '2024-05' },
      }),
    );
    expect(findingsOf(dated, 'MS-22')).toEqual([]);
  });
});

describe('MS-24 abuse lines', () => {
  test('an abuse line with no basis and no reporter gets both prompts; recording them clears it', () => {
    const f = family(
      (d) =>
        (d.emotionalRelationships = [
          {
            id: 'emotion:dv',
            from: 'person:dan',
            to: 'person:amy',
            type: 'physical_abuse',
            direction: 'from_to',
          },
        ]),
    );
    expect(findingsOf(f, 'MS-24')).toMatchObject([
      {
        path: 'emotionalRelationships[0].basis',
        message: expect.stringContaining('physical abuse from Dan Smith to Amy Jones'),
      },
      { path: 'emotionalRelationships[0].reportedBy' },
    ]);
    const recorded = family(
      (d) =>
        (d.emotionalRelationships = [
          {
            id: 'emotion:dv',
            from: 'person:dan',
            to: 'person:amy',
            type: 'physical_abuse',
            basis: 'alleged',
            reportedBy: { person: 'person:amy' },
          },
        ]),
    );
    expect(findingsOf(recorded, 'MS-24')).toEqual([]);
  });
  test('a close relationship needs neither', () => {
    const f = family(
      (d) =>
        (d.emotionalRelationships = [
          { id: 'emotion:c', from: 'person:amy', to: 'person:leo', type: 'close' },
        ]),
    );
    expect(findingsOf(f, 'MS-24')).toEqual([]);
  });
});

describe('MS-25 "other" needs a label', () => {
  test('an emotional line and an agency of type other with no label', () => {
    const f = family((d) => {
      d.emotionalRelationships = [
        { id: 'emotion:o', from: 'person:amy', to: 'person:rose', type: 'other', label: '  ' },
      ];
      d.agencies[1].category = 'other';
    });
    expect(findingsOf(f, 'MS-25').map((x) => x.path)).toEqual([
      'emotionalRelationships[0].label',
      'agencies[1].categoryOther',
    ]);
    const labelled = family((d) => {
      d.emotionalRelationships = [
        { id: 'emotion:o', from: 'person:amy', to: 'person:rose', type: 'other', label: 'Owes money to' },
      ];
      d.agencies[1].category = 'other';
      d.agencies[1].categoryOther = 'Church youth group';
    });
    expect(findingsOf(labelled, 'MS-25')).toEqual([]);
  });
});

describe('MS-26 ethnicity, language and interpreter asked', () => {
  test('for the subject child and each parent, naming what was not asked', () => {
    const f = family((d) => {
      delete person(d, 'leo').identity.ethnicity;
      person(d, 'dan').identity.languages.interpreterNeeded = 'not_asked';
    });
    expect(findingsOf(f, 'MS-26').map((x) => x.message)).toEqual([
      'Leo Smith (subject child): not asked their ethnicity',
      "Dan Smith (adult in Dan's flat): not asked whether they need an interpreter",
    ]);
  });
  test('one finding per person lists everything not asked, pointing at the first field', () => {
    const f = family((d) => delete person(d, 'amy').identity);
    expect(findingsOf(f, 'MS-26')).toMatchObject([
      {
        path: 'people[1].identity.ethnicity.code',
        message:
          'Amy Jones (adult in Household A): not asked their ethnicity, their first language and whether they need an interpreter',
      },
    ]);
  });
  test('"not stated" (Z) is an answer', () => {
    const f = family((d) => (person(d, 'leo').identity.ethnicity = { code: 'Z' }));
    expect(findingsOf(f, 'MS-26')).toEqual([]);
  });
});
