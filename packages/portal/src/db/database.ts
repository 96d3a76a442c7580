/**
 * One small query interface over PostgreSQL, so the portal runs the same SQL on an embedded PGlite
 * database (the default, nothing to install) and on a real PostgreSQL server (`DATABASE_URL`).
 */

/** Something SQL can be run on: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2, …) and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * A PostgreSQL database the portal can use.
 *
 * @example
 * const database = await openDatabase({}); // PGlite in memory
 * const rows = await database.query<{ n: number }>('SELECT 1 AS n');
 * await database.transaction(async (tx) => tx.query('UPDATE maps SET title = $1', ['x']));
 */
export interface Database extends Queryable {
  /** `pglite` (embedded) or `postgres` (a server reached through `pg`). */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Statements inside must use the `tx` given, never the database itself.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Listens on a PostgreSQL channel (`LISTEN`): `handler` gets each payload sent with `NOTIFY` or
   * `pg_notify` on it, by any process, once the sending transaction commits. On PostgreSQL this
   * holds one connection of its own (reconnecting if it drops; `onReconnect` is called then, since
   * notifications sent meanwhile are lost); on PGlite it is the embedded database's own. Resolves to
   * a function that stops listening.
   */
  listen(
    channel: string,
    handler: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  /** Closes the database (the pool, or the embedded instance). */
  close(): Promise<void>;
}

/** Where the portal keeps its data. */
export interface DatabaseOptions {
  /**
   * A PostgreSQL connection string (`postgres://user:pass@host:5432/name`). When absent the portal
   * uses an embedded PGlite database.
   */
  url?: string;
  /** For PGlite: a directory to keep the data in. Absent means in memory (lost on exit). */
  dataDir?: string;
  /** For PostgreSQL: the schema to use (created if missing); tests use one schema per run. */
  schema?: string;
  /** For PostgreSQL: the most connections the pool opens (default 10). */
  maxConnections?: number;
}

/**
 * Opens the database the options name: PostgreSQL when `url` is given, PGlite otherwise.
 *
 * @example
 * const database = await openDatabase({ url: process.env.DATABASE_URL });
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(options.url, options);
  }
  const { openPglite } = await import('./pglite.ts');
  return openPglite(options.dataDir);
}
