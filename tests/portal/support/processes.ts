import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CSRF_HEADER, DEMO_PASSWORD, SESSION_COOKIE } from '@kinmap/portal';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const START = `${ROOT}packages/portal/src/start.ts`;

/** A portal server running in a process of its own (`packages/portal/src/start.ts`). */
export interface ServerProcess {
  readonly base: string;
  readonly child: ChildProcess;
  /** Stops it: SIGTERM (a clean stop) or SIGKILL (as a crash). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/**
 * Starts `start.ts` in a child process on a free loopback port, with these environment variables
 * (DATABASE_URL, KINMAP_DB_SCHEMA, KINMAP_DATA_DIR…), and waits for it to say where it listens.
 */
export function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  // Node itself with tsx's loader (not the tsx command, which runs the server in a grandchild): the
  // child's pid is the server's, so a signal reaches the server.
  const child = spawn(process.execPath, ['--import', 'tsx', START], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', KINMAP_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`the portal process did not start within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kinmap portal on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ base: match[1]!, child, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the portal process ended (${code ?? signal}) before it started: ${output}`));
    });
  });
}

/** Someone signed in to a portal over real HTTP. */
export interface HttpClient {
  readonly cookie: string;
  readonly csrf: string;
  get(path: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked by assertions
  post(path: string, body?: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked by assertions
}

/** Signs in at `base` as a demo practitioner. */
export async function httpSignIn(base: string, email: string, password = DEMO_PASSWORD): Promise<HttpClient> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const line = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const cookie = line.slice(SESSION_COOKIE.length + 1);
  return httpClient(base, cookie, csrfToken);
}

/** A client at `base` with an existing session (a session works on every server process). */
export function httpClient(base: string, cookie: string, csrf: string): HttpClient {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: `${SESSION_COOKIE}=${cookie}`,
        [CSRF_HEADER]: csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    cookie,
    csrf,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
  };
}
