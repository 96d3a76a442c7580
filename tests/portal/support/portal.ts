import { randomBytes } from 'node:crypto';
import {
  createPortal,
  CSRF_HEADER,
  DEMO_PASSWORD,
  openDatabase,
  seedDemo,
  SESSION_COOKIE,
  type Database,
} from '@kinmap/portal';

/** The portal's server (Fastify), as `createPortal` returns it. */
type FastifyInstance = Awaited<ReturnType<typeof createPortal>>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The database the portal tests run on: an embedded PGlite by default, or the PostgreSQL server
 * named by DATABASE_URL, in a schema of its own that is dropped afterwards.
 */
export async function openTestDatabase(): Promise<{ database: Database; cleanUp: () => Promise<void> }> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    const database = await openDatabase({});
    return { database, cleanUp: () => database.close() };
  }
  const schema = `portal_test_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ url, schema, maxConnections: 8 });
  return {
    database,
    async cleanUp() {
      await database.query(`DROP SCHEMA ${schema} CASCADE`);
      await database.close();
    },
  };
}

/** A response, with its body read as JSON. */
export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a response body, checked by each test's assertions
  body: any;
  headers: Record<string, unknown>;
  text: string;
}

/** Someone using the portal: signed in (with cookie and CSRF token) or not. */
export interface Client {
  readonly csrfToken: string | undefined;
  readonly cookie: string | undefined;
  request(method: Method, url: string, body?: unknown, extraHeaders?: Record<string, string>): Promise<Reply>;
  get(url: string): Promise<Reply>;
  post(url: string, body?: unknown): Promise<Reply>;
  delete(url: string): Promise<Reply>;
}

async function send(
  app: FastifyInstance,
  method: Method,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<Reply> {
  const response = await app.inject({
    method,
    url,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  let parsed: unknown = undefined;
  try {
    parsed = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.statusCode, body: parsed, headers: response.headers, text: response.body };
}

function client(app: FastifyInstance, cookie?: string, csrfToken?: string): Client {
  const headers = (): Record<string, string> => ({
    ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
    ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}),
  });
  const self: Client = {
    csrfToken,
    cookie,
    request: (method, url, body, extra = {}) => send(app, method, url, body, { ...headers(), ...extra }),
    get: (url) => self.request('GET', url),
    post: (url, body) => self.request('POST', url, body ?? {}),
    delete: (url) => self.request('DELETE', url),
  };
  return self;
}

/** Reads the session cookie's value out of a sign-in response. */
export function sessionCookieOf(reply: Reply): string {
  const header = reply.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [String(header)];
  const line = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!line) throw new Error(`no ${SESSION_COOKIE} cookie in ${JSON.stringify(header)}`);
  return line.slice(SESSION_COOKIE.length + 1).split(';')[0]!;
}

/** A portal on a fresh, seeded database, and ways to act as its demo users. */
export interface TestPortal {
  app: FastifyInstance;
  database: Database;
  anonymous: Client;
  signIn(email: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/** Starts a portal for one test file (seeded with the demo agencies and practitioners). */
export async function startTestPortal(): Promise<TestPortal> {
  const { database, cleanUp } = await openTestDatabase();
  const app = await createPortal({ database });
  await seedDemo(database);
  const anonymous = client(app);
  return {
    app,
    database,
    anonymous,
    async signIn(email, password = DEMO_PASSWORD) {
      const reply = await anonymous.post('/api/session', { email, password });
      if (reply.status !== 200) throw new Error(`sign-in as ${email} failed: ${reply.status} ${reply.text}`);
      return client(app, sessionCookieOf(reply), reply.body.csrfToken);
    },
    async close() {
      await app.close();
      await cleanUp();
    },
  };
}

/** The demo practitioners' email addresses, by role in the tests. */
export const EMAIL = {
  lead: 'sam.okafor@childrens.example',
  leadColleague: 'jo.hughes@childrens.example',
  otherLead: 'ava.patel@adults.example',
  gp: 'dr.shah@gp.example',
  school: 'dsl@school.example',
  healthVisitor: 'kim.lee@hv.example',
  police: 'pc.ward@police.example',
} as const;

/** A person to add in a contribution, valid for the model. */
export function newPerson(id: string, given: string, extra: Record<string, unknown> = {}) {
  return { id, names: { given }, ...extra };
}
