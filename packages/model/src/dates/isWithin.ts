import type { PartialDate } from '../schema/common.ts';
import { partialDateBounds } from './partialDate.ts';

/** A date range with optional ends; a missing end is open (since ever, or still going). */
export interface DateRange {
  from?: PartialDate | string | undefined;
  to?: PartialDate | string | undefined;
}

/**
 * Whether `asAt` falls inside `range`. Both ends are inclusive and either may be missing (open).
 * Partial dates are read generously, as "could be inside": a range `from: '2019'` starts on the
 * earliest day of 2019 and `to: '2021-03'` ends on the last day of March 2021, so a membership
 * recorded only to the year counts for the whole of that year. A partial `asAt` (`'2020'`) is inside
 * when any of its days is.
 *
 * @example
 * isWithin({ from: '2019-03-01' }, '2025-01-01');            // true (open-ended)
 * isWithin({ from: '2019', to: '2021-03' }, '2021-03-31');   // true (inclusive, whole month)
 * isWithin({ to: '2018-12-31' }, '2019-01-01');              // false
 */
export function isWithin(range: DateRange, asAt: PartialDate | string): boolean {
  const at = partialDateBounds(asAt, 'asAt');
  if (range.from !== undefined && at.latest < partialDateBounds(range.from, 'from').earliest) return false;
  if (range.to !== undefined && at.earliest > partialDateBounds(range.to, 'to').latest) return false;
  return true;
}
