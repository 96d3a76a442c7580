import type { StandardItem, StandardSummary } from '@kinmap/model';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The words for one item of the minimum standard: "Not started", "Not met", "Met, with 2 warnings"
 * or "Met". An item is never called met when its state says otherwise.
 *
 * @example
 * itemStateWords({ state: 'met_with_warnings', warnings: 2 }); // "Met, with 2 warnings"
 */
export function itemStateWords(item: Pick<StandardItem, 'state' | 'warnings'>): string {
  switch (item.state) {
    case 'not_started':
      return 'Not started';
    case 'not_met':
      return 'Not met';
    case 'met_with_warnings':
      return `Met, with ${plural(item.warnings, 'warning', 'warnings')}`;
    case 'met':
      return 'Met';
  }
}

/**
 * The summary line: "3 of 8 met · 2 warnings" (the warnings only when there are some).
 *
 * @example
 * summaryWords({ met: 3, total: 8, warnings: 2 }); // "3 of 8 met · 2 warnings"
 */
export function summaryWords(summary: Pick<StandardSummary, 'met' | 'total' | 'warnings'>): string {
  const base = `${summary.met} of ${summary.total} met`;
  return summary.warnings > 0 ? `${base} · ${plural(summary.warnings, 'warning', 'warnings')}` : base;
}

const RECORD_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A checklist record saved with the map, in words: "5 of 8 met · 2 warnings on 7 Dec 2026".
 *
 * @example
 * recordWords({ date: '2026-12-07', met: 5, total: 8, warnings: 0 }); // "5 of 8 met on 7 Dec 2026"
 */
export function recordWords(record: { date: string; met: number; total: number; warnings: number }): string {
  // The record's date is a calendar day: read it as midnight UTC and print it in UTC, so no time zone
  // moves it to the day before.
  return `${summaryWords(record)} on ${RECORD_DATE.format(new Date(`${record.date}T00:00:00Z`))}`;
}
