/**
 * Starts the portal: `pnpm --filter @kinmap/portal start`.
 *
 * - DATABASE_URL: a PostgreSQL server; without it, an embedded PGlite database (in memory, or in
 *   KINMAP_DATA_DIR when set).
 * - PORT (default 3030) and HOST (default 127.0.0.1).
 * - KINMAP_SEED_DEMO=1 adds the demo agencies and practitioners; it is the default without DATABASE_URL.
 */
import { createPortal } from './app.ts';
import { openDatabase } from './db/database.ts';
import { seedDemo } from './seed.ts';

const url = process.env['DATABASE_URL'] || undefined;
const dataDir = process.env['KINMAP_DATA_DIR'] || undefined;
const database = await openDatabase({ ...(url ? { url } : {}), ...(dataDir ? { dataDir } : {}) });
const app = await createPortal({ database, logger: true });
const seed = process.env['KINMAP_SEED_DEMO'] ?? (url ? '0' : '1');
if (seed === '1') await seedDemo(database);

const port = Number(process.env['PORT'] ?? 3030);
const host = process.env['HOST'] ?? '127.0.0.1';
await app.listen({ port, host });
console.log(
  `Kinmap portal on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (${database.kind}${seed === '1' ? ', demo accounts' : ''})`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}
