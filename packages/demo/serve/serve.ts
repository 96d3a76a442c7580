// `npm start` (pnpm --filter @kinmap/demo run serve): builds the demo, starts the family portal with
// its demo accounts, and serves both on http://localhost:4173 (PORT and HOST change it).
import { startSharedDemo } from './sharedDemo.ts';

const demo = await startSharedDemo({
  port: Number(process.env['PORT'] ?? 4173),
  host: process.env['HOST'] ?? 'localhost',
  ...(process.env['DATABASE_URL'] ? { databaseUrl: process.env['DATABASE_URL'] } : {}),
});
console.log(`\nKinmap demo on ${demo.url}`);
console.log(`Shared maps (family portal, demo accounts, password kinmap-demo): ${demo.url}#/shared\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void demo.close().then(() => process.exit(0));
  });
}
