import { describe, expect, it } from 'vitest';
import { kinshipTerm } from '@kinmap/model';
import { familyBuilder, pid } from './build.ts';
import { kinshipFamily } from './kinshipFamily.ts';

const family = kinshipFamily();

// [person, relative to, expected term, as at (default: the family's asAt, 14/03/2025)]
const table: [string, string, string | undefined, string?][] = [
  ['amy', 'leo', 'mother'],
  ['jo', 'leo', 'father'],
  ['leo', 'amy', 'son'],
  ['ella', 'amy', 'daughter'],
  ['rowan', 'amy', 'child'],
  ['ella', 'leo', 'sister'],
  ['leo', 'ella', 'brother'],
  ['rowan', 'leo', 'sibling'],
  ['ella', 'isla', 'twin sister'],
  ['max', 'leo', 'half-brother'],
  ['leo', 'max', 'half-brother'],
  ['ella', 'max', 'half-sister'],
  ['bump', 'leo', 'half-sibling (unborn)'],
  ['bump', 'leo', undefined, '2024-01-01'], // more than a year before the due date
  ['kim', 'leo', 'stepmother'],
  ['leo', 'kim', 'stepson'],
  ['zoe', 'leo', 'stepsister'],
  ['leo', 'zoe', 'stepbrother'],
  ['sam', 'leo', "mother's partner"],
  ['leo', 'sam', "partner's son"],
  ['rowan', 'sam', "partner's child"],
  ['tom', 'leo', "mother's partner's son"],
  ['jo', 'amy', 'ex-husband'],
  ['amy', 'jo', 'ex-wife'],
  ['jo', 'amy', 'husband', '2019-01-01'],
  ['jo', 'amy', 'separated husband', '2021-01-01'],
  ['kim', 'jo', 'wife'],
  ['sam', 'amy', 'partner'],
  ['gwen', 'leo', 'maternal grandmother and special guardian'],
  ['gwen', 'leo', 'maternal grandmother', '2021-01-01'],
  ['leo', 'gwen', 'grandson and child under special guardianship'],
  ['gwen', 'ella', 'maternal grandmother'],
  ['gwen', 'rowan', 'maternal grandmother'],
  ['george', 'leo', 'maternal grandfather'],
  ['pete', 'leo', 'paternal grandfather'],
  ['pam', 'ella', 'paternal grandmother'],
  ['edith', 'leo', 'maternal great-grandmother'],
  ['leo', 'edith', 'great-grandson'],
  ['isla', 'george', 'granddaughter'],
  ['beth', 'leo', 'maternal aunt'],
  ['ian', 'leo', 'paternal uncle'],
  ['leo', 'beth', 'nephew'],
  ['ella', 'ian', 'niece'],
  ['rowan', 'ian', 'niece or nephew'],
  ['cal', 'leo', 'cousin'],
  ['ada', 'leo', 'cousin'],
  ['ada', 'beth', 'adopted daughter'],
  ['beth', 'ada', 'adoptive mother'],
  ['ada', 'gwen', 'granddaughter'],
  ['gwen', 'jo', 'former mother-in-law'],
  ['gwen', 'jo', 'mother-in-law', '2018-01-01'],
  ['kim', 'pam', 'daughter-in-law'],
  ['ben', 'amy', 'brother-in-law'],
  ['beth', 'jo', 'former sister-in-law'],
  ['ben', 'leo', "maternal aunt's husband"],
  ['nat', 'isla', 'former foster carer'],
  ['nat', 'isla', 'foster carer', '2021-03-01'],
  ['isla', 'nat', 'former foster child'],
  // Before Jo married Kim and Amy moved in with Sam, they were nothing to Leo.
  ['kim', 'leo', undefined, '2020-01-01'],
  ['sam', 'leo', undefined, '2020-01-01'],
  ['max', 'leo', undefined, '2020-01-01'], // not born yet
  ['stranger', 'leo', undefined],
  ['leo', 'leo', undefined],
];

describe('kinshipTerm over a three-generation family', () => {
  it.each(table)('%s is %s’s… → %s (as at %s)', (x, r, expected, asAt) => {
    expect(kinshipTerm(family, pid(x), pid(r), asAt ? { asAt } : undefined)).toBe(expected);
  });
});

describe('kinshipTerm choices', () => {
  it('calls the mother’s husband a stepfather, but her unmarried partner “mother’s partner”', () => {
    const b = familyBuilder();
    b.person('mum', { gender: 'woman' });
    b.person('child', { gender: 'woman' });
    b.person('bob', { gender: 'man' });
    b.child(['mum'], 'child');
    b.partnership('mum', 'bob', 'cohabiting');
    expect(kinshipTerm(b.build(), pid('bob'), pid('child'))).toBe("mother's partner");
    expect(kinshipTerm(b.build(), pid('child'), pid('bob'))).toBe("partner's daughter");
    const married = familyBuilder();
    married.person('mum', { gender: 'woman' });
    married.person('child', { gender: 'woman' });
    married.person('bob', { gender: 'man' });
    married.child(['mum'], 'child');
    married.partnership('mum', 'bob', 'marriage');
    expect(kinshipTerm(married.build(), pid('bob'), pid('child'))).toBe('stepfather');
    expect(kinshipTerm(married.build(), pid('child'), pid('bob'))).toBe('stepdaughter');
  });

  it('says stepfather when a step-parenting link is recorded, even without a marriage', () => {
    const b = familyBuilder();
    b.person('mum', { gender: 'woman' });
    b.person('child');
    b.person('bob', { gender: 'man' });
    b.child(['mum'], 'child');
    b.partnership('mum', 'bob', 'cohabiting');
    b.child(['bob'], 'child', 'step_parenting_role');
    expect(kinshipTerm(b.build(), pid('bob'), pid('child'))).toBe('stepfather');
    expect(kinshipTerm(b.build(), pid('child'), pid('bob'))).toBe('stepchild');
  });

  it('never describes a conception through sexual violence as a relationship', () => {
    const b = familyBuilder();
    b.person('mum', { gender: 'woman' });
    b.person('man', { gender: 'man' });
    b.person('child');
    b.partnership('mum', 'man', 'conception_through_sexual_violence');
    b.child(['mum', 'man'], 'child');
    const f = b.build();
    expect(kinshipTerm(f, pid('man'), pid('mum'))).toBe("child's father");
    expect(kinshipTerm(f, pid('man'), pid('child'))).toBe('father');
  });

  it('uses neutral words when gender is not recorded, and leaves out maternal/paternal', () => {
    const b = familyBuilder();
    b.person('gp');
    b.person('p');
    b.person('c');
    b.child(['gp'], 'p');
    b.child(['p'], 'c');
    const f = b.build();
    expect(kinshipTerm(f, pid('gp'), pid('c'))).toBe('grandparent');
    expect(kinshipTerm(f, pid('c'), pid('gp'))).toBe('grandchild');
    expect(kinshipTerm(f, pid('p'), pid('c'))).toBe('parent');
  });

  it('describes late spouses, widows, birth parents of an adopted-out child and pets', () => {
    const b = familyBuilder();
    b.person('wife', { gender: 'woman' });
    b.person('husband', { gender: 'man', vitalStatus: 'deceased' });
    b.partnership('wife', 'husband', 'marriage', [{ type: 'widowed', date: '2020' }]);
    b.person('baby', { gender: 'man' });
    b.child(['wife'], 'baby', 'adopted_out');
    b.person('dog', { kind: 'pet' });
    b.child(['wife'], 'dog', 'other');
    b.person('loss', { kind: 'pregnancy_loss', loss: { outcome: 'miscarriage' } });
    b.child(['wife'], 'loss');
    const f = b.build();
    expect(kinshipTerm(f, pid('husband'), pid('wife'))).toBe('late husband');
    expect(kinshipTerm(f, pid('wife'), pid('husband'))).toBe('widow');
    expect(kinshipTerm(f, pid('wife'), pid('baby'))).toBe('birth mother');
    expect(kinshipTerm(f, pid('baby'), pid('wife'))).toBe('birth son');
    expect(kinshipTerm(f, pid('dog'), pid('wife'))).toBe('pet');
    expect(kinshipTerm(f, pid('dog'), pid('baby'))).toBe("birth mother's pet");
    expect(kinshipTerm(f, pid('loss'), pid('wife'))).toBe('child (pregnancy loss)');
    expect(kinshipTerm(f, pid('loss'), pid('baby'))).toBe('half-sibling (pregnancy loss)');
  });

  it('names second cousins and cousins once removed', () => {
    const b = familyBuilder();
    b.person('top');
    for (const [parent, child] of [
      ['top', 'a1'],
      ['top', 'b1'],
      ['a1', 'a2'],
      ['b1', 'b2'],
      ['a2', 'a3'],
      ['b2', 'b3'],
    ] as const) {
      b.person(child);
      b.child([parent], child);
    }
    const f = b.build();
    expect(kinshipTerm(f, pid('a3'), pid('b3'))).toBe('second cousin');
    expect(kinshipTerm(f, pid('a3'), pid('b2'))).toBe('first cousin once removed');
    expect(kinshipTerm(f, pid('a2'), pid('b1'))).toBe('niece or nephew');
    expect(kinshipTerm(f, pid('a3'), pid('b1'))).toBe('great-niece or nephew');
  });

  it('rejects an as-at date that is not a date', () => {
    expect(() => kinshipTerm(family, pid('amy'), pid('leo'), { asAt: '14/03/2025' })).toThrow(/YYYY-MM-DD/);
  });
});
