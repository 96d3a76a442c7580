import type { ApproxDate, PartialDate } from '../schema/common.ts';
import { comparePartialDates, parsePartialDate, precisionOf, sharedDateBounds } from './partialDate.ts';

/** An age in whole years, with how far it can be trusted. */
export interface Age {
  /** Age in completed years, counted from the earliest day the birth date could mean. */
  years: number;
  /**
   * True when the age should be shown as approximate ("about 45"): the birth date (or the date of
   * death it was measured to) is marked as an estimate or known only to a month or a year.
   */
  estimated: boolean;
  /** True only when every date used was a full, non-estimated day: the age is certain. */
  exact: boolean;
  /** The youngest the person could be on the recorded dates (equals `years` when exact). */
  minYears: number;
  /** The oldest the person could be on the recorded dates. */
  maxYears: number;
}

/** The date of death as recorded on a person. */
export interface DeathDate {
  date?: PartialDate | string | undefined;
  estimated?: boolean | undefined;
}

/** Digit `i` of a date's text. */
const digit = (text: string, i: number): number => text.charCodeAt(i) - 48;

/** Completed years between two full days (`YYYY-MM-DD`); birthdays on 29 February count from 1 March. */
function yearsBetween(birthDay: string, onDay: string): number {
  // The bounds `ageAt` passes are always written YYYY-MM-DD: read their digits in place (the same
  // numbers as parsing them, without copying parts for every age on the chart).
  if (birthDay.length === 10 && onDay.length === 10) {
    const birthYear =
      digit(birthDay, 0) * 1000 + digit(birthDay, 1) * 100 + digit(birthDay, 2) * 10 + digit(birthDay, 3);
    const onYear = digit(onDay, 0) * 1000 + digit(onDay, 1) * 100 + digit(onDay, 2) * 10 + digit(onDay, 3);
    const birthMonthDay =
      (digit(birthDay, 5) * 10 + digit(birthDay, 6)) * 100 + digit(birthDay, 8) * 10 + digit(birthDay, 9);
    const onMonthDay =
      (digit(onDay, 5) * 10 + digit(onDay, 6)) * 100 + digit(onDay, 8) * 10 + digit(onDay, 9);
    return onYear - birthYear - (onMonthDay < birthMonthDay ? 1 : 0);
  }
  const b = parsePartialDate(birthDay);
  const o = parsePartialDate(onDay);
  const beforeBirthday = (o.month ?? 1) * 100 + (o.day ?? 1) < (b.month ?? 1) * 100 + (b.day ?? 1);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * A person's age on a date, from partial dates. When `death` has a date on or before `asAt`, the age
 * at death is given instead. Returns `undefined` when there is no birth date or the person was not
 * yet born on `asAt`.
 *
 * `years` counts from the earliest day the birth date could mean, so a birth year of 1980 gives
 * `asAt` year − 1980 (the usual way to say "about 45"). A birthday on 29 February is reached on
 * 1 March in years that are not leap years.
 *
 * @example
 * ageAt({ date: '2010-03-14', estimated: false }, '2025-03-14'); // { years: 15, estimated: false, exact: true, ... }
 * ageAt({ date: '1980', estimated: false }, '2025-06-01');       // { years: 45, estimated: true, exact: false, minYears: 44, maxYears: 45 }
 * ageAt({ date: '1940-05-01', estimated: false }, '2025-01-01', { date: '2001-02-03' }); // years: 60 (age at death)
 */
export function ageAt(
  birth: ApproxDate | undefined,
  asAt: PartialDate | string,
  death?: DeathDate,
): Age | undefined {
  sharedDateBounds(asAt, 'asAt');
  if (birth === undefined) return undefined;
  let on = asAt;
  let deathEstimated = false;
  if (death?.date !== undefined && comparePartialDates(death.date, asAt) <= 0) {
    on = death.date;
    deathEstimated = death.estimated === true || precisionOf(death.date) !== 'day';
  }
  const b = sharedDateBounds(birth.date, 'birth date');
  const o = sharedDateBounds(on, on === asAt ? 'asAt' : 'death date');
  const maxYears = yearsBetween(b.earliest, o.latest);
  if (maxYears < 0 || o.latest < b.earliest) return undefined;
  const minYears = Math.max(0, yearsBetween(b.latest, o.earliest));
  const years = Math.max(0, yearsBetween(b.earliest, o.earliest < b.earliest ? b.earliest : o.earliest));
  const estimated = birth.estimated || precisionOf(birth.date) !== 'day' || deathEstimated;
  const exact = !estimated && precisionOf(on) === 'day';
  return { years, estimated, exact, minYears, maxYears };
}
