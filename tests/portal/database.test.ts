/** Migrations (node-pg-migrate) and the append-only audit log, on PGlite or (with DATABASE_URL) PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Database, type Migration } from '@kinmap/portal';
import { openTestDatabase } from './support/portal.ts';

let database: Database;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  ({ database, cleanUp } = await openTestDatabase());
});
afterAll(async () => {
  await cleanUp?.();
});

const tables = async () =>
  (
    await database.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
    )
  ).map((r) => r.table_name);

describe('the database', () => {
  it('is PostgreSQL when DATABASE_URL is set, the embedded PGlite otherwise', () => {
    expect(database.kind).toBe(process.env['DATABASE_URL'] ? 'postgres' : 'pglite');
  });
});

describe('migrations', () => {
  const all = MIGRATIONS.map((m) => m.version);
  const last = MIGRATIONS.length;
  const extra = (version: number, name: string, sql: string): Migration => ({ version, name, sql });

  it('creates every table once; running again changes nothing', async () => {
    expect(all).toEqual([1, 2, 3]);
    expect(await migrate(database, MIGRATIONS)).toEqual({ applied: all, version: last });
    expect(await tables()).toEqual([
      'agencies',
      'audit_log',
      'contributions',
      'discrepancies',
      'field_sources',
      'map_invitations',
      'map_versions',
      'maps',
      'meetings',
      'notifications',
      'outcomes',
      'pgmigrations',
      'sessions',
      'users',
    ]);
    expect(await migrate(database, MIGRATIONS)).toEqual({ applied: [], version: last });
  });

  it('applies only the new migrations, and several runners at once apply each once', async () => {
    const next: Migration[] = [
      ...MIGRATIONS,
      extra(last + 1, 'test table', 'CREATE TABLE test_two (id int)'),
    ];
    const results = await Promise.all([
      migrate(database, next),
      migrate(database, next),
      migrate(database, next),
    ]);
    expect(results.flatMap((r) => r.applied)).toEqual([last + 1]);
    const recorded = await database.query<{ name: string }>('SELECT name FROM pgmigrations ORDER BY id');
    expect(recorded.map((r) => r.name)).toEqual([
      '0001_portal-foundation',
      '0002_discrepancies-notifications-meetings-and-outcomes',
      '0003_map-versions',
      '0004_test-table',
    ]);
  });

  it('a failing migration leaves the database as it was', async () => {
    const broken: Migration[] = [
      ...MIGRATIONS,
      extra(last + 1, 'test table', 'CREATE TABLE test_two (id int)'),
      extra(last + 2, 'half good', 'CREATE TABLE test_three (id int); SELECT no_such_function();'),
    ];
    await expect(migrate(database, broken)).rejects.toThrow(/no_such_function/);
    expect(await tables()).not.toContain('test_three');
    const recorded = await database.query<{ name: string }>(
      'SELECT name FROM pgmigrations ORDER BY id DESC LIMIT 1',
    );
    expect(recorded[0]!.name).toBe('0004_test-table');
  });

  it('refuses a database a newer portal has migrated, a renamed migration, and misnumbered ones', async () => {
    await expect(migrate(database, MIGRATIONS)).rejects.toThrow(/does not know: run a newer portal/);
    await expect(migrate(database, [...MIGRATIONS, extra(last + 1, 'renamed', 'SELECT 1')])).rejects.toThrow(
      /recorded as "0004_test-table"/,
    );
    await expect(migrate(database, [extra(2, 'x', 'SELECT 1')])).rejects.toThrow(/numbered 1, 2, 3/);
  });
});

describe("a database migrated by the portal's old runner (schema_migrations)", () => {
  /** What the old runner left: the tables of migrations 1–3 and its own record of them. */
  const migrateTheOldWay = async (db: Database, names: string[]) => {
    for (const migration of MIGRATIONS) await db.exec(migration.sql);
    await db.exec(`CREATE TABLE schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    for (const [index, name] of names.entries()) {
      await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [index + 1, name]);
    }
  };
  const oldNames = [
    'portal foundation',
    'discrepancies, notifications, meetings and outcomes',
    'map versions',
  ];

  it('is up to date: nothing runs again, and later migrations apply as usual', async () => {
    const old = await openTestDatabase();
    try {
      await migrateTheOldWay(old.database, oldNames);
      expect(await migrate(old.database)).toEqual({ applied: [], version: 3 });
      const recorded = await old.database.query<{ name: string }>(
        'SELECT name FROM pgmigrations ORDER BY id',
      );
      expect(recorded).toHaveLength(3);
      const next = [...MIGRATIONS, { version: 4, name: 'test table', sql: 'CREATE TABLE test_two (id int)' }];
      expect(await migrate(old.database, next)).toEqual({ applied: [4], version: 4 });
    } finally {
      await old.cleanUp();
    }
  });

  it('is refused when a newer portal recorded a migration this one does not know', async () => {
    const old = await openTestDatabase();
    try {
      await migrateTheOldWay(old.database, [...oldNames, 'from the future']);
      await expect(migrate(old.database)).rejects.toThrow(/does not know: run a newer portal/);
    } finally {
      await old.cleanUp();
    }
  });
});

describe('audit log', () => {
  it('keeps rows but refuses to change or remove them, even for the database owner', async () => {
    await database.query(`INSERT INTO audit_log (action, detail) VALUES ('map.read', '{"n": 1}'::jsonb)`);
    await expect(database.query(`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow(/append-only/);
    await expect(database.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(database.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    await expect(
      database.transaction(async (tx) => {
        await tx.query(`INSERT INTO audit_log (action) VALUES ('contribution.create')`);
        await tx.query('DELETE FROM audit_log');
      }),
    ).rejects.toThrow(/append-only/);
    const rows = await database.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id');
    expect(rows.map((r) => r.action)).toEqual(['map.read']);
  });

  it('its ids cannot be chosen by a writer', async () => {
    await expect(database.query(`INSERT INTO audit_log (id, action) VALUES (1, 'x')`)).rejects.toThrow();
  });
});
