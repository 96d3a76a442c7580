import { describe, expect, it } from 'vitest';
import { ageAt } from '@kinmap/model';

const born = (date: string, estimated = false) => ({ date, estimated });

describe('ageAt', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageAt(born('2010-03-14'), '2025-03-13')?.years).toBe(14);
    expect(ageAt(born('2010-03-14'), '2025-03-14')?.years).toBe(15);
  });

  it('gives an exact age from full dates', () => {
    expect(ageAt(born('2010-03-14'), '2025-03-14')).toEqual({
      years: 15,
      estimated: false,
      exact: true,
      minYears: 15,
      maxYears: 15,
    });
  });

  it('counts a 29 February birthday from 1 March in other years, and on the day in leap years', () => {
    expect(ageAt(born('2008-02-29'), '2026-02-28')?.years).toBe(17);
    expect(ageAt(born('2008-02-29'), '2026-03-01')?.years).toBe(18);
    expect(ageAt(born('2008-02-29'), '2028-02-28')?.years).toBe(19);
    expect(ageAt(born('2008-02-29'), '2028-02-29')?.years).toBe(20);
  });

  it('gives an "about" age for a year-only birth date, with the possible range', () => {
    expect(ageAt(born('1980'), '2025-06-01')).toEqual({
      years: 45,
      estimated: true,
      exact: false,
      minYears: 44,
      maxYears: 45,
    });
  });

  it('gives an "about" age for a month-only birth date', () => {
    const age = ageAt(born('2019-03'), '2025-03-10');
    expect(age).toMatchObject({ years: 6, estimated: true, exact: false, minYears: 5, maxYears: 6 });
  });

  it('marks an age from a birth date recorded as an estimate as estimated', () => {
    expect(ageAt(born('1975-07-01', true), '2025-07-01')).toMatchObject({
      years: 50,
      estimated: true,
      exact: false,
    });
  });

  it('stops counting at death', () => {
    const age = ageAt(born('1940-05-01'), '2025-01-01', { date: '2001-02-03', estimated: false });
    expect(age).toMatchObject({ years: 60, exact: true });
    expect(ageAt(born('1940-05-01'), '2025-01-01', { date: '2001', estimated: false })).toMatchObject({
      years: 60,
      estimated: true,
      minYears: 60,
      maxYears: 61,
    });
  });

  it('ignores a death after the as-at date', () => {
    expect(ageAt(born('1940-05-01'), '1990-05-01', { date: '2001-02-03' })?.years).toBe(50);
  });

  it('names the as-at date when it is not a date, even without a birth date', () => {
    expect(() => ageAt(born('2010-03-14'), '14/03/2025')).toThrow(/^asAt must be a date/);
    expect(() => ageAt(undefined, 'today')).toThrow(/^asAt must be a date/);
  });

  it('is undefined before birth or without a birth date', () => {
    expect(ageAt(born('2020-01-02'), '2020-01-01')).toBeUndefined();
    expect(ageAt(undefined, '2020-01-01')).toBeUndefined();
  });

  it('is 0 on the day of birth and in the birth year', () => {
    expect(ageAt(born('2020-01-02'), '2020-01-02')?.years).toBe(0);
    expect(ageAt(born('2024'), '2024-06-01')).toMatchObject({ years: 0, minYears: 0, maxYears: 0 });
  });
});
