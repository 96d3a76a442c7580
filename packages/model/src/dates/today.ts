import { isoDay } from './partialDate.ts';

/**
 * The one time zone Kinmap uses for "today": UK local time (GMT in winter, BST in summer). Every age
 * and every default `asAt` comes from a date in this zone, so a symbol and its spoken label can never
 * disagree around midnight.
 */
export const KINMAP_TIME_ZONE = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      throw new RangeError(
        `todayIsoDate option timeZone must be an IANA time zone such as "Europe/London", but got "${timeZone}"`,
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Today's date as `YYYY-MM-DD` in UK local time (`Europe/London`), whatever the computer's own time
 * zone. Queries never call this themselves (they stay pure); pass its result as `asAt` when you mean
 * "today". `timeZone` (an IANA name) and `now` are for tests and for callers that really mean another
 * zone; throws a `RangeError` naming the option when the zone is not known.
 *
 * @example
 * const asAt = family.asAt ?? todayIsoDate(); // e.g. '2025-03-14'
 * todayIsoDate({ now: new Date('2025-06-30T23:30:00Z') }); // '2025-07-01' (00:30 BST in London)
 * todayIsoDate({ now: new Date('2025-06-30T23:30:00Z'), timeZone: 'UTC' }); // '2025-06-30'
 */
export function todayIsoDate(options: { timeZone?: string; now?: Date } = {}): string {
  const timeZone = options.timeZone ?? KINMAP_TIME_ZONE;
  const now = options.now ?? new Date();
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return isoDay(get('year'), get('month'), get('day'));
}
