import type * as z from 'zod/mini';
import { formatPath, type FormatIssue } from './issue.ts';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  literal: 'a fixed value',
  null: 'null',
};

/** Describes a value a user supplied, briefly: `"maybe"`, `42`, `a list`, `an object`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ');
}

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const exclusive = issue.inclusive === false;
  switch (issue.origin) {
    case 'string':
      if (small && limit === 1) return 'must not be empty';
      return `must be ${small ? 'at least' : 'at most'} ${limit} characters`;
    case 'array':
    case 'set':
      return `must list ${small ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
    default:
      if (exclusive) return `must be ${small ? 'more' : 'less'} than ${limit}`;
      return `must be ${small ? 'at least' : 'at most'} ${limit}`;
  }
}

/**
 * Kinmap's wording for every kind of zod issue, passed as the per-parse `error` option, so zod's
 * built-in English ("Invalid option: expected one of…") never reaches a user. Messages follow the
 * path: `people[3].immigration.nrpf` + `must be one of: yes, no, lifted, unknown, not_asked (got "maybe")`.
 */
export function kinmapErrorMap(issue: RawIssue): string {
  try {
    switch (issue.code) {
      case 'invalid_type': {
        if (issue.input === undefined) return 'is required';
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        return `must be ${expected} (got ${describeValue(issue.input)})`;
      }
      case 'invalid_value':
        if (issue.values.length === 1) {
          return `must be ${listValues(issue.values)} (got ${describeValue(issue.input)})`;
        }
        return `must be one of: ${listValues(issue.values)} (got ${describeValue(issue.input)})`;
      case 'too_small':
      case 'too_big':
        return sizeMessage(issue);
      case 'invalid_format':
        return 'is not written in the expected format';
      case 'not_multiple_of':
        return `must be a multiple of ${String(issue.divisor)}`;
      case 'unrecognized_keys':
        return 'has fields Kinmap does not know';
      case 'invalid_union': {
        const withOptions = issue as RawIssue & { options?: unknown[]; note?: string };
        if (withOptions.note === 'No matching discriminator' && Array.isArray(withOptions.options)) {
          const discriminator = (issue as { discriminator?: unknown }).discriminator;
          const input = issue.input;
          const got =
            input !== null && typeof input === 'object' && typeof discriminator === 'string'
              ? (input as Record<string, unknown>)[discriminator]
              : undefined;
          return `must be one of: ${listValues(withOptions.options)}${got === undefined ? '' : ` (got ${describeValue(got)})`}`;
        }
        return 'does not match any of the forms Kinmap accepts';
      }
      case 'invalid_key':
        return 'has a key Kinmap does not accept';
      case 'invalid_element':
        return 'has an entry Kinmap does not accept';
      case 'custom':
        return typeof issue.message === 'string' && issue.message !== '' ? issue.message : 'is not valid';
      default:
        return 'is not valid';
    }
  } catch {
    return 'is not valid';
  }
}

/**
 * Turns zod's issues into Kinmap issues: formatted paths, "is required" for any missing field (even
 * where a schema carries its own wording), and one "is not a field Kinmap knows" per unknown key.
 */
export function toFormatIssues(issues: readonly z.core.$ZodIssue[]): FormatIssue[] {
  const out: FormatIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), message: 'is not a field Kinmap knows' });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined && 'input' in issue;
    out.push({ path: formatPath(issue.path), message: missing ? 'is required' : issue.message });
  }
  return out;
}
