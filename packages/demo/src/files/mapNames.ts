import { KINMAP_TIME_ZONE, MAX_SHORT_TEXT, type Family } from '@kinmap/model';

const EXAMPLE_PREFIX = 'Example: ';

/** Cuts a title so that it and `extra` fit the model's limit for a title. */
function fit(title: string, extra: number): string {
  const room = MAX_SHORT_TEXT - extra;
  return title.length <= room ? title : `${title.slice(0, room - 1)}…`;
}

/**
 * The title of an example's copy, marked so it is never mistaken for a real family's map.
 *
 * @example
 * exampleTitle('Leo and Maisie Carter: family map'); // "Example: Leo and Maisie Carter: family map"
 */
export function exampleTitle(title: string): string {
  if (title.startsWith(EXAMPLE_PREFIX)) return title;
  return `${EXAMPLE_PREFIX}${fit(title, EXAMPLE_PREFIX.length)}`;
}

/**
 * The title of an imported map: the file's title and when it was imported (UK time), so the copy can
 * be told from its original.
 *
 * @example
 * importedTitle('Leo’s family', new Date('2026-12-07T14:02:00Z')); // "Leo’s family (imported 7 Dec 14:02)"
 */
export function importedTitle(title: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: KINMAP_TIME_ZONE,
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const suffix = ` (imported ${part('day')} ${part('month')} ${part('hour')}:${part('minute')})`;
  // A map imported again keeps one "(imported …)", the latest.
  const base = title.replace(/ \(imported \d{1,2} \w{3,4} \d{2}:\d{2}\)$/, '');
  return `${fit(base, suffix.length)}${suffix}`;
}

/** The family's content, without what differs between copies (id, title, saved checklist records). */
function content(family: Family): string {
  const { id: _id, title: _title, checklistRecords: _records, updatedAt: _updated, ...rest } = family;
  return JSON.stringify(rest);
}

/**
 * Whether a saved map is an untouched copy of an example: marked with the example's title and with
 * the same family in it. Opening the example again opens that copy rather than saving another.
 */
export function isUntouchedCopy(saved: Family, example: Family): boolean {
  return saved.title === exampleTitle(example.title) && content(saved) === content(example);
}
