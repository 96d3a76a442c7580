/**
 * Load and faults on the family portal (issue 15). Bounded, loopback only; stops by itself.
 *
 *   pnpm exec tsx bench/portal-load.ts                    # PGlite (in a data folder), 50 contributors, 60 s
 *   pnpm exec tsx bench/portal-load.ts --seconds 10       # a quick run
 *   DATABASE_URL=postgres://… pnpm exec tsx bench/portal-load.ts   # a PostgreSQL server (own schema, dropped after)
 *
 * Options: --seconds N (load time, default 60), --contributors N (default 50), --kills N (fault
 * cycles, default 3), --fault-seconds N (writing time before each kill, default 3), --no-faults.
 *
 * 1. Load: the portal runs in a child process (`packages/portal/src/start.ts`). N simulated
 *    contributors (sessions of the demo partner agencies) each send contributions in a loop (and
 *    read their inbox every fifth time) for the given time. Reported: throughput, p50/p95 latency,
 *    server errors, and contributions lost (acknowledged but not stored) or duplicated.
 * 2. Faults: while contributors write, the server process is killed with SIGKILL, then started again
 *    on the same data. Every acknowledged contribution must be there, exactly once, whole (its change
 *    as sent, with its audit row: written in one transaction), and the restarted server must take new
 *    writes. Repeated --kills times.
 *
 * Exits non-zero if anything was lost, duplicated, half-written, or answered with a server error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSRF_HEADER, DEMO_MAP_ID, DEMO_PASSWORD, openDatabase, SESSION_COOKIE } from '@kinmap/portal';

// ---- options ---------------------------------------------------------------------------------

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}
const SECONDS = Math.min(option('seconds', 60), 600);
const CONTRIBUTORS = Math.min(option('contributors', 50), 200);
const KILLS = process.argv.includes('--no-faults') ? 0 : Math.min(option('kills', 3), 10);
const FAULT_SECONDS = Math.min(option('fault-seconds', 3), 60);
const MAX_REQUESTS = 500_000; // a hard bound whatever the speed

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const url = process.env['DATABASE_URL'] || undefined;
const schema = `portal_load_${Date.now().toString(36)}`;
const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'kinmap-portal-load-'));
const kind = url ? 'PostgreSQL' : 'PGlite (data folder)';

/** The partner agencies the contributors work for (demo accounts), invited to the demo map. */
const PARTNERS = [
  { email: 'dr.shah@gp.example', agency: 'agency:riverside-gp' },
  { email: 'dsl@school.example', agency: 'agency:hillside-school' },
  { email: 'kim.lee@hv.example', agency: 'agency:health-visiting' },
  { email: 'pc.ward@police.example', agency: 'agency:police' },
  { email: 'ava.patel@adults.example', agency: 'agency:calderbridge-adults' },
];
const LEAD = 'sam.okafor@childrens.example';

// ---- the server process ----------------------------------------------------------------------

interface Server {
  base: string;
  child: ChildProcess;
  exited: Promise<void>;
}

function startServer(): Promise<Server> {
  // Node itself with tsx's loader (not the tsx command, which runs the server in a grandchild): the
  // child's pid is the server's, so SIGKILL kills the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}packages/portal/src/start.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KINMAP_LOG: '0',
      KINMAP_SEED_DEMO: '1',
      ...(url ? { DATABASE_URL: url, KINMAP_DB_SCHEMA: schema } : { KINMAP_DATA_DIR: dataDir! }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the portal did not start within 180 s: ${output}`));
    }, 180_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kinmap portal on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ base: match[1]!, child, exited });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the portal ended (${code ?? signal}) before it started: ${output}`));
    });
  });
}

async function stopServer(server: Server, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exited;
}

// ---- HTTP ------------------------------------------------------------------------------------

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(base: string, email: string): Promise<Session> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) throw new Error(`no session cookie for ${email}`);
  return { cookie, csrf: body.csrfToken };
}

function headers(session: Session, json = false): Record<string, string> {
  return {
    cookie: session.cookie,
    [CSRF_HEADER]: session.csrf,
    ...(json ? { 'content-type': 'application/json' } : {}),
  };
}

async function getJson<T>(base: string, session: Session, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: headers(session) });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

// ---- the contributors ------------------------------------------------------------------------

interface Tally {
  writeLatencies: number[];
  readLatencies: number[];
  /** Contribution id → the person id it added (acknowledged with 201). */
  acknowledged: Map<string, string>;
  serverErrors: number;
  refusals: number;
  /** Requests that got no answer (the server was killed under them): their outcome is unknown. */
  unanswered: number;
  requests: number;
}

function newTally(): Tally {
  return {
    writeLatencies: [],
    readLatencies: [],
    acknowledged: new Map(),
    serverErrors: 0,
    refusals: 0,
    unanswered: 0,
    requests: 0,
  };
}

let sequence = 0;

async function contributor(
  base: string,
  session: Session,
  index: number,
  until: () => boolean,
  tally: Tally,
): Promise<void> {
  let n = 0;
  while (!until() && tally.requests < MAX_REQUESTS) {
    n++;
    tally.requests++;
    const started = performance.now();
    try {
      if (n % 5 === 0) {
        const response = await fetch(`${base}/api/inbox?limit=20`, { headers: headers(session) });
        await response.text();
        tally.readLatencies.push(performance.now() - started);
        if (response.status >= 500) tally.serverErrors++;
        else if (response.status !== 200) tally.refusals++;
        continue;
      }
      const personId = `person:load-${index}-${++sequence}`;
      const response = await fetch(`${base}/api/maps/${DEMO_MAP_ID}/contributions`, {
        method: 'POST',
        headers: headers(session, true),
        body: JSON.stringify({
          change: {
            people: { added: [{ at: 0, value: { id: personId, names: { given: `Child ${n}` } } }] },
          },
          source: 'our_records',
          note: `load ${index}/${n}`,
          baseVersion: 1,
        }),
      });
      const text = await response.text();
      tally.writeLatencies.push(performance.now() - started);
      if (response.status === 201) {
        tally.acknowledged.set((JSON.parse(text) as { id: string }).id, personId);
      } else if (response.status >= 500) tally.serverErrors++;
      else tally.refusals++;
    } catch {
      // No answer: the connection was cut (the server was killed). Not acknowledged.
      tally.unanswered++;
      if (until()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

// ---- checking what is stored -----------------------------------------------------------------

interface StoredContribution {
  id: string;
  status: string;
  note: string | null;
  change: { people?: { added?: { value: { id: string } }[] } };
}

interface Check {
  stored: number;
  lost: number;
  duplicated: number;
  halfWritten: number;
}

/** Reads every contribution and the audit log back through the API as the lead, and compares. */
async function check(base: string, acknowledged: ReadonlyMap<string, string>): Promise<Check> {
  const lead = await signIn(base, LEAD);
  const { contributions } = await getJson<{ contributions: StoredContribution[] }>(
    base,
    lead,
    `/api/maps/${DEMO_MAP_ID}/contributions`,
  );
  const audited = new Set<string>();
  let before: number | undefined;
  for (let page = 0; page < 10_000; page++) {
    const { entries } = await getJson<{
      entries: { id: number; action: string; detail: { contributionId?: string } }[];
    }>(base, lead, `/api/maps/${DEMO_MAP_ID}/audit?limit=1000${before ? `&before=${before}` : ''}`);
    for (const entry of entries) {
      if (entry.action === 'contribution.create' && entry.detail.contributionId) {
        audited.add(entry.detail.contributionId);
      }
    }
    if (entries.length < 1000) break;
    before = entries[entries.length - 1]!.id;
  }
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const persons = contributions.flatMap((c) => c.change.people?.added?.map((a) => a.value.id) ?? []);
  let lost = 0;
  for (const [id, person] of acknowledged) {
    const stored = byId.get(id);
    if (!stored || stored.change.people?.added?.[0]?.value.id !== person) lost++;
  }
  // Whole: the change as sent, its note, its status, and its audit row (same transaction).
  const halfWritten = contributions.filter(
    (c) =>
      c.change.people?.added?.length !== 1 ||
      !c.note?.startsWith('load ') ||
      c.status !== 'pending' ||
      !audited.has(c.id),
  ).length;
  return {
    stored: contributions.length,
    lost,
    duplicated: persons.length - new Set(persons).size + (contributions.length - byId.size),
    halfWritten,
  };
}

// ---- the run ---------------------------------------------------------------------------------

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function sessionsFor(base: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) sessions.push(await signIn(base, PARTNERS[i % PARTNERS.length]!.email));
  return sessions;
}

let failed = false;
let server = await startServer();
try {
  // The partner agencies are invited to the demo map.
  const lead = await signIn(server.base, LEAD);
  for (const partner of PARTNERS) {
    const response = await fetch(`${server.base}/api/maps/${DEMO_MAP_ID}/invitations`, {
      method: 'POST',
      headers: headers(lead, true),
      body: JSON.stringify({ agencyId: partner.agency }),
    });
    if (response.status !== 200 && response.status !== 201) throw new Error(`invite: ${response.status}`);
  }

  // 1. Load.
  const sessions = await sessionsFor(server.base, CONTRIBUTORS);
  const load = newTally();
  const deadline = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    sessions.map((s, i) => contributor(server.base, s, i, () => Date.now() >= deadline, load)),
  );
  const elapsed = (performance.now() - started) / 1000;
  const loadCheck = await check(server.base, load.acknowledged);
  const writes = [...load.writeLatencies].sort((a, b) => a - b);
  const all = [...load.writeLatencies, ...load.readLatencies].sort((a, b) => a - b);
  console.log(
    `portal load: ${kind}, ${CONTRIBUTORS} contributors, ${elapsed.toFixed(1)} s, server pid ${server.child.pid}`,
  );
  console.log(
    `  requests ${all.length} (${writes.length} contributions, ${load.readLatencies.length} inbox reads): ${(all.length / elapsed).toFixed(1)} requests/s, ${(load.acknowledged.size / elapsed).toFixed(1)} contributions/s`,
  );
  console.log(
    `  contribution latency p50 ${percentile(writes, 0.5).toFixed(0)} ms, p95 ${percentile(writes, 0.95).toFixed(0)} ms, max ${percentile(writes, 1).toFixed(0)} ms; all requests p50 ${percentile(all, 0.5).toFixed(0)} ms, p95 ${percentile(all, 0.95).toFixed(0)} ms`,
  );
  console.log(
    `  acknowledged ${load.acknowledged.size}, stored ${loadCheck.stored}, lost ${loadCheck.lost}, duplicated ${loadCheck.duplicated}, half-written ${loadCheck.halfWritten}, server errors ${load.serverErrors}, other refusals ${load.refusals}, unanswered ${load.unanswered}`,
  );
  if (
    loadCheck.lost ||
    loadCheck.duplicated ||
    loadCheck.halfWritten ||
    load.serverErrors ||
    load.unanswered ||
    loadCheck.stored !== load.acknowledged.size
  ) {
    failed = true;
  }

  // 2. Faults: SIGKILL the server during writes, start it again, check.
  const acknowledged = new Map(load.acknowledged);
  for (let cycle = 1; cycle <= KILLS; cycle++) {
    const writers = await sessionsFor(server.base, Math.min(CONTRIBUTORS, 20));
    const tally = newTally();
    let killed = false;
    const running = Promise.all(
      writers.map((s, i) => contributor(server.base, s, 1000 * cycle + i, () => killed, tally)),
    );
    await new Promise((r) => setTimeout(r, FAULT_SECONDS * 1000));
    const pid = server.child.pid;
    const killedAt = tally.acknowledged.size;
    server.child.kill('SIGKILL');
    await server.exited;
    killed = true;
    await running;
    for (const [id, person] of tally.acknowledged) acknowledged.set(id, person);
    const restartStarted = performance.now();
    server = await startServer();
    const restartMs = performance.now() - restartStarted;
    const after = await check(server.base, acknowledged);
    // The restarted server takes new writes with the sessions from before the kill.
    const probe = newTally();
    let probes = 0;
    await contributor(server.base, writers[0]!, 9000 + cycle, () => ++probes > 4, probe);
    for (const [id, person] of probe.acknowledged) acknowledged.set(id, person);
    const inFlight = after.stored - (acknowledged.size - probe.acknowledged.size);
    console.log(
      `fault ${cycle}: SIGKILL pid ${pid} after ${FAULT_SECONDS} s of writes (${tally.acknowledged.size} contributions acknowledged this cycle, ${killedAt} of them before the signal; ${tally.unanswered} requests cut off unanswered); restarted in ${(restartMs / 1000).toFixed(1)} s as pid ${server.child.pid}`,
    );
    console.log(
      `  acknowledged so far ${acknowledged.size - probe.acknowledged.size}, stored ${after.stored} (${inFlight} more: committed but cut off before the answer), lost ${after.lost}, duplicated ${after.duplicated}, half-written ${after.halfWritten}, server errors ${tally.serverErrors}; new writes after restart ${probe.acknowledged.size}/${probe.writeLatencies.length}`,
    );
    if (
      after.lost ||
      after.duplicated ||
      after.halfWritten ||
      tally.serverErrors ||
      probe.serverErrors ||
      probe.acknowledged.size === 0 ||
      inFlight < 0
    ) {
      failed = true;
    }
  }
} finally {
  await stopServer(server, 'SIGTERM');
  if (url) {
    const database = await openDatabase({ url });
    await database.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await database.close();
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
console.log(
  failed ? 'FAILED: see the figures above' : 'OK: nothing lost, duplicated or half-written; no server errors',
);
process.exit(failed ? 1 : 0);
