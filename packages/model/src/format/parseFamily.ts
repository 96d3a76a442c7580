import { FamilySchema, type Family } from '../schema/family.ts';
import { findReferenceIssues } from '../references/findReferenceIssues.ts';
import { copyPlainData } from './copyPlainData.ts';
import { capIssues, type FormatIssue } from './issue.ts';
import { FORMAT_LIMITS } from './limits.ts';
import { kinmapErrorMap, toFormatIssues } from './messages.ts';
import { migrateWith } from './migrate.ts';
import type { FormatMigration } from './migrations/types.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { FORMAT_VERSION } from '../schema/family.ts';
import { readJsonText } from './readJsonText.ts';

/**
 * What `parseFamily` returns: the family, or every problem found with its path.
 *
 * @example
 * const result: ParseFamilyResult = parseFamily(text);
 * const count = result.ok ? result.family.people.length : result.issues.length;
 */
export type ParseFamilyResult =
  | { readonly ok: true; readonly family: Family }
  | { readonly ok: false; readonly issues: readonly FormatIssue[] };

function failed(issues: readonly FormatIssue[]): ParseFamilyResult {
  return { ok: false, issues: capIssues(issues, FORMAT_LIMITS.maxIssues) };
}

/** parseFamily with a chosen migration registry and version: lets tests exercise migrations. */
export function parseFamilyWith(
  input: unknown,
  migrations: readonly FormatMigration[],
  currentVersion: number,
): ParseFamilyResult {
  try {
    let raw = input;
    if (typeof input === 'string') {
      const read = readJsonText(input);
      if (!read.ok) return failed(read.issues);
      raw = read.value;
    }
    const copy = copyPlainData(raw);
    if (!copy.ok) return failed(copy.issues);
    const migrated = migrateWith(copy.value, migrations, currentVersion);
    if (!migrated.ok) return failed(migrated.issues);
    const parsed = FamilySchema.safeParse(migrated.document, { error: kinmapErrorMap, reportInput: true });
    if (!parsed.success) return failed(toFormatIssues(parsed.error.issues));
    const referenceIssues = findReferenceIssues(parsed.data);
    if (referenceIssues.length > 0) return failed(referenceIssues);
    return { ok: true, family: parsed.data };
  } catch {
    // Defence in depth: every stage above is written not to throw on user data.
    return failed([{ path: '', message: 'The document could not be read (an unexpected error occurred)' }]);
  }
}

/**
 * Reads a Kinmap family document: JSON text, or a value already parsed from JSON. Checks the size
 * limits, upgrades older format versions, validates every field against the schema, then checks
 * that ids are unique and every reference points at something in the document. Returns the family
 * (with defaults filled in) or every problem found, each with a path and a plain-English message.
 * Never throws on user data, and never modifies the input.
 *
 * @example
 * const result = parseFamily(text);
 * if (result.ok) render(result.family);
 * else for (const { path, message } of result.issues) console.log(`${path} ${message}`);
 * // people[3].immigration.nrpf must be one of: yes, no, lifted, unknown, not_asked (got "maybe")
 */
export function parseFamily(input: unknown): ParseFamilyResult {
  return parseFamilyWith(input, MIGRATIONS, FORMAT_VERSION);
}
