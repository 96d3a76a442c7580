import { describe, expect, it } from 'vitest';
import { currentHouseholds, householdMembersAt, householdsOf, isAdult } from '@kinmap/model';
import { createId } from '@kinmap/model';
import { familyBuilder, pid } from './build.ts';

function moves() {
  const b = familyBuilder();
  b.person('amy');
  b.person('leo');
  b.person('dan');
  b.person('gran');
  b.household('flat', [
    { person: 'amy' },
    { person: 'leo', to: '2023-08' },
    { person: 'dan', from: '2022-01-01', to: '2022-12-31', membership: 'regular_visitor' },
  ]);
  b.household('gran', [{ person: 'gran' }, { person: 'leo', from: '2023-09-01' }], { from: '1990' });
  b.household('old', [{ person: 'amy' }], { to: '2015' });
  return b.build();
}

const given = (entries: { person: { names: { given?: string } } }[]) =>
  entries.map((e) => e.person.names.given);

describe('householdMembersAt', () => {
  it('lists members whose dates include the day, visitors included', () => {
    const family = moves();
    const flat = createId('household', 'flat');
    expect(given(householdMembersAt(family, flat, '2022-06-01'))).toEqual(['Amy', 'Leo', 'Dan']);
    expect(given(householdMembersAt(family, flat, '2023-08-31'))).toEqual(['Amy', 'Leo']);
    expect(given(householdMembersAt(family, flat, '2023-09-01'))).toEqual(['Amy']);
  });

  it("is empty outside the household's own dates, and for an unknown household", () => {
    const family = moves();
    expect(householdMembersAt(family, createId('household', 'old'), '2016-01-01')).toEqual([]);
    expect(given(householdMembersAt(family, createId('household', 'old'), '2015-12-31'))).toEqual(['Amy']);
    expect(householdMembersAt(family, createId('household', 'nowhere'), '2016-01-01')).toEqual([]);
  });
});

describe('householdsOf / currentHouseholds', () => {
  it('follows a child who moved to his grandmother', () => {
    const family = moves();
    expect(householdsOf(family, pid('leo'), '2023-01-01').map((e) => e.household.label)).toEqual(['flat']);
    expect(householdsOf(family, pid('leo'), '2024-01-01').map((e) => e.household.label)).toEqual(['gran']);
    expect(householdsOf(family, pid('leo')).map((e) => e.household.label)).toEqual(['flat', 'gran']);
  });

  it('lists the households that existed on a date', () => {
    const family = moves();
    expect(currentHouseholds(family, '2014-01-01').map((h) => h.label)).toEqual(['flat', 'gran', 'old']);
    expect(currentHouseholds(family, '2020-01-01').map((h) => h.label)).toEqual(['flat', 'gran']);
    expect(currentHouseholds(family, '1989-01-01').map((h) => h.label)).toEqual(['flat', 'old']);
  });
});

describe('isAdult', () => {
  const b = familyBuilder();
  b.person('teen', { born: '2007-03-14' });
  b.person('yearonly', { born: '2007' });
  b.person('nodate');
  b.person('father', { kind: 'placeholder', placeholder: { reasonUnknown: 'not_disclosed' } });
  b.person('bump', { kind: 'pregnancy' });
  b.person('dog', { kind: 'pet' });
  b.person('dead', {
    born: '2000-01-01',
    vitalStatus: 'deceased',
    death: { date: '2010-01-01', estimated: false },
  });
  const f = b.build();
  const person = (body: string) => f.people.find((p) => p.id === pid(body))!;

  it('becomes an adult on the 18th birthday', () => {
    expect(isAdult(person('teen'), '2025-03-13')).toBe(false);
    expect(isAdult(person('teen'), '2025-03-14')).toBe(true);
  });

  it('counts a year-only birth date from 1 January', () => {
    expect(isAdult(person('yearonly'), '2024-12-31')).toBe(false);
    expect(isAdult(person('yearonly'), '2025-01-01')).toBe(true);
  });

  it('assumes a person or unknown parent without a birth date is an adult', () => {
    expect(isAdult(person('nodate'), '2025-01-01')).toBe(true);
    expect(isAdult(person('father'), '2025-01-01')).toBe(true);
  });

  it('never counts a pregnancy or a pet as an adult', () => {
    expect(isAdult(person('bump'), '2025-01-01')).toBe(false);
    expect(isAdult(person('dog'), '2025-01-01')).toBe(false);
  });

  it('uses the age at death for someone who died as a child', () => {
    expect(isAdult(person('dead'), '2025-01-01')).toBe(false);
  });

  it('is not an adult before birth', () => {
    expect(isAdult(person('teen'), '2000-01-01')).toBe(false);
  });
});
