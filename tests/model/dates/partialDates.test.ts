import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  isWithin,
  partialDateBounds,
  todayIsoDate,
} from '@kinmap/model';

describe('partialDateBounds', () => {
  it.each([
    ['2019', '2019-01-01', '2019-12-31'],
    ['2019-03', '2019-03-01', '2019-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2019-04', '2019-04-01', '2019-04-30'],
    ['2019-03-14', '2019-03-14', '2019-03-14'],
  ])('%s runs from %s to %s', (d, earliest, latest) => {
    expect(partialDateBounds(d)).toEqual({ earliest, latest });
  });

  it('rejects text that is not a date with an error naming the problem', () => {
    expect(() => partialDateBounds('14/03/2019')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD.*14\/03\/2019/);
    expect(() => partialDateBounds('2023-02-29')).toThrow(/not a real calendar date/);
    expect(() => partialDateBounds('2023-13')).toThrow(/no month 13/);
  });
});

describe('comparePartialDates', () => {
  it('orders by the earliest day, the more precise first on a tie, missing dates last', () => {
    const dates = ['2020', undefined, '2019-06-02', '2019', '2019-06', '2019-01-01'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2019-01-01',
      '2019',
      '2019-06',
      '2019-06-02',
      '2020',
      undefined,
    ]);
  });

  it('treats equal dates as equal', () => {
    expect(comparePartialDates('2019-06', '2019-06')).toBe(0);
    expect(comparePartialDates(undefined, undefined)).toBe(0);
  });
});

describe('isWithin', () => {
  it('is inclusive at both ends', () => {
    expect(isWithin({ from: '2020-01-01', to: '2020-12-31' }, '2020-01-01')).toBe(true);
    expect(isWithin({ from: '2020-01-01', to: '2020-12-31' }, '2020-12-31')).toBe(true);
    expect(isWithin({ from: '2020-01-01', to: '2020-12-31' }, '2021-01-01')).toBe(false);
    expect(isWithin({ from: '2020-01-01', to: '2020-12-31' }, '2019-12-31')).toBe(false);
  });

  it('treats missing ends as open', () => {
    expect(isWithin({}, '1850-01-01')).toBe(true);
    expect(isWithin({ from: '2019-03-01' }, '2099-01-01')).toBe(true);
    expect(isWithin({ to: '2019-03-01' }, '1900-01-01')).toBe(true);
  });

  it('counts a year- or month-only end for the whole year or month', () => {
    expect(isWithin({ from: '2019' }, '2019-01-01')).toBe(true);
    expect(isWithin({ to: '2021-02' }, '2021-02-28')).toBe(true);
    expect(isWithin({ to: '2024-02' }, '2024-02-29')).toBe(true);
    expect(isWithin({ to: '2021-02' }, '2021-03-01')).toBe(false);
  });

  it('names the as-at date when it is not a date', () => {
    expect(() => isWithin({}, '2025-3-14')).toThrow(
      /^asAt must be a date written as YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it('accepts a partial as-at date when any of its days is inside', () => {
    expect(isWithin({ from: '2020-12-31' }, '2020')).toBe(true);
    expect(isWithin({ to: '2020-01-01' }, '2020')).toBe(true);
    expect(isWithin({ from: '2021-01-01' }, '2020')).toBe(false);
  });
});

describe('formatPartialDate', () => {
  it('writes dates in UK order', () => {
    expect(formatPartialDate('2019-03-14')).toBe('14/03/2019');
    expect(formatPartialDate('2019-03')).toBe('03/2019');
    expect(formatPartialDate('2019')).toBe('2019');
  });

  it('returns odd text unchanged instead of throwing', () => {
    expect(formatPartialDate('sometime in spring')).toBe('sometime in spring');
  });
});

describe('todayIsoDate', () => {
  it("gives the computer's local date as YYYY-MM-DD", () => {
    const now = new Date();
    const expected = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
      .join('-');
    const today = todayIsoDate();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Allow for the test running across midnight.
    expect([expected, todayIsoDate()]).toContain(today);
  });
});
