/**
 * Load on the family portal: simulated contributors each send contributions in a loop over HTTP on
 * loopback for a fixed time, then the database is checked for every acknowledged contribution.
 * Bounded in count and time; stops by itself.
 *
 *   pnpm exec tsx bench/portal.bench.ts                       # 50 contributors, 60 s, PGlite
 *   DATABASE_URL=postgres://… pnpm exec tsx bench/portal.bench.ts
 *   PORTAL_BENCH_CONTRIBUTORS=10 PORTAL_BENCH_SECONDS=10 pnpm exec tsx bench/portal.bench.ts
 *
 * Reports throughput, p50/p95 latency, server errors, and contributions lost or duplicated.
 * The server runs in this script's own process; bench/portal-load.ts runs it in a child process and
 * also kills it during writes (SIGKILL) and checks every acknowledged contribution after a restart.
 */
import {
  createPortal,
  DEMO_MAP_ID,
  hashPassword,
  openDatabase,
  seedDemo,
  SESSION_COOKIE,
} from '@kinmap/portal';

const CONTRIBUTORS = Number(process.env['PORTAL_BENCH_CONTRIBUTORS'] ?? 50);
const SECONDS = Number(process.env['PORTAL_BENCH_SECONDS'] ?? 60);
const MAX_REQUESTS = 200_000; // a hard bound whatever the speed
const PASSWORD = 'bench-password';

const url = process.env['DATABASE_URL'] || undefined;
const database = await openDatabase(
  url ? { url, schema: `portal_bench_${Date.now().toString(36)}`, maxConnections: 10 } : {},
);
const app = await createPortal({ database });
await seedDemo(database);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
const base = `http://127.0.0.1:${address.port}`;

// One practitioner per simulated contributor, in agencies invited to the demo map.
const hash = await hashPassword(PASSWORD);
for (let i = 0; i < CONTRIBUTORS; i++) {
  const agency = `agency:bench-${i % 10}`;
  await database.query(
    `INSERT INTO agencies (id, name, kind) VALUES ($1, $2, 'school') ON CONFLICT (id) DO NOTHING`,
    [agency, `Bench agency ${i % 10}`],
  );
  await database.query(
    `INSERT INTO map_invitations (map_id, agency_id, invited_by) VALUES ($1, $2, 'user:sam-lead') ON CONFLICT DO NOTHING`,
    [DEMO_MAP_ID, agency],
  );
  await database.query(
    `INSERT INTO users (id, agency_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4, $5)`,
    [`user:bench-${i}`, agency, `bench${i}@bench.example`, `Bench ${i}`, hash],
  );
}

async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) throw new Error(`sign-in failed for ${email}`);
  return { cookie, csrf: body.csrfToken };
}

const sessions: { cookie: string; csrf: string }[] = [];
for (let i = 0; i < CONTRIBUTORS; i++) sessions.push(await signIn(`bench${i}@bench.example`));

const latencies: number[] = [];
const acknowledged = new Set<string>();
let serverErrors = 0;
let otherErrors = 0;
let sent = 0;
const deadline = Date.now() + SECONDS * 1000;

async function contributor(index: number): Promise<void> {
  const { cookie, csrf } = sessions[index]!;
  let n = 0;
  while (Date.now() < deadline && sent < MAX_REQUESTS) {
    sent++;
    const personId = `person:bench-${index}-${n++}`;
    const started = performance.now();
    const response = await fetch(`${base}/api/maps/${DEMO_MAP_ID}/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({
        change: { people: { added: [{ at: 0, value: { id: personId, names: { given: `Child ${n}` } } }] } },
        source: 'our_records',
        baseVersion: 1,
      }),
    });
    latencies.push(performance.now() - started);
    if (response.status === 201) {
      const body = (await response.json()) as { id: string };
      acknowledged.add(body.id);
    } else {
      await response.text();
      if (response.status >= 500) serverErrors++;
      else otherErrors++;
    }
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: CONTRIBUTORS }, (_, i) => contributor(i)));
const elapsed = (performance.now() - started) / 1000;

const rows = await database.query<{ id: string; person: string }>(
  `SELECT id, change->'people'->'added'->0->'value'->>'id' AS person FROM contributions WHERE map_id = $1`,
  [DEMO_MAP_ID],
);
const stored = new Set(rows.map((r) => r.id));
const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
const persons = rows.map((r) => r.person);
const duplicated = persons.length - new Set(persons).size;

latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
console.log(`portal load: ${database.kind}, ${CONTRIBUTORS} contributors, ${elapsed.toFixed(1)} s`);
console.log(
  `  requests ${latencies.length}, acknowledged ${acknowledged.size}, ${(latencies.length / elapsed).toFixed(1)} req/s`,
);
console.log(
  `  latency p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
);
console.log(
  `  server errors ${serverErrors}, other refusals ${otherErrors}, lost ${lost}, duplicated ${duplicated}`,
);

await app.close();
if (url) {
  const schema = (await database.query<{ s: string }>('SELECT current_schema() AS s'))[0]!.s;
  await database.query(`DROP SCHEMA ${schema} CASCADE`);
}
await database.close();
process.exit(serverErrors === 0 && lost === 0 && duplicated === 0 ? 0 : 1);
