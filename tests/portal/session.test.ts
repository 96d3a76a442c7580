/** Sign-in, session cookies and CSRF protection. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortal, CSRF_HEADER, SESSION_COOKIE, hashPassword, verifyPassword } from '@kinmap/portal';
import { EMAIL, sessionCookieOf, startTestPortal, type TestPortal } from './support/portal.ts';

let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(async () => {
  await portal?.close();
});

describe('passwords', () => {
  it('are stored as Argon2id hashes, salted, and checked', async () => {
    const one = await hashPassword('correct horse');
    const two = await hashPassword('correct horse');
    expect(one).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(one).not.toBe(two);
    expect(await verifyPassword(one, 'correct horse')).toBe(true);
    expect(await verifyPassword(one, 'Correct horse')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('the seeded users have Argon2id hashes, never the password itself', async () => {
    const rows = await portal.database.query<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('session cookie', () => {
  it('is httpOnly, Secure, SameSite=Strict, for the whole site, and only a hash of it is stored', async () => {
    const reply = await portal.anonymous.post('/api/session', { email: EMAIL.lead, password: 'kinmap-demo' });
    expect(reply.status).toBe(200);
    const header = String(reply.headers['set-cookie']);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/Secure/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\//);
    const token = sessionCookieOf(reply);
    const stored = await portal.database.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('email addresses are matched whatever their case', async () => {
    const reply = await portal.anonymous.post('/api/session', {
      email: EMAIL.lead.toUpperCase(),
      password: 'kinmap-demo',
    });
    expect(reply.status).toBe(200);
  });

  it('a made-up or expired cookie is not signed in', async () => {
    const fake = await portal.anonymous.request('GET', '/api/session', undefined, {
      cookie: `${SESSION_COOKIE}=made-up`,
    });
    expect(fake.status).toBe(401);
    const me = await portal.signIn(EMAIL.gp);
    await portal.database.query(`UPDATE sessions SET expires_at = now() - interval '1 minute'`);
    expect((await me.get('/api/maps')).status).toBe(401);
  });
});

describe('several server processes', () => {
  it('keep no session in memory: a session started on one works on another over the same database', async () => {
    const lead = await portal.signIn(EMAIL.lead);
    const second = await createPortal({ database: portal.database });
    try {
      const reply = await second.inject({
        method: 'POST',
        url: '/api/maps',
        headers: {
          cookie: `${SESSION_COOKIE}=${lead.cookie}`,
          [CSRF_HEADER]: lead.csrfToken!,
          'content-type': 'application/json',
        },
        payload: JSON.stringify({ title: 'Made on the second server' }),
      });
      expect(reply.statusCode).toBe(201);
      const maps = await lead.get('/api/maps');
      expect(maps.body.maps.map((m: { title: string }) => m.title)).toContain('Made on the second server');
    } finally {
      await second.close();
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a signed-in write without the CSRF token, or with another session’s token', async () => {
    const lead = await portal.signIn(EMAIL.lead);
    const gp = await portal.signIn(EMAIL.gp);
    const cookie = { cookie: `${SESSION_COOKIE}=${lead.cookie}` };
    const none = await portal.anonymous.request('POST', '/api/maps', { title: 'Forged' }, cookie);
    expect(none.status).toBe(403);
    expect(none.body.error).toContain(CSRF_HEADER);
    const wrong = await portal.anonymous.request(
      'POST',
      '/api/maps',
      { title: 'Forged' },
      { ...cookie, [CSRF_HEADER]: gp.csrfToken! },
    );
    expect(wrong.status).toBe(403);
    const signOut = await portal.anonymous.request('DELETE', '/api/session', undefined, cookie);
    expect(signOut.status).toBe(403);
    // Nothing was created, and the session still works.
    const maps = await lead.get('/api/maps');
    expect(maps.status).toBe(200);
    expect(maps.body.maps.map((m: { title: string }) => m.title)).not.toContain('Forged');
    const right = await lead.post('/api/maps', { title: 'Real' });
    expect(right.status).toBe(201);
  });

  it('reads need no token (they change nothing)', async () => {
    const lead = await portal.signIn(EMAIL.lead);
    const reply = await portal.anonymous.request('GET', '/api/maps', undefined, {
      cookie: `${SESSION_COOKIE}=${lead.cookie}`,
    });
    expect(reply.status).toBe(200);
  });
});
