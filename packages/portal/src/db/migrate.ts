import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runner } from 'node-pg-migrate';
import type { Queryable, Database } from './database.ts';
import { MIGRATIONS, MIGRATIONS_DIR } from './migrations.ts';

/**
 * One versioned change to the database schema. Versions start at 1 and go up by one; a migration
 * that has run is never edited (add a new one instead). The portal's own are SQL files in
 * `src/db/migrations/` (see {@link MIGRATIONS}); node-pg-migrate runs them.
 *
 * @example
 * const migration: Migration = { version: 4, name: 'inbox flags', sql: 'ALTER TABLE …' };
 */
export interface Migration {
  readonly version: number;
  /** Lower-case letters, digits and spaces: the file is `0004_inbox-flags.sql`. */
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
/** node-pg-migrate's table of the migrations it has run (its default name). */
const MIGRATIONS_TABLE = 'pgmigrations';
/** The table of the portal's own runner before node-pg-migrate, and the names it gave migrations 1–3. */
const OLD_TABLE = 'schema_migrations';
const OLD_NAMES = [
  'portal foundation',
  'discrepancies, notifications, meetings and outcomes',
  'map versions',
];

const NAME = /^[a-z0-9]+( [a-z0-9]+)*$/;

/** The name node-pg-migrate records: the file name without `.sql`, e.g. `0003_map-versions`. */
const fileStem = (migration: Migration): string =>
  `${String(migration.version).padStart(4, '0')}_${migration.name.replaceAll(' ', '-')}`;

function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migrations must be numbered 1, 2, 3… in order: found version ${migration.version} at position ${index + 1}`,
      );
    }
    if (!NAME.test(migration.name)) {
      throw new Error(
        `migration ${migration.version}: name must be lower-case letters, digits and single spaces (got "${migration.name}")`,
      );
    }
  });
}

const tableExists = async (tx: Queryable, schema: string, table: string): Promise<boolean> =>
  (
    await tx.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [
      schema,
      table,
    ])
  ).length > 0;

/**
 * One-off bridge from the portal's old runner: a database it migrated has `schema_migrations` rows
 * 1–3 and no `pgmigrations`. Records those migrations in node-pg-migrate's table (as node-pg-migrate
 * creates it) so they are not run again. `schema_migrations` is left as it was.
 */
async function bridgeOldRunner(tx: Queryable, schema: string): Promise<void> {
  if (!(await tableExists(tx, schema, OLD_TABLE))) return;
  if (await tableExists(tx, schema, MIGRATIONS_TABLE)) return;
  const done = await tx.query<{ version: number; name: string; applied_at: Date }>(
    `SELECT version, name, applied_at FROM "${schema}".${OLD_TABLE} ORDER BY version`,
  );
  done.forEach((row, index) => {
    if (row.version !== index + 1 || OLD_NAMES[index] !== row.name) {
      throw new Error(
        `the database's ${OLD_TABLE} has migration ${row.version} ("${row.name}"), which this version of the portal does not know: run a newer portal`,
      );
    }
  });
  await tx.exec(
    `CREATE TABLE "${schema}"."${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`,
  );
  for (const row of done) {
    await tx.query(`INSERT INTO "${schema}"."${MIGRATIONS_TABLE}" (name, run_on) VALUES ($1, $2)`, [
      fileStem(MIGRATIONS[row.version - 1]!),
      row.applied_at,
    ]);
  }
}

/** Refuses a database with a migration this list does not have, or has under another name. */
async function checkRecorded(tx: Queryable, schema: string, migrations: readonly Migration[]): Promise<void> {
  if (!(await tableExists(tx, schema, MIGRATIONS_TABLE))) return;
  const recorded = await tx.query<{ name: string }>(
    `SELECT name FROM "${schema}"."${MIGRATIONS_TABLE}" ORDER BY run_on, id`,
  );
  recorded.forEach(({ name }, index) => {
    const known = migrations[index];
    if (!known) {
      throw new Error(
        `the database has migration ${index + 1} ("${name}"), which this version of the portal does not know: run a newer portal`,
      );
    }
    if (fileStem(known) !== name) {
      throw new Error(
        `migration ${index + 1} is recorded as "${name}" but this portal calls it "${fileStem(known)}"`,
      );
    }
  });
}

/**
 * node-pg-migrate's `dbClient`: statements go to the portal's open transaction. node-pg-migrate's own
 * BEGIN, COMMIT and ROLLBACK are left out, since `migrate` already holds one transaction for the lot.
 * A statement without parameters that is not a SELECT may be a script of several (a migration file),
 * so it goes through `exec`.
 */
function transactionClient(tx: Queryable) {
  return {
    async query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
      if (/^\s*(BEGIN|COMMIT|ROLLBACK)\s*;?\s*$/i.test(text)) return { rows: [] };
      if ((values && values.length > 0) || /^\s*SELECT\b/i.test(text)) {
        return { rows: await tx.query(text, values ?? []) };
      }
      await tx.exec(text);
      return { rows: [] };
    },
  };
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * Brings the database up to the latest migration with node-pg-migrate. All pending migrations run in
 * one transaction that first takes an advisory lock, so processes starting together apply each
 * migration once and a failure leaves the database as it was. Refuses a database that has a migration
 * this code does not know (a newer portal ran on it) or one recorded under another name. A database
 * migrated by the portal's old runner (`schema_migrations`) is recognised as up to date.
 *
 * @example
 * const { applied } = await migrate(database); // the portal's migrations, MIGRATIONS
 */
export async function migrate(
  database: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrateResult> {
  checkMigrations(migrations);
  // The portal's own migrations (or the first few of them) run from their folder; any other list
  // (tests) is written out as files for node-pg-migrate to read.
  const shipped = migrations.every((migration, index) => migration === MIGRATIONS[index]);
  const dir = shipped ? MIGRATIONS_DIR : await mkdtemp(join(tmpdir(), 'kinmap-migrations-'));
  try {
    if (!shipped) {
      for (const migration of migrations) {
        await writeFile(join(dir, `${fileStem(migration)}.sql`), `-- Up Migration\n${migration.sql}`);
      }
    }
    return await database.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const [{ schema }] = (await tx.query<{ schema: string }>('SELECT current_schema() AS schema')) as [
        { schema: string },
      ];
      await bridgeOldRunner(tx, schema);
      await checkRecorded(tx, schema, migrations);
      const ran = await runner({
        dbClient: transactionClient(tx) as never,
        dir,
        count: migrations.length,
        direction: 'up',
        migrationsTable: MIGRATIONS_TABLE,
        migrationsSchema: schema,
        noLock: true,
        singleTransaction: true,
        checkOrder: true,
        logger: quiet,
      });
      return { applied: ran.map((m) => Number(m.name.slice(0, 4))), version: migrations.length };
    });
  } finally {
    if (!shipped) await rm(dir, { recursive: true, force: true });
  }
}
