// The report's words: dates, states and severities in plain English, and the charts' alternative text.
import type { Family, Severity } from '@kinmap/model';
import { findElements, textOf } from './markup.ts';

export const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Not met',
  warning: 'To check',
  info: 'Prompt',
};

export const STATE_WORDS = {
  met: 'Met',
  met_with_warnings: 'Met, with warnings',
  not_met: 'Not met',
  not_started: 'Not started',
} as const;

/** "2025-03-14" → "14 March 2025". */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** The words of an SVG's text, in document order, for a figure's alternative text. */
export function svgWords(svg: string): string[] {
  return findElements(svg, (element) => element.name === 'text')
    .map((element) => textOf(svg, element).replace(/\s+/g, ' ').trim())
    .filter((words) => words !== '');
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The genogram's alternative text, from the redacted copy only: counts, and the names the chart
 * itself prints for the people the copy keeps. Nothing the redaction removed is in the copy.
 */
export function genogramAlt(copy: Family, asAt: string): string {
  const children = new Set(copy.parentChildLinks.map((link) => link.child)).size;
  return (
    `Genogram of ${plural(copy.people.length, 'person', 'people')} in ` +
    `${plural(copy.households.length, 'household', 'households')}, as at ${longDate(asAt)}: ` +
    `${plural(copy.partnerships.length, 'partnership', 'partnerships')} and ` +
    `${plural(children, 'child', 'children')} linked to their parents. ` +
    'Each person is listed in the People table and each household in the Households table.'
  );
}

/** The ecomap's alternative text: the agencies the copy keeps, as the chart and the table name them. */
export function ecomapAlt(copy: Family): string {
  return (
    `Ecomap: the family in the middle and ${plural(copy.agencies.length, 'agency', 'agencies')} around it` +
    `, with ${plural(copy.involvements.length, 'line', 'lines')} to the people they work with. ` +
    'Each agency is listed in the Agencies table.'
  );
}
