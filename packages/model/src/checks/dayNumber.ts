import { partialDateBounds } from '../dates/partialDate.ts';

/** Days since 1970-01-01 of a full `YYYY-MM-DD` day (UTC, so no daylight-saving drift). */
export function dayNumber(isoDay: string): number {
  const [y = 0, m = 1, d = 1] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The first and last day a partial date could mean, as day numbers. */
export function dayBounds(date: string): { earliest: number; latest: number } {
  const { earliest, latest } = partialDateBounds(date);
  return { earliest: dayNumber(earliest), latest: dayNumber(latest) };
}
