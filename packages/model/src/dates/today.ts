import { isoDay } from './partialDate.ts';

/**
 * Today's date on this computer's clock, in local time, as `YYYY-MM-DD`. Queries never call this
 * themselves (they stay pure); pass its result as `asAt` when you mean "today".
 *
 * @example
 * const asAt = family.asAt ?? todayIsoDate(); // e.g. '2025-03-14'
 */
export function todayIsoDate(): string {
  const now = new Date();
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
