import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';

/**
 * Opens an embedded PGlite database: in memory, or kept in `dataDir`. PGlite is one connection, so
 * transactions run one at a time (PGlite queues them).
 *
 * @example
 * const database = await openPglite(); // in memory
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const query = async <Row>(
    runner: Pick<PGlite, 'query'>,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<Row[]> => {
    const result = await runner.query<Row>(sql, [...params]);
    return result.rows;
  };
  return {
    kind: 'pglite',
    query: (sql, params) => query(db, sql, params),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) =>
      db.transaction(async (tx) => {
        const scoped: Queryable = {
          query: (sql, params) => query(tx, sql, params),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        };
        return work(scoped);
      }),
    listen: async (channel, handler) => {
      const stop = await db.listen(channel, handler);
      return async () => {
        await stop();
      };
    },
    close: () => db.close(),
  };
}
