import type { ApproxDate } from '../schema/common.ts';
import type { Age } from './ageAt.ts';
import { parsePartialDate } from './partialDate.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The oldest age Kinmap accepts as told. */
const OLDEST = 130;

/**
 * A birth date from an age the family gave ("she's about 34"): an estimated birth year, with the
 * basis of the estimate recorded in plain words, as the identity set asks (MS-11). The year is
 * `asAt`'s year minus `years`, so `ageAt` gives back `years` on that day, marked as an estimate
 * ("~34"). Throws a `RangeError` naming the argument when `years` is not a whole number from 0 to
 * 130, or `asAt` is not a `YYYY-MM-DD` date.
 *
 * @example
 * birthFromAgeAsTold(34, '2026-12-07');
 * // { date: '1992', estimated: true, basis: 'age given as about 34 on 7 Dec 2026' }
 * ageAt(birthFromAgeAsTold(34, '2026-12-07'), '2026-12-07'); // { years: 34, estimated: true, ... }
 */
export function birthFromAgeAsTold(years: number, asAt: string): ApproxDate {
  if (!Number.isInteger(years) || years < 0 || years > OLDEST) {
    throw new RangeError(
      `birthFromAgeAsTold years must be a whole number of years from 0 to ${OLDEST}, but got ${String(years)}`,
    );
  }
  const day = parsePartialDate(asAt, 'asAt');
  if (day.month === undefined || day.day === undefined) {
    throw new RangeError(`birthFromAgeAsTold asAt must be a full date (YYYY-MM-DD), but got "${asAt}"`);
  }
  const year = day.year - years;
  if (year < 1) throw new RangeError(`birthFromAgeAsTold years is more than the years before ${asAt}`);
  return {
    date: String(year).padStart(4, '0'),
    estimated: true,
    basis: `age given as about ${years} on ${day.day} ${MONTHS[day.month - 1]} ${day.year}`,
  };
}

/**
 * An age as the chart and the tables show it: "34" when the birth date is exact, "~34" when it is an
 * estimate or known only to the month or year (including an age as told). With `spoken: true`, the
 * words a screen reader says: "34" or "about 34". Give it the result of `ageAt` for the chart's one
 * `asAt` date, so the symbol and the spoken label always agree.
 *
 * @example
 * formatAge(ageAt(birthFromAgeAsTold(34, '2026-12-07'), '2026-12-07')!); // '~34'
 * formatAge(ageAt({ date: '1992', estimated: true }, '2026-12-07')!, { spoken: true }); // 'about 34'
 * formatAge(ageAt({ date: '2010-03-14', estimated: false }, '2025-03-14')!); // '15'
 */
export function formatAge(age: Age, options: { spoken?: boolean } = {}): string {
  if (!age.estimated) return String(age.years);
  return options.spoken ? `about ${age.years}` : `~${age.years}`;
}
