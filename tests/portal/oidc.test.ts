/**
 * Signing in through a council's identity provider (OpenID Connect). The identity provider is a real
 * one in this process, on loopback: a minimal issuer built with `jose` that serves discovery, JWKS, an
 * authorization endpoint and a token endpoint, checks the client secret and PKCE, and signs real
 * RS256 ID tokens. The portal talks to it with `openid-client`, as it would to Microsoft Entra ID.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createPortal, oidcSettingsFromEnv, seedDemo, SESSION_COOKIE, type Database } from '@kinmap/portal';
import { EMAIL, openTestDatabase, startTestPortal, type TestPortal } from './support/portal.ts';

const CLIENT_ID = 'kinmap-portal';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
const REDIRECT_URL = 'http://127.0.0.1/api/session/oidc/callback';
const LEAD_AGENCY = 'agency:calderbridge-childrens';

/** Who the identity provider says is signed in, or the error it answers with. */
type Person = { sub: string; email?: string; email_verified?: boolean } | { error: string };

interface TestIssuer {
  url: string;
  /** The person the next authorization request signs in. */
  person: Person;
  /** How many codes the token endpoint has exchanged. */
  exchanged: number;
  /** Sign the next ID tokens with a key the provider does not publish (a forgery). */
  forge: boolean;
  close(): Promise<void>;
}

async function startIssuer(): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const codes = new Map<
    string,
    { challenge: string; nonce: string; redirectUri: string; person: Person & { sub: string } }
  >();
  let url = '';
  const issuer: TestIssuer = {
    url,
    person: { error: 'login_required' },
    exchanged: 0,
    forge: false,
    close: async () => {},
  };
  const foreign = await generateKeyPair('RS256');

  async function idToken(key: CryptoKey, claims: Record<string, unknown>, sub: string): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(url)
      .setAudience(CLIENT_ID)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  }

  const server: Server = createServer((request, response) => {
    const requestUrl = new URL(request.url ?? '/', url);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (requestUrl.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer: url,
        authorization_endpoint: `${url}/authorize`,
        token_endpoint: `${url}/token`,
        jwks_uri: `${url}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (requestUrl.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (requestUrl.pathname === '/authorize') {
      const q = requestUrl.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (
        q.get('client_id') !== CLIENT_ID ||
        redirectUri !== REDIRECT_URL ||
        q.get('response_type') !== 'code'
      ) {
        return json(400, { error: 'invalid_request' });
      }
      if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge') || !q.get('nonce')) {
        return json(400, { error: 'invalid_request', error_description: 'PKCE and nonce are required' });
      }
      const back = new URL(redirectUri);
      const person = issuer.person;
      if ('error' in person) {
        back.searchParams.set('error', person.error);
      } else {
        const code = randomBytes(16).toString('base64url');
        codes.set(code, { challenge: q.get('code_challenge')!, nonce: q.get('nonce')!, redirectUri, person });
        back.searchParams.set('code', code);
      }
      if (q.get('state')) back.searchParams.set('state', q.get('state')!);
      response.writeHead(302, { location: back.href }).end();
      return;
    }
    if (requestUrl.pathname === '/token' && request.method === 'POST') {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      request.on('end', () => {
        void (async () => {
          const form = new URLSearchParams(raw);
          let id = form.get('client_id');
          let secret = form.get('client_secret');
          const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
          if (basic) {
            const [user, pass] = Buffer.from(basic, 'base64').toString('utf8').split(':');
            id = decodeURIComponent(user ?? '');
            secret = decodeURIComponent(pass ?? '');
          }
          if (id !== CLIENT_ID || secret !== CLIENT_SECRET) return json(401, { error: 'invalid_client' });
          const grant = codes.get(form.get('code') ?? '');
          codes.delete(form.get('code') ?? '');
          const verifier = form.get('code_verifier') ?? '';
          if (
            !grant ||
            form.get('grant_type') !== 'authorization_code' ||
            form.get('redirect_uri') !== grant.redirectUri ||
            createHash('sha256').update(verifier).digest('base64url') !== grant.challenge
          ) {
            return json(400, { error: 'invalid_grant' });
          }
          issuer.exchanged += 1;
          const { sub, ...claims } = grant.person;
          return json(200, {
            access_token: randomBytes(16).toString('base64url'),
            token_type: 'Bearer',
            expires_in: 300,
            id_token: await idToken(
              issuer.forge ? foreign.privateKey : privateKey,
              { ...claims, nonce: grant.nonce },
              sub,
            ),
          });
        })();
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer.url = url;
  issuer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return issuer;
}

type App = Awaited<ReturnType<typeof createPortal>>;

function setCookies(headers: Record<string, unknown>): string[] {
  const header = headers['set-cookie'];
  if (header === undefined) return [];
  return Array.isArray(header) ? header.map(String) : [String(header)];
}

function cookieValue(lines: string[], name: string): string | undefined {
  const line = lines.find((c) => c.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

let issuer: TestIssuer;
let database: Database;
let cleanUp: () => Promise<void>;
let app: App;

beforeAll(async () => {
  issuer = await startIssuer();
  ({ database, cleanUp } = await openTestDatabase());
  const oidc = oidcSettingsFromEnv({
    KINMAP_OIDC_ISSUER: issuer.url,
    KINMAP_OIDC_CLIENT_ID: CLIENT_ID,
    KINMAP_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    KINMAP_OIDC_REDIRECT_URL: REDIRECT_URL,
    KINMAP_OIDC_AGENCIES: LEAD_AGENCY,
  });
  app = await createPortal({ database, ...(oidc ? { oidc } : {}) });
  await seedDemo(database);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await cleanUp?.();
  await issuer?.close();
});

/** Starts signing in at the portal and lets the identity provider answer; returns the callback to call. */
async function goToIdentityProvider(): Promise<{ callback: string; transactionCookie: string }> {
  const start = await app.inject({ method: 'GET', url: '/api/session/oidc/start' });
  expect(start.statusCode).toBe(302);
  const location = String(start.headers['location']);
  expect(location.startsWith(`${issuer.url}/authorize?`)).toBe(true);
  const transactionCookie = cookieValue(setCookies(start.headers), 'kinmap_oidc');
  expect(transactionCookie).toBeTruthy();
  const atProvider = await fetch(location, { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  const back = new URL(atProvider.headers.get('location')!);
  expect(back.origin + back.pathname).toBe(REDIRECT_URL);
  return { callback: back.pathname + back.search, transactionCookie: transactionCookie! };
}

async function refusedRows(): Promise<Array<{ detail: Record<string, unknown> }>> {
  return database.query<{ detail: Record<string, unknown> }>(
    `SELECT detail FROM audit_log WHERE action = 'session.sign_in_refused' AND detail->>'provider' = 'oidc'
     ORDER BY id`,
  );
}

describe('signing in with an OpenID Connect identity provider', () => {
  it('signs a person in by their verified email: same session cookie, redirect to the demo, maps readable', async () => {
    issuer.person = { sub: 'entra-object-id-1', email: EMAIL.lead.toUpperCase(), email_verified: true };
    const { callback, transactionCookie } = await goToIdentityProvider();
    const done = await app.inject({
      method: 'GET',
      url: callback,
      headers: { cookie: `kinmap_oidc=${transactionCookie}` },
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers['location']).toBe('/');
    const cookies = setCookies(done.headers);
    const session = cookieValue(cookies, SESSION_COOKIE);
    expect(session).toBeTruthy();
    const sessionLine = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(sessionLine).toMatch(/HttpOnly/i);
    expect(sessionLine).toMatch(/SameSite=Strict/i);
    // The transaction cookie is cleared: it cannot be used twice.
    expect(cookies.some((c) => /^kinmap_oidc=;/.test(c))).toBe(true);

    const me = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${session}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(EMAIL.lead);
    const maps = await app.inject({
      method: 'GET',
      url: '/api/maps',
      headers: { cookie: `${SESSION_COOKIE}=${session}` },
    });
    expect(maps.statusCode).toBe(200);
    expect(JSON.stringify(maps.json())).toContain('Jones');

    const rows = await database.query<{ user_id: string; detail: Record<string, unknown> }>(
      `SELECT user_id, detail FROM audit_log WHERE action = 'session.sign_in' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]?.user_id).toBe('user:sam-lead');
    expect(rows[0]?.detail).toMatchObject({
      provider: 'oidc',
      issuer: issuer.url,
      subject: 'entra-object-id-1',
    });
  });

  it('refuses a callback whose state does not match the one it started with, and makes no session', async () => {
    issuer.person = { sub: 'entra-object-id-1', email: EMAIL.lead, email_verified: true };
    const exchangedBefore = issuer.exchanged;
    const { callback, transactionCookie } = await goToIdentityProvider();
    const tampered = new URL(callback, 'http://127.0.0.1');
    tampered.searchParams.set('state', 'someone-elses-state');
    const reply = await app.inject({
      method: 'GET',
      url: tampered.pathname + tampered.search,
      headers: { cookie: `kinmap_oidc=${transactionCookie}` },
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error).toMatch(/start signing in again/);
    expect(cookieValue(setCookies(reply.headers), SESSION_COOKIE)).toBeUndefined();
    // The code was never exchanged.
    expect(issuer.exchanged).toBe(exchangedBefore);

    // Without the transaction cookie at all (started in another browser): also refused.
    const noCookie = await app.inject({ method: 'GET', url: callback });
    expect(noCookie.statusCode).toBe(400);
    expect((await refusedRows()).at(-1)?.detail).toMatchObject({ reason: 'bad_state' });
  });

  it('refuses an email address with no portal account, with no session', async () => {
    issuer.person = { sub: 'stranger', email: 'someone.else@council.example', email_verified: true };
    const { callback, transactionCookie } = await goToIdentityProvider();
    const reply = await app.inject({
      method: 'GET',
      url: callback,
      headers: { cookie: `kinmap_oidc=${transactionCookie}` },
    });
    expect(reply.statusCode).toBe(403);
    expect(reply.json()).toMatchObject({ reason: 'unknown_user' });
    expect(cookieValue(setCookies(reply.headers), SESSION_COOKIE)).toBeUndefined();
    expect((await refusedRows()).at(-1)?.detail).toMatchObject({
      reason: 'unknown_user',
      email: 'someone.else@council.example',
    });
    const sessions = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    expect(sessions[0]?.n).toBe(1); // only the one from the happy path
  });

  it('refuses a portal user of an agency that does not sign in through this identity provider', async () => {
    issuer.person = { sub: 'gp-person', email: EMAIL.gp, email_verified: true };
    const { callback, transactionCookie } = await goToIdentityProvider();
    const reply = await app.inject({
      method: 'GET',
      url: callback,
      headers: { cookie: `kinmap_oidc=${transactionCookie}` },
    });
    expect(reply.statusCode).toBe(403);
    expect(cookieValue(setCookies(reply.headers), SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses an email address the identity provider has not verified', async () => {
    issuer.person = { sub: 'entra-object-id-1', email: EMAIL.lead, email_verified: false };
    const { callback, transactionCookie } = await goToIdentityProvider();
    const reply = await app.inject({
      method: 'GET',
      url: callback,
      headers: { cookie: `kinmap_oidc=${transactionCookie}` },
    });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ reason: 'email_not_verified' });
    expect(cookieValue(setCookies(reply.headers), SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses when the identity provider answers with an error, and records it', async () => {
    issuer.person = { error: 'access_denied' };
    const { callback, transactionCookie } = await goToIdentityProvider();
    const reply = await app.inject({
      method: 'GET',
      url: callback,
      headers: { cookie: `kinmap_oidc=${transactionCookie}` },
    });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ reason: 'provider_error' });
    expect((await refusedRows()).at(-1)?.detail).toMatchObject({
      reason: 'provider_error',
      error: 'access_denied',
    });
  });
});

describe('the ID token', () => {
  it('is refused when it is not signed with a key the identity provider publishes', async () => {
    issuer.person = { sub: 'entra-object-id-1', email: EMAIL.lead, email_verified: true };
    issuer.forge = true;
    try {
      const { callback, transactionCookie } = await goToIdentityProvider();
      const reply = await app.inject({
        method: 'GET',
        url: callback,
        headers: { cookie: `kinmap_oidc=${transactionCookie}` },
      });
      expect(reply.statusCode).toBe(401);
      expect(reply.json()).toMatchObject({ reason: 'bad_response' });
      expect(cookieValue(setCookies(reply.headers), SESSION_COOKIE)).toBeUndefined();
    } finally {
      issuer.forge = false;
    }
  });
});

describe('an identity provider that cannot be reached', () => {
  it('start answers 502 with a plain message, and the portal keeps running', async () => {
    const down = await createPortal({
      database,
      oidc: {
        issuer: 'http://127.0.0.1:1',
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        redirectUrl: REDIRECT_URL,
        agencyIds: [LEAD_AGENCY],
      },
    });
    try {
      const reply = await down.inject({ method: 'GET', url: '/api/session/oidc/start' });
      expect(reply.statusCode).toBe(502);
      expect(reply.json().error).toMatch(/could not be reached/);
      expect((await down.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    } finally {
      await down.close();
    }
  });
});

describe('without OpenID Connect settings', () => {
  let plain: TestPortal;
  beforeAll(async () => {
    plain = await startTestPortal();
  }, 60_000);
  afterAll(async () => {
    await plain?.close();
  });

  it('the OpenID Connect routes are not there (404), and password sign-in still works', async () => {
    expect((await plain.anonymous.get('/api/session/oidc/start')).status).toBe(404);
    expect((await plain.anonymous.get('/api/session/oidc/callback?code=x&state=y')).status).toBe(404);
    const client = await plain.signIn(EMAIL.lead);
    expect((await client.get('/api/maps')).status).toBe(200);
  });

  it('settings: none without an issuer; a missing one is named', () => {
    expect(oidcSettingsFromEnv({})).toBeUndefined();
    expect(() => oidcSettingsFromEnv({ KINMAP_OIDC_ISSUER: 'https://login.example/v2.0' })).toThrow(
      /KINMAP_OIDC_CLIENT_ID is missing/,
    );
    expect(() =>
      oidcSettingsFromEnv({
        KINMAP_OIDC_ISSUER: 'http://idp.example',
        KINMAP_OIDC_CLIENT_ID: 'a',
        KINMAP_OIDC_CLIENT_SECRET: 'b',
        KINMAP_OIDC_REDIRECT_URL: 'https://portal.example/api/session/oidc/callback',
        KINMAP_OIDC_AGENCIES: 'x',
      }),
    ).toThrow(/KINMAP_OIDC_ISSUER must be an https:\/\/ address/);
  });
});
