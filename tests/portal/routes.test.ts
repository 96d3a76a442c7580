import type { Family } from '@kinmap/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAP_ID } from '@kinmap/portal';
import { EMAIL, newPerson, startTestPortal, type Client, type TestPortal } from './support/portal.ts';

let portal: TestPortal;
let lead: Client;
let gp: Client;
let school: Client;

beforeAll(async () => {
  portal = await startTestPortal();
  lead = await portal.signIn(EMAIL.lead);
  gp = await portal.signIn(EMAIL.gp);
  school = await portal.signIn(EMAIL.school);
});
afterAll(async () => {
  await portal?.close();
});

/** A new map led by children's social care, with the school invited. */
async function newMap(title = 'Smith family'): Promise<{ id: string; version: number; family: Family }> {
  const created = await lead.post('/api/maps', { title });
  expect(created.status).toBe(201);
  const invited = await lead.post(`/api/maps/${created.body.id}/invitations`, {
    agencyId: 'agency:hillside-school',
  });
  expect(invited.status).toBe(201);
  return created.body;
}

describe('sign in and out', () => {
  it('signs in with the right password and tells who is signed in', async () => {
    const me = await lead.get('/api/session');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({
      email: EMAIL.lead,
      agencyId: 'agency:calderbridge-childrens',
      agencyCanLead: true,
    });
    expect(me.body.csrfToken).toBe(lead.csrfToken);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const reply = await portal.anonymous.post('/api/session', { email: EMAIL.lead, password: 'nope' });
    expect(reply.status).toBe(401);
    const unknown = await portal.anonymous.post('/api/session', {
      email: 'nobody@x.example',
      password: 'nope',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe(reply.body.error);
  });

  it('names the missing field when the sign-in form is incomplete', async () => {
    const reply = await portal.anonymous.post('/api/session', { email: EMAIL.lead });
    expect(reply.status).toBe(400);
    expect(reply.body.issues).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('signs out: the session no longer works', async () => {
    const me = await portal.signIn(EMAIL.leadColleague);
    expect((await me.delete('/api/session')).status).toBe(204);
    expect((await me.get('/api/session')).status).toBe(401);
    expect((await me.get('/api/maps')).status).toBe(401);
  });
});

describe('maps', () => {
  it('lists the maps my agency leads or is invited to, with my role', async () => {
    const map = await newMap('Listed family');
    const leadList = await lead.get('/api/maps');
    expect(leadList.status).toBe(200);
    expect(leadList.body.maps).toContainEqual(expect.objectContaining({ id: map.id, role: 'lead' }));
    const schoolList = await school.get('/api/maps');
    expect(schoolList.body.maps).toContainEqual(expect.objectContaining({ id: map.id, role: 'partner' }));
    const gpList = await gp.get('/api/maps');
    expect(gpList.body.maps.map((m: { id: string }) => m.id)).toEqual([DEMO_MAP_ID]);
  });

  it('creates an empty map from a title, at version 1', async () => {
    const reply = await lead.post('/api/maps', { title: 'Khan family' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ title: 'Khan family', version: 1, role: 'lead' });
    const read = await lead.get(`/api/maps/${reply.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.family.title).toBe('Khan family');
    expect(read.body.family.people).toEqual([]);
  });

  it('creates a map from a family document checked by the model', async () => {
    const family = {
      formatVersion: 3,
      id: 'family:brown',
      title: 'Brown family',
      people: [newPerson('person:amy', 'Amy')],
      subjects: ['person:amy'],
    };
    const reply = await lead.post('/api/maps', { family });
    expect(reply.status).toBe(201);
    expect(reply.body.family.people[0].names.given).toBe('Amy');
  });

  it('refuses a malformed family document, naming the field', async () => {
    const reply = await lead.post('/api/maps', {
      family: { formatVersion: 3, id: 'family:x', title: 'X', people: [{ id: 'person:a', sex: 'maybe' }] },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.issues.map((i: { path: string }) => i.path)).toContain('family.people[0].sex');
  });

  it('refuses a map with neither title nor family, and unknown fields', async () => {
    expect((await lead.post('/api/maps', {})).body.issues[0].path).toBe('title');
    const extra = await lead.post('/api/maps', { title: 'X', owner: 'me' });
    expect(extra.status).toBe(400);
    expect(extra.body.error).toMatch(/owner/);
  });

  it('refuses a body that is not JSON', async () => {
    const text = await lead.request('POST', '/api/maps', '{"title": "X"', {});
    expect(text.status).toBe(400);
    const plain = await lead.request('POST', '/api/maps', 'title=X', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
  });

  it('invites an agency once, and names an unknown agency', async () => {
    const map = await newMap();
    const again = await lead.post(`/api/maps/${map.id}/invitations`, { agencyId: 'agency:hillside-school' });
    expect(again.status).toBe(200);
    expect(again.body.alreadyInvited).toBe(true);
    const unknown = await lead.post(`/api/maps/${map.id}/invitations`, { agencyId: 'agency:nowhere' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0].path).toBe('agencyId');
    const self = await lead.post(`/api/maps/${map.id}/invitations`, {
      agencyId: 'agency:calderbridge-childrens',
    });
    expect(self.status).toBe(400);
    const read = await lead.get(`/api/maps/${map.id}`);
    expect(read.body.invitedAgencies.map((a: { id: string }) => a.id)).toEqual(['agency:hillside-school']);
  });

  it("shows a partner the map only through the model's partner-agency view", async () => {
    const created = await lead.post('/api/maps', {
      family: {
        formatVersion: 1,
        id: 'family:view',
        title: 'View family',
        people: [newPerson('person:kai', 'Kai', { names: { given: 'Kai', family: 'Reid' } })],
        subjects: ['person:kai'],
      },
    });
    const map = created.body;
    await lead.post(`/api/maps/${map.id}/invitations`, { agencyId: 'agency:hillside-school' });
    const read = await school.get(`/api/maps/${map.id}`);
    expect(read.status).toBe(200);
    expect(read.body.profile).toBe('partner_agency');
    expect(read.body.role).toBe('partner');
    // The lead's list of invited agencies is not for partners.
    expect(read.body.invitedAgencies).toBeUndefined();
    // The model's redaction replaces ids (an id such as person:kai says too much).
    expect(read.body.family.people.map((p: { id: string }) => p.id)).toEqual(['person:1']);
    expect(read.text).not.toContain('person:kai');
    expect(read.body.family.people[0].names.given).toBe('Kai');
    const exported = await school.get(`/api/maps/${map.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain('person:kai');
  });

  it("a partner's change uses its view's ids; the lead sees the map's, the partner its own", async () => {
    const created = await lead.post('/api/maps', {
      family: {
        formatVersion: 1,
        id: 'family:ids',
        title: 'Ids family',
        people: [newPerson('person:ada', 'Ada'), newPerson('person:bo', 'Bo')],
        subjects: ['person:bo'],
      },
    });
    const mapId = created.body.id;
    await lead.post(`/api/maps/${mapId}/invitations`, { agencyId: 'agency:hillside-school' });
    const bo = (await school.get(`/api/maps/${mapId}`)).body.family.people[1];
    expect(bo.id).toBe('person:2');
    const sent = await school.post(`/api/maps/${mapId}/contributions`, {
      change: {
        people: { updated: [{ before: bo, after: { ...bo, names: { ...bo.names, knownAs: 'Bobby' } } }] },
      },
      source: 'family_told_us',
      baseVersion: 1,
    });
    expect(sent.status).toBe(201);
    expect(sent.body.change.people.updated[0].after.id).toBe('person:2');
    expect(sent.text).not.toContain('person:bo');
    const forLead = await lead.get(`/api/maps/${mapId}/contributions/${sent.body.id}`);
    expect(forLead.body.change.people.updated[0].after.id).toBe('person:bo');
    const accepted = await lead.post(`/api/maps/${mapId}/contributions/${sent.body.id}/decision`, {
      decision: 'accept',
    });
    expect(accepted.status).toBe(200);
    const after = await lead.get(`/api/maps/${mapId}`);
    expect(after.body.family.people.map((p: { names: { knownAs?: string } }) => p.names.knownAs)).toEqual([
      undefined,
      'Bobby',
    ]);
    // An id the partner cannot see reaches nothing.
    const guess = await school.post(`/api/maps/${mapId}/contributions`, {
      change: { people: { updated: [{ before: { id: 'person:9' }, after: newPerson('person:9', 'X') }] } },
      source: 'our_records',
      baseVersion: 2,
    });
    expect(guess.status).toBe(422);
  });

  it('exports the map as a Kinmap document for the lead', async () => {
    const map = await newMap('Export family');
    const reply = await lead.get(`/api/maps/${map.id}/export`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toMatch(/attachment/);
    expect(JSON.parse(reply.text).title).toBe('Export family');
  });

  it('says a missing map is not there', async () => {
    expect((await lead.get('/api/maps/map:missing')).status).toBe(404);
  });
});

describe('contributions', () => {
  it('a partner contributes a person; the lead accepts it and the map moves to version 2', async () => {
    const map = await newMap();
    const contribution = await school.post(`/api/maps/${map.id}/contributions`, {
      change: {
        people: {
          added: [{ at: 0, value: newPerson('person:mia', 'Mia', { birth: { date: '2016-09-01' } }) }],
        },
      },
      source: 'our_records',
      note: 'From the admissions form',
      baseVersion: map.version,
    });
    expect(contribution.status).toBe(201);
    expect(contribution.body).toMatchObject({
      status: 'pending',
      source: 'our_records',
      agency: { id: 'agency:hillside-school' },
      practitioner: { name: 'Mr Tom Evans' },
      baseVersion: 1,
    });
    const beforeAccept = await lead.get(`/api/maps/${map.id}`);
    expect(beforeAccept.body.family.people).toEqual([]);

    const preview = await lead.get(`/api/maps/${map.id}/contributions/${contribution.body.id}`);
    expect(preview.body.preview).toEqual({ applies: true, conflicts: [] });

    const accepted = await lead.post(`/api/maps/${map.id}/contributions/${contribution.body.id}/decision`, {
      decision: 'accept',
      mapVersion: 1,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      appliedVersion: 2,
      decidedBy: 'user:sam-lead',
    });
    const after = await lead.get(`/api/maps/${map.id}`);
    expect(after.body.version).toBe(2);
    expect(after.body.family.people).toEqual([
      expect.objectContaining({
        id: 'person:mia',
        names: expect.objectContaining({ given: 'Mia' }),
        birth: expect.objectContaining({ date: '2016-09-01' }),
      }),
    ]);

    const again = await lead.post(`/api/maps/${map.id}/contributions/${contribution.body.id}/decision`, {
      decision: 'reject',
    });
    expect(again.status).toBe(409);
  });

  it('the lead rejects a contribution with a reason; the map is unchanged', async () => {
    const map = await newMap();
    const contribution = await school.post(`/api/maps/${map.id}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:x', 'X') }] } },
      source: 'family_told_us',
      baseVersion: 1,
    });
    const rejected = await lead.post(`/api/maps/${map.id}/contributions/${contribution.body.id}/decision`, {
      decision: 'reject',
      reason: 'Not this family',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Not this family' });
    const read = await lead.get(`/api/maps/${map.id}`);
    expect(read.body.version).toBe(1);
    expect(read.body.family.people).toEqual([]);
  });

  it('names the field of a malformed or hostile contribution', async () => {
    const map = await newMap();
    const url = `/api/maps/${map.id}/contributions`;
    const cases: [unknown, string][] = [
      [{ source: 'our_records', baseVersion: 1 }, 'change'],
      [{ change: {}, source: 'our_records', baseVersion: 1 }, 'change'],
      [
        {
          change: { people: { added: [{ at: 0, value: { id: 'person:a', sexAtBirth: 'maybe' } }] } },
          source: 'our_records',
          baseVersion: 1,
        },
        'change.people.added[0].value.sexAtBirth',
      ],
      [
        {
          change: { people: { added: [{ at: 0, value: { id: 'person:a', sex: 'maybe' } }] } },
          source: 'our_records',
          baseVersion: 1,
        },
        'change.people.added[0].value',
      ],
      [
        {
          change: {
            people: {
              updated: [
                { before: { id: 'person:a' }, after: { id: 'person:a', birth: { date: '2016-02-31' } } },
              ],
            },
          },
          source: 'our_records',
          baseVersion: 1,
        },
        'change.people.updated[0].after.birth.date',
      ],
      [
        {
          change: { people: { added: [{ at: 0, value: newPerson('person:a', 'A') }] } },
          source: 'rumour',
          baseVersion: 1,
        },
        'source',
      ],
      [
        {
          change: { people: { added: [{ at: -1, value: newPerson('person:a', 'A') }] } },
          source: 'our_records',
          baseVersion: 1,
        },
        'change.people.added[0].at',
      ],
      [
        {
          change: { people: { added: [{ at: 0, value: newPerson('person:a', 'A') }] } },
          source: 'our_records',
          baseVersion: 0,
        },
        'baseVersion',
      ],
      [
        {
          change: { people: { added: [{ at: 0, value: newPerson('person:a', 'A') }] } },
          source: 'our_records',
          baseVersion: 1,
          admin: true,
        },
        '',
      ],
      [{ change: { secrets: {} }, source: 'our_records', baseVersion: 1 }, 'change'],
      [
        {
          change: {
            people: { updated: [{ before: { id: 'person:a' }, after: newPerson('person:b', 'B') }] },
          },
          source: 'our_records',
          baseVersion: 1,
        },
        'change.people.updated[0].after.id',
      ],
      [
        {
          change: { document: { title: { after: 'x'.repeat(100_000) } } },
          source: 'our_records',
          baseVersion: 1,
        },
        'change.document.title.after',
      ],
      // The share history and the sources of accepted facts are the lead's record: no contribution
      // may rewrite them.
      [
        { change: { document: { shares: { after: [] } } }, source: 'our_records', baseVersion: 1 },
        'change.document',
      ],
      [
        { change: { document: { fieldSources: { after: [] } } }, source: 'our_records', baseVersion: 1 },
        'change.document',
      ],
    ];
    for (const [body, path] of cases) {
      const reply = await school.post(url, body);
      expect(reply.status, JSON.stringify(body).slice(0, 200)).toBe(400);
      expect(
        reply.body.issues.map((i: { path: string }) => i.path),
        JSON.stringify(reply.body).slice(0, 300),
      ).toContain(path);
    }
    // Built as text: 5,000 levels deep is more than JSON.stringify itself will walk.
    const deep = '{"a":'.repeat(5000) + '"x"' + '}'.repeat(5000);
    const nested = await school.post(
      url,
      `{"change":{"people":{"updated":[{"before":{"id":"person:a","deep":${deep}},"after":{"id":"person:a"}}]}},` +
        `"source":"our_records","baseVersion":1}`,
    );
    expect(nested.status).toBe(400);
    expect(nested.body.error).toMatch(/nested too deeply/);
    const tooNew = await school.post(url, {
      change: { people: { added: [{ at: 0, value: newPerson('person:a', 'A') }] } },
      source: 'our_records',
      baseVersion: 7,
    });
    expect(tooNew.status).toBe(400);
    expect(tooNew.body.issues[0].path).toBe('baseVersion');
    // Nothing was stored.
    expect((await lead.get(url)).body.contributions).toEqual([]);
  });

  it('refuses a change that does not fit the map it was based on (422, naming the field)', async () => {
    const map = await newMap();
    const reply = await school.post(`/api/maps/${map.id}/contributions`, {
      change: {
        people: { updated: [{ before: { id: 'person:ghost' }, after: newPerson('person:ghost', 'G') }] },
      },
      source: 'our_records',
      baseVersion: 1,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issues[0].path).toBe('change.people.updated[0]');
    const dangling = await school.post(`/api/maps/${map.id}/contributions`, {
      change: { document: { subjects: { before: [], after: ['person:nobody'] } } },
      source: 'our_records',
      baseVersion: 1,
    });
    expect(dangling.status).toBe(422);
    expect(dangling.body.issues[0].path).toMatch(/subjects/);
  });

  it('a partner lists only its own agency’s contributions; the lead lists all', async () => {
    const map = await newMap();
    await lead.post(`/api/maps/${map.id}/invitations`, { agencyId: 'agency:riverside-gp' });
    const add = (client: Client, id: string) =>
      client.post(`/api/maps/${map.id}/contributions`, {
        change: { people: { added: [{ at: 0, value: newPerson(id, 'P') }] } },
        source: 'our_records',
        baseVersion: 1,
      });
    const fromSchool = await add(school, 'person:s1');
    const fromGp = await add(gp, 'person:g1');
    expect(fromSchool.status).toBe(201);
    expect(fromGp.status).toBe(201);
    const schoolList = await school.get(`/api/maps/${map.id}/contributions`);
    expect(schoolList.body.contributions.map((c: { id: string }) => c.id)).toEqual([fromSchool.body.id]);
    const leadList = await lead.get(`/api/maps/${map.id}/contributions`);
    expect(leadList.body.contributions.map((c: { id: string }) => c.id).sort()).toEqual(
      [fromSchool.body.id, fromGp.body.id].sort(),
    );
    expect((await school.get(`/api/maps/${map.id}/contributions/${fromGp.body.id}`)).status).toBe(404);
    expect((await school.get(`/api/maps/${map.id}/contributions/${fromSchool.body.id}`)).status).toBe(200);
  });

  it('validates the decision', async () => {
    const map = await newMap();
    const c = await school.post(`/api/maps/${map.id}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:d', 'D') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    const url = `/api/maps/${map.id}/contributions/${c.body.id}/decision`;
    const bad = await lead.post(url, { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('decision');
    const stale = await lead.post(url, { decision: 'accept', mapVersion: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.mapVersion).toBe(1);
    expect(
      (
        await lead.post(`/api/maps/${map.id}/contributions/contribution:nope/decision`, {
          decision: 'accept',
        })
      ).status,
    ).toBe(404);
  });
});

describe('audit log', () => {
  it('records every read, contribution, decision and export, newest first, for the lead', async () => {
    const map = await newMap('Audited family');
    await lead.get(`/api/maps/${map.id}`);
    const c = await school.post(`/api/maps/${map.id}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:z', 'Z') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    await school.get(`/api/maps/${map.id}/contributions`);
    await lead.post(`/api/maps/${map.id}/contributions/${c.body.id}/decision`, { decision: 'accept' });
    await lead.get(`/api/maps/${map.id}/export`);
    const log = await lead.get(`/api/maps/${map.id}/audit`);
    expect(log.status).toBe(200);
    const actions = log.body.entries.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual([
      'map.create',
      'map.invite',
      'map.read',
      'contribution.create',
      'contribution.list',
      'contribution.accept',
      'map.export',
      'audit.read',
    ]);
    const contributed = log.body.entries.find((e: { action: string }) => e.action === 'contribution.create');
    expect(contributed).toMatchObject({
      user: { id: 'user:mr-evans', name: 'Mr Tom Evans' },
      agency: { id: 'agency:hillside-school' },
      profile: 'partner_agency',
      detail: { contributionId: c.body.id, source: 'our_records' },
    });
    const page = await lead.get(`/api/maps/${map.id}/audit?limit=2`);
    expect(page.body.entries).toHaveLength(2);
    const older = await lead.get(`/api/maps/${map.id}/audit?limit=2&before=${page.body.entries[1].id}`);
    expect(older.body.entries[0].id).toBeLessThan(page.body.entries[1].id);
    expect((await lead.get(`/api/maps/${map.id}/audit?limit=0`)).status).toBe(400);
  });
});
