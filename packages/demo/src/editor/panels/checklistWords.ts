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
