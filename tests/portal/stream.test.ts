/**
 * Notifications across server processes: an agency connected to one server hears of a notification
 * written through another, through PostgreSQL LISTEN/NOTIFY (`/api/inbox/stream`, server-sent events).
 *
 * - Always: two portal servers (two Fastify instances, each with its own LISTEN) on one database, in
 *   this process. On PGlite that is the only way: PGlite is one process's embedded database.
 * - With DATABASE_URL: two separate server processes (`start.ts`) on one PostgreSQL schema.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortal, openDatabase } from '@kinmap/portal';
import { EMAIL, newPerson, startTestPortal, type Client, type TestPortal } from './support/portal.ts';
import { openInboxStream, type InboxStream } from './support/stream.ts';
import { httpSignIn, startServerProcess, type ServerProcess } from './support/processes.ts';

type App = Awaited<ReturnType<typeof createPortal>>;

async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** A map led by children's social care, with these agencies invited; returns its id. */
async function mapWith(lead: Client, agencies: string[]): Promise<string> {
  const created = await lead.post('/api/maps', { title: 'Stream family' });
  for (const agencyId of agencies) await lead.post(`/api/maps/${created.body.id}/invitations`, { agencyId });
  return created.body.id;
}

async function contribute(client: Client, mapId: string, given: string): Promise<void> {
  const reply = await client.post(`/api/maps/${mapId}/contributions`, {
    change: {
      people: { added: [{ at: 0, value: newPerson(`person:${randomBytes(4).toString('hex')}`, given) }] },
    },
    source: 'our_records',
    baseVersion: 1,
  });
  expect(reply.status).toBe(201);
}

const dataOf = (event: { data: string }) =>
  JSON.parse(event.data) as { kind: string; mapId: string; id: number };

describe('two portal servers on one database', () => {
  let portal: TestPortal;
  let appB: App;
  let baseA: string;
  let baseB: string;
  const streams: InboxStream[] = [];

  beforeAll(async () => {
    portal = await startTestPortal();
    baseA = await listen(portal.app);
    appB = await createPortal({ database: portal.database });
    baseB = await listen(appB);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await appB?.close();
    await portal?.close();
  });

  it('an agency streaming from server B hears of an outcome recorded through server A', async () => {
    const lead = await portal.signIn(EMAIL.lead);
    const gp = await portal.signIn(EMAIL.gp);
    const school = await portal.signIn(EMAIL.school);
    const mapId = await mapWith(lead, ['agency:riverside-gp', 'agency:hillside-school']);
    await contribute(gp, mapId, 'Ann');

    const gpStream = await openInboxStream(baseB, gp.cookie!);
    const schoolStream = await openInboxStream(baseA, school.cookie!);
    streams.push(gpStream, schoolStream);
    expect(gpStream.status).toBe(200);

    // Recorded through server A (inject: no port, same process as A's listener).
    const outcome = await lead.post(`/api/maps/${mapId}/outcomes`, {
      kind: 'assessment',
      summary: 'No further action.',
    });
    expect(outcome.status).toBe(201);
    const heard = await gpStream.next((e) => e.event === 'notification' && dataOf(e).mapId === mapId);
    expect(dataOf(heard)).toMatchObject({ kind: 'outcome_recorded', mapId });
    expect(heard.id).toBe(String(dataOf(heard).id));

    // The school did not contribute: it hears of the meeting it is invited to next, never of the outcome.
    await lead.post(`/api/maps/${mapId}/meetings`, {
      title: 'Review',
      startsAt: '2099-01-01T10:00:00Z',
      agencyIds: ['agency:hillside-school'],
    });
    await schoolStream.next((e) => dataOf(e).kind === 'meeting_invitation' && dataOf(e).mapId === mapId);
    expect(schoolStream.events.map((e) => dataOf(e).kind)).not.toContain('outcome_recorded');
    expect(gpStream.events.filter((e) => dataOf(e).mapId === mapId)).toHaveLength(1);
  });

  it('a stream opened again with Last-Event-ID gets what it missed, once', async () => {
    const lead = await portal.signIn(EMAIL.lead);
    const gp = await portal.signIn(EMAIL.gp);
    const mapId = await mapWith(lead, ['agency:riverside-gp']);
    await contribute(gp, mapId, 'Bo');
    const first = await openInboxStream(baseA, gp.cookie!);
    streams.push(first);
    await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'assessment', summary: 'First.' });
    const seen = await first.next((e) => dataOf(e).mapId === mapId);
    first.close();
    await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'assessment', summary: 'Second.' });
    await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'assessment', summary: 'Third.' });
    const again = await openInboxStream(baseB, gp.cookie!, { 'last-event-id': seen.id! });
    streams.push(again);
    await again.next((e) => JSON.parse(e.data).body.includes('Third.'));
    const bodies = again.events.filter((e) => dataOf(e).mapId === mapId).map((e) => JSON.parse(e.data).body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain('Second.');
  });

  it('a stream never carries another agency’s notifications, and ends when its session does', async () => {
    const lead = await portal.signIn(EMAIL.lead);
    const gp = await portal.signIn(EMAIL.gp);
    const police = await portal.signIn(EMAIL.police);
    const mapId = await mapWith(lead, ['agency:riverside-gp']);
    await contribute(gp, mapId, 'Cy');
    const policeStream = await openInboxStream(baseB, police.cookie!, {}, '?after=0');
    const gpStream = await openInboxStream(baseB, gp.cookie!);
    streams.push(policeStream, gpStream);
    await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'assessment', summary: 'Police never hear.' });
    await gpStream.next((e) => dataOf(e).mapId === mapId);
    expect(policeStream.events.some((e) => dataOf(e).mapId === mapId)).toBe(false);

    expect((await gp.delete('/api/session')).status).toBe(204);
    // The next notification for the GP finds the session gone: the stream ends, nothing is sent.
    await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'assessment', summary: 'After sign-out.' });
    await expect(
      gpStream.next((e) => JSON.parse(e.data).body.includes('After sign-out.'), 20_000),
    ).rejects.toThrow(/ended/);
  });
});

describe.skipIf(!process.env['DATABASE_URL'])('two server processes on one PostgreSQL database', () => {
  const url = process.env['DATABASE_URL']!;
  const schema = `portal_test_${randomBytes(6).toString('hex')}`;
  let a: ServerProcess;
  let b: ServerProcess;
  const streams: InboxStream[] = [];

  beforeAll(async () => {
    const env = { DATABASE_URL: url, KINMAP_DB_SCHEMA: schema, KINMAP_SEED_DEMO: '1' };
    // Both start at once: the migration lock lets each migration run once.
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await Promise.all([a?.stop(), b?.stop()]);
    const database = await openDatabase({ url });
    await database.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await database.close();
  });

  it('a GP streaming from process B hears of the outcome recorded on process A', async () => {
    expect(a.child.pid).not.toBe(b.child.pid);
    const lead = await httpSignIn(a.base, EMAIL.lead);
    const gpOnB = await httpSignIn(b.base, EMAIL.gp);
    const created = await lead.post('/api/maps', { title: 'Two processes' });
    const mapId = created.body.id as string;
    await lead.post(`/api/maps/${mapId}/invitations`, { agencyId: 'agency:riverside-gp' });
    const sent = await gpOnB.post(`/api/maps/${mapId}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:two-proc', 'Dee') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    expect(sent.status).toBe(201);
    const stream = await openInboxStream(b.base, gpOnB.cookie);
    streams.push(stream);
    const accepted = await lead.post(`/api/maps/${mapId}/contributions/${sent.body.id}/decision`, {
      decision: 'accept',
    });
    expect(accepted.status).toBe(200);
    const outcome = await lead.post(`/api/maps/${mapId}/outcomes`, {
      kind: 'assessment',
      summary: 'Heard across processes.',
    });
    expect(outcome.status).toBe(201);
    await stream.next((e) => dataOf(e).kind === 'outcome_recorded' && dataOf(e).mapId === mapId);
    expect(stream.events.map((e) => dataOf(e).kind)).toEqual(['contribution_accepted', 'outcome_recorded']);
  });
});
