import type { PartialDate } from '../schema/common.ts';

/** How precisely a partial date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A partial date split into numbers. `month` and `day` are absent when not known. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True in a Gregorian leap year (2000 and 2024 are; 1900 and 2023 are not).
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 4); // 30
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a partial date into numbers, or throws a `RangeError` naming `field` when the text is not a
 * real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. Dates inside a parsed family are always valid; the
 * error is for dates passed in by callers (an `asAt` typed by hand, say).
 *
 * @example
 * parsePartialDate('2019-03');            // { year: 2019, month: 3 }
 * parsePartialDate('14/03/2019', 'asAt'); // throws RangeError: asAt must be a date written as YYYY, …
 */
export function parsePartialDate(value: PartialDate | string, field = 'date'): DateParts {
  const known = typeof value === 'string' ? PARSED.get(value) : undefined;
  if (known !== undefined) return { ...known };
  const parts = parseUncached(value, field);
  remember(PARSED, value, parts);
  return { ...parts };
}

/**
 * Dates already read, by their text: a chart reads the same few dates many times (every age, every
 * "as at" test). Only valid dates are kept; callers get a copy. Cleared when it grows large.
 */
const PARSED = new Map<string, DateParts>();
const BOUNDS = new Map<string, { earliest: string; latest: string }>();
const MAX_REMEMBERED = 20_000;
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(key, value);
}

function parseUncached(value: PartialDate | string, field: string): DateParts {
  const match = typeof value === 'string' ? PARTIAL_DATE.exec(value) : null;
  if (!match) {
    throw new RangeError(
      `${field} must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, but got ${JSON.stringify(value)}`,
    );
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`${field} has no month ${month}: "${value}"`);
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${field} is not a real calendar date: "${value}"`);
  }
  return { year, month, day };
}

/**
 * How precisely a partial date is known: `'year'`, `'month'` or `'day'`.
 *
 * @example
 * precisionOf('2019');    // 'year'
 * precisionOf('2019-03'); // 'month'
 */
export function precisionOf(value: PartialDate | string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Writes numbers as an ISO `YYYY-MM-DD` day. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The first and last day a partial date could mean, as `YYYY-MM-DD` strings (which sort as text).
 * Throws a `RangeError` naming `field` when `d` is not a real partial date.
 *
 * @example
 * partialDateBounds('2019');    // { earliest: '2019-01-01', latest: '2019-12-31' }
 * partialDateBounds('2024-02'); // { earliest: '2024-02-01', latest: '2024-02-29' } (leap year)
 * partialDateBounds('2019-03-14'); // { earliest: '2019-03-14', latest: '2019-03-14' }
 */
export function partialDateBounds(
  d: PartialDate | string,
  field = 'date',
): { earliest: string; latest: string } {
  const known = typeof d === 'string' ? BOUNDS.get(d) : undefined;
  if (known !== undefined) return { earliest: known.earliest, latest: known.latest };
  const bounds = boundsUncached(d, field);
  remember(BOUNDS, d, bounds);
  return { earliest: bounds.earliest, latest: bounds.latest };
}

/**
 * `partialDateBounds` without the copy, for this package's hot readers (ages, date order) that only
 * read the two days: the object is shared with the cache and must not be changed.
 */
export function sharedDateBounds(
  d: PartialDate | string,
  field = 'date',
): { readonly earliest: string; readonly latest: string } {
  const known = typeof d === 'string' ? BOUNDS.get(d) : undefined;
  if (known !== undefined) return known;
  const bounds = boundsUncached(d, field);
  remember(BOUNDS, d, bounds);
  return bounds;
}

function boundsUncached(d: PartialDate | string, field: string): { earliest: string; latest: string } {
  const { year, month, day } = parsePartialDate(d, field);
  if (month === undefined) return { earliest: isoDay(year, 1, 1), latest: isoDay(year, 12, 31) };
  if (day === undefined) {
    return { earliest: isoDay(year, month, 1), latest: isoDay(year, month, daysInMonth(year, month)) };
  }
  const exact = isoDay(year, month, day);
  return { earliest: exact, latest: exact };
}

/**
 * Orders two partial dates. A partial date compares by its **earliest day**, so `'2019'` sorts with
 * `'2019-01-01'`; when the earliest days are equal the more precise date comes first
 * (`'2019-01-01'` < `'2019-01'` < `'2019'`), which keeps the order total and stable. A missing date
 * (`undefined`) sorts after every date, so people without a birth date go last.
 * Returns a negative number, zero or a positive number, like any `Array.prototype.sort` comparator.
 *
 * @example
 * ['2020', '2019-06', undefined, '2019-06-02'].sort(comparePartialDates);
 * // ['2019-06', '2019-06-02', '2020', undefined]
 * comparePartialDates('2019', '2019-01-01'); // > 0 (equal earliest day; the less precise goes second)
 */
export function comparePartialDates(
  a: PartialDate | string | undefined,
  b: PartialDate | string | undefined,
): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const ba = sharedDateBounds(a);
  const bb = sharedDateBounds(b);
  if (ba.earliest !== bb.earliest) return ba.earliest < bb.earliest ? -1 : 1;
  if (ba.latest !== bb.latest) return ba.latest < bb.latest ? -1 : 1;
  return 0;
}
