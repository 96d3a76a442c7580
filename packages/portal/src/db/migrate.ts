import type { Database } from './database.ts';

/**
 * One versioned change to the database schema. Versions start at 1 and go up by one; a migration
 * that has run is never edited (add a new one instead).
 *
 * @example
 * const migration: Migration = { version: 2, name: 'inbox', sql: 'CREATE TABLE inbox (…)' };
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Plain PostgreSQL; the same text runs on PGlite and on a PostgreSQL server. */
  readonly sql: string;
}

/** What `migrate` did. */
export interface MigrateResult {
  /** The versions applied by this call, in order (empty when the database was up to date). */
  readonly applied: number[];
  /** The database's version afterwards. */
  readonly version: number;
}

/** Any number: several server processes starting at once take this lock in turn. */
const MIGRATION_LOCK = 4_617_203;

function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migrations must be numbered 1, 2, 3… in order: found version ${migration.version} at position ${index + 1}`,
      );
    }
  });
}

/**
 * Brings the database up to the latest migration. Each call takes a transaction-level advisory lock,
 * so two processes starting together apply each migration once; all pending migrations run in one
 * transaction, so a failure leaves the database as it was. Refuses a database that has a migration
 * this code does not know (a newer portal ran on it) or one whose recorded name differs.
 *
 * @example
 * const { applied } = await migrate(database, MIGRATIONS);
 */
export async function migrate(database: Database, migrations: readonly Migration[]): Promise<MigrateResult> {
  checkMigrations(migrations);
  return database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await tx.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    for (const row of done) {
      const known = migrations[row.version - 1];
      if (!known) {
        throw new Error(
          `the database has migration ${row.version} ("${row.name}"), which this version of the portal does not know: run a newer portal`,
        );
      }
      if (known.name !== row.name) {
        throw new Error(
          `migration ${row.version} is recorded as "${row.name}" but this portal calls it "${known.name}"`,
        );
      }
    }
    const applied: number[] = [];
    for (const migration of migrations.slice(done.length)) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { applied, version: migrations.length };
  });
}
