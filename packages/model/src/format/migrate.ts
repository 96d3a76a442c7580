import { FORMAT_VERSION } from '../schema/family.ts';
import { copyPlainData } from './copyPlainData.ts';
import { describeValue } from './messages.ts';
import type { FormatIssue } from './issue.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { FormatMigration } from './migrations/types.ts';

/**
 * What `migrateFamilyDocument` returns: the upgraded raw document and the steps applied, or issues.
 *
 * @example
 * const result: MigrationResult = migrateFamilyDocument(raw);
 * if (result.ok) console.log(result.appliedSteps); // [] for a current document
 */
export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; appliedSteps: readonly string[] }
  | { ok: false; issues: FormatIssue[] };

function fail(path: string, message: string): MigrationResult {
  return { ok: false, issues: [{ path, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Upgrades a raw document to `currentVersion` using `migrations`, one step at a time. Internal: the
 * public `migrateFamilyDocument` passes the real registry; tests pass their own to exercise the
 * mechanism. Before any step runs the input is deep-copied (through JSON), so a migration can never
 * touch it; a document already at `currentVersion` is returned as it is.
 */
export function migrateWith(
  raw: unknown,
  migrations: readonly FormatMigration[],
  currentVersion: number,
): MigrationResult {
  if (!isRecord(raw)) {
    return fail('', `The document must be a JSON object holding a family (got ${describeValue(raw)})`);
  }
  if (!('formatVersion' in raw)) {
    return fail(
      'formatVersion',
      `is required: every Kinmap document states its format version (this version of Kinmap writes ${currentVersion})`,
    );
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(
      'formatVersion',
      `must be a whole number such as ${currentVersion} (got ${describeValue(version)})`,
    );
  }
  if (version > currentVersion) {
    return fail(
      'formatVersion',
      `is ${version}, but this version of Kinmap reads format versions up to ${currentVersion}: the document was written by a newer Kinmap, so update Kinmap to open it`,
    );
  }
  if (version === currentVersion) return { ok: true, document: raw, appliedSteps: [] };
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
  } catch {
    return fail('', 'The document could not be read as plain JSON data');
  }
  const applied: string[] = [];
  for (let from = version; from < currentVersion; from++) {
    const step = migrations.find((m) => m.from === from && m.to === from + 1);
    if (step === undefined) {
      return fail(
        'formatVersion',
        `is ${version}, and Kinmap has no way to upgrade format version ${from} to ${from + 1}`,
      );
    }
    try {
      const next = step.migrate(document);
      if (!isRecord(next)) throw new Error('the migration returned no document');
      document = { ...next, formatVersion: from + 1 };
    } catch (error) {
      const reason = error instanceof Error ? `: ${error.message}` : '';
      return fail(
        '',
        `The document could not be upgraded from format version ${from} to ${from + 1}${reason}`,
      );
    }
    applied.push(`${from}→${from + 1}: ${step.description}`);
  }
  return { ok: true, document, appliedSteps: applied };
}

/**
 * Upgrades a raw (already JSON-parsed) family document to the current `FORMAT_VERSION`, one migration
 * step at a time. `parseFamily` does this before validation, so you only need it to inspect or store
 * upgraded raw documents yourself. The result is a fresh copy; the input is not modified. It checks
 * the version and the size limits, not the fields (that is `parseFamily`'s job). Never throws.
 *
 * @example
 * const result = migrateFamilyDocument(JSON.parse(text));
 * if (result.ok) console.log(result.document.formatVersion); // 1
 * else console.log(result.issues[0]?.message);
 */
export function migrateFamilyDocument(raw: unknown): MigrationResult {
  const copy = copyPlainData(raw);
  if (!copy.ok) return copy;
  return migrateWith(copy.value, MIGRATIONS, FORMAT_VERSION);
}
