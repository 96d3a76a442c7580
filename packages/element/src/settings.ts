import { parseFamily, type Family, type FormatIssue } from '@kinmap/model';
import { palettes, type KinmapThemeName } from '@kinmap/react';

/** One problem with what the page gave the element: which attribute (or property) and what. */
export interface ElementIssue {
  /** The attribute the problem is in: `family`, `as-at` or `theme`. */
  readonly attribute: 'family' | 'as-at' | 'theme';
  /** Where in the family document (`people[3].names.given`), or `""` for the attribute as a whole. */
  readonly path: string;
  /** What is wrong, in plain English. */
  readonly message: string;
}

/** A setting read from an attribute: its value, or the problems found with it. */
export type Reading<T> = { ok: true; value: T } | { ok: false; issues: readonly ElementIssue[] };

function fromFormatIssues(issues: readonly FormatIssue[]): ElementIssue[] {
  return issues.map((issue) => ({ attribute: 'family', path: issue.path, message: issue.message }));
}

/**
 * Reads a family from the `family` attribute (JSON text) or property (an object or JSON text) with the
 * model's own checks. `null`, `undefined` and empty text mean "no family yet" (nothing is drawn).
 */
export function readFamily(value: unknown): Reading<Family | undefined> {
  if (value === null || value === undefined) return { ok: true, value: undefined };
  if (typeof value === 'string' && value.trim() === '') return { ok: true, value: undefined };
  const result = parseFamily(value);
  return result.ok
    ? { ok: true, value: result.family }
    : { ok: false, issues: fromFormatIssues(result.issues) };
}

/** A calendar date written `YYYY-MM-DD` that exists (no 31 June). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads the `as-at` attribute: the date the chart shows, `YYYY-MM-DD`, or nothing (the family's own, else today). */
export function readAsAt(value: string | null): Reading<string | undefined> {
  if (value === null || value.trim() === '') return { ok: true, value: undefined };
  const text = value.trim();
  if (isCalendarDate(text)) return { ok: true, value: text };
  return {
    ok: false,
    issues: [
      {
        attribute: 'as-at',
        path: '',
        message: `must be a date written YYYY-MM-DD, such as 2025-03-14 (got ${JSON.stringify(value)})`,
      },
    ],
  };
}

/** The themes the `theme` attribute takes. */
export const THEMES = [...(Object.keys(palettes) as KinmapThemeName[]), 'auto'] as const;

/** Reads the `theme` attribute: `light`, `dark`, `high-contrast` or `auto`; nothing means the page's CSS decides. */
export function readTheme(value: string | null): Reading<KinmapThemeName | 'auto' | undefined> {
  if (value === null || value.trim() === '') return { ok: true, value: undefined };
  const text = value.trim();
  if ((THEMES as readonly string[]).includes(text))
    return { ok: true, value: text as KinmapThemeName | 'auto' };
  return {
    ok: false,
    issues: [
      {
        attribute: 'theme',
        path: '',
        message: `must be one of: ${THEMES.join(', ')} (got ${JSON.stringify(value)})`,
      },
    ],
  };
}

/** The chart's language from a `lang` value (`cy`, `cy-GB` → Welsh; anything else → English, en-GB). */
export function chartLanguage(lang: string | null | undefined): 'en-GB' | 'cy' {
  return lang && /^cy(-|$)/i.test(lang.trim()) ? 'cy' : 'en-GB';
}

/** The problems as lines of text: `family: people[0].sex must be one of: …`. */
export function describeIssues(issues: readonly ElementIssue[]): string[] {
  return issues.map((issue) =>
    issue.path
      ? `${issue.attribute}: ${issue.path} ${issue.message}`
      : `${issue.attribute}: ${issue.message}`,
  );
}
