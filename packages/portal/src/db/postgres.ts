import pg from 'pg';
import type { Database, DatabaseOptions, Queryable } from './database.ts';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * LISTEN on a connection of its own (a pooled connection cannot hold a LISTEN). When the connection
 * drops it reconnects after a second, and calls `onReconnect` so the listener can catch up.
 */
async function listenOn(
  url: string,
  channel: string,
  handler: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  if (!CHANNEL_NAME.test(channel)) {
    throw new Error(`channel must be lower-case letters, digits and _ (got "${channel}")`);
  }
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (stopped) return;
    retry = setTimeout(() => {
      connect()
        .then(() => onReconnect?.())
        .catch(schedule);
    }, 1000);
  };
  const drop = (dropped: pg.Client): boolean => {
    if (client !== dropped) return false;
    client = undefined;
    dropped.end().catch(() => {});
    return true;
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) handler(message.payload);
    });
    const lost = () => {
      if (drop(next)) schedule();
    };
    next.on('error', lost);
    next.on('end', lost);
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      drop(next);
      throw error;
    }
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = undefined;
    if (last) await last.end().catch(() => {});
  };
}

/**
 * Opens a pool of connections to a PostgreSQL server. With `schema`, the schema is created if
 * missing and every connection uses it (its `search_path`).
 *
 * @example
 * const database = await openPostgres('postgres://kinmap@127.0.0.1:5432/kinmap');
 */
export async function openPostgres(url: string, options: DatabaseOptions = {}): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`schema must be lower-case letters, digits and _ (got "${schema}")`);
  }
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', () => {});
  const run = async <Row>(
    client: pg.Pool | pg.PoolClient,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<Row[]> => {
    const result = await client.query(sql, [...params]);
    return result.rows as Row[];
  };
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const scoped: Queryable = {
          query: (sql, params) => run(client, sql, params),
          exec: async (sql) => {
            await client.query(sql);
          },
        };
        const result = await work(scoped);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, handler, onReconnect) => listenOn(url, channel, handler, onReconnect),
    close: () => pool.end(),
  };
}
