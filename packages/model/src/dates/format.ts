import type { PartialDate } from '../schema/common.ts';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Writes a partial date in UK order with slashes: day/month/year, month/year, or the year alone.
 * Text that is not a partial date is returned unchanged rather than thrown on, so a display never
 * breaks on odd data.
 *
 * @example
 * formatPartialDate('2019-03-14'); // '14/03/2019'
 * formatPartialDate('2019-03');    // '03/2019'
 * formatPartialDate('2019');       // '2019'
 */
export function formatPartialDate(d: PartialDate | string): string {
  const full = FULL.exec(d);
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  const month = MONTH.exec(d);
  if (month) return `${month[2]}/${month[1]}`;
  return d;
}
