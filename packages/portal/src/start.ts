/**
 * Starts the portal: `pnpm --filter @kinmap/portal start`.
 *
 * - DATABASE_URL: a PostgreSQL server; without it, an embedded PGlite database (in memory, or in
 *   KINMAP_DATA_DIR when set).
 * - PORT (default 3030) and HOST (default 127.0.0.1).
 * - KINMAP_SEED_DEMO=1 adds the demo agencies and practitioners; it is the default without DATABASE_URL.
 * - KINMAP_DB_SCHEMA: with DATABASE_URL, the schema to keep the tables in (created if missing).
 *   Several server processes given the same DATABASE_URL and schema share one portal.
 * - PORT=0 picks a free port; the line printed says which.
 * - KINMAP_OIDC_*: signing in through a council's identity provider (see docs/portal.md).
 */
import { createPortal } from './app.ts';
import { openDatabase } from './db/database.ts';
import { seedDemo } from './seed.ts';
import { oidcSettingsFromEnv } from './auth/oidc.ts';

const url = process.env['DATABASE_URL'] || undefined;
const dataDir = process.env['KINMAP_DATA_DIR'] || undefined;
const schema = process.env['KINMAP_DB_SCHEMA'] || undefined;
const database = await openDatabase({
  ...(url ? { url } : {}),
  ...(dataDir ? { dataDir } : {}),
  ...(url && schema ? { schema } : {}),
});
const oidc = oidcSettingsFromEnv(process.env);
const app = await createPortal({
  database,
  logger: process.env['KINMAP_LOG'] !== '0',
  ...(oidc ? { oidc } : {}),
});
const seed = process.env['KINMAP_SEED_DEMO'] ?? (url ? '0' : '1');
if (seed === '1') await seedDemo(database);

const host = process.env['HOST'] ?? '127.0.0.1';
await app.listen({ port: Number(process.env['PORT'] ?? 3030), host });
const address = app.server.address();
const port = address && typeof address === 'object' ? address.port : Number(process.env['PORT'] ?? 3030);
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
