/**
 * Kept map versions (issue 15, "Concurrency"): a partner's change based on an older version is matched
 * through the ids of the view it saw, then merged as usual: pending, or a conflict with the values side
 * by side. Never sent back, never dropped; and never reaching anyone the partner could not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '@kinmap/model';
import { migrate, MIGRATIONS } from '@kinmap/portal';
import {
  EMAIL,
  newPerson,
  openTestDatabase,
  startTestPortal,
  type Client,
  type TestPortal,
} from './support/portal.ts';

let portal: TestPortal;
let lead: Client;
let school: Client;
let gp: Client;

beforeAll(async () => {
  portal = await startTestPortal();
  lead = await portal.signIn(EMAIL.lead);
  school = await portal.signIn(EMAIL.school);
  gp = await portal.signIn(EMAIL.gp);
});
afterAll(async () => {
  await portal?.close();
});

/** A map with Amy and then Leo (born 2017-03-14), with the school and the GP invited. */
async function mapWithAmyAndLeo(): Promise<{ id: string; amy: Person; leo: Person }> {
  const family = {
    formatVersion: 3,
    id: 'family:amy-leo',
    title: 'Amy and Leo',
    people: [
      newPerson('person:amy', 'Amy', { names: { given: 'Amy', family: 'Jones' } }),
      newPerson('person:leo', 'Leo', {
        names: { given: 'Leo', family: 'Jones' },
        birth: { date: '2017-03-14' },
      }),
    ],
    subjects: ['person:leo'],
  };
  const created = await lead.post('/api/maps', { family });
  expect(created.status).toBe(201);
  for (const agencyId of ['agency:hillside-school', 'agency:riverside-gp']) {
    expect((await lead.post(`/api/maps/${created.body.id}/invitations`, { agencyId })).status).toBe(201);
  }
  const [amy, leo] = created.body.family.people as Person[];
  return { id: created.body.id, amy: amy!, leo: leo! };
}

/** The people of the map as a partner sees them now, and the version it sees. */
async function seenBy(client: Client, mapId: string): Promise<{ version: number; people: Person[] }> {
  const read = await client.get(`/api/maps/${mapId}`);
  expect(read.status).toBe(200);
  expect(read.body.profile).toBe('partner_agency');
  return { version: read.body.version, people: read.body.family.people };
}

function update(before: Person, patch: Record<string, unknown>) {
  return { people: { updated: [{ before, after: { ...before, ...patch } }] } };
}

async function accept(mapId: string, contributionId: string): Promise<void> {
  const reply = await lead.post(`/api/maps/${mapId}/contributions/${contributionId}/decision`, {
    decision: 'accept',
  });
  expect(reply.status).toBe(200);
}

describe("a partner's change based on an older version", () => {
  it('two partners load the same version; the second change to the same person (another field) is matched and both are in the map', async () => {
    const { id } = await mapWithAmyAndLeo();
    const bySchool = await seenBy(school, id);
    const byGp = await seenBy(gp, id);
    expect(bySchool.version).toBe(1);
    expect(byGp.version).toBe(1);
    const schoolLeo = bySchool.people[1]!;
    const gpLeo = byGp.people[1]!;

    const first = await school.post(`/api/maps/${id}/contributions`, {
      change: update(schoolLeo, { names: { ...schoolLeo.names, family: 'Jones-Smith' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(first.status).toBe(201);
    await accept(id, first.body.id);
    expect((await lead.get(`/api/maps/${id}`)).body.version).toBe(2);

    // The GP still works from version 1.
    const second = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, { birth: { ...gpLeo.birth, date: '2017-03-15' } }),
      source: 'family_told_us',
      baseVersion: 1,
    });
    expect(second.status).toBe(201);
    expect(second.body.status).toBe('pending');
    // The GP sees its change as it sent it, in its own view's ids.
    expect(second.body.change.people.updated[0].before.id).toBe(gpLeo.id);
    expect(second.text).not.toContain('person:leo');
    // The lead sees it matched to Leo.
    const forLead = await lead.get(`/api/maps/${id}/contributions/${second.body.id}`);
    expect(forLead.body.change.people.updated[0].before.id).toBe('person:leo');
    expect(forLead.body.preview).toEqual({ applies: true, conflicts: [] });

    await accept(id, second.body.id);
    const map = (await lead.get(`/api/maps/${id}`)).body;
    expect(map.version).toBe(3);
    const leo = map.family.people.find((p: Person) => p.id === 'person:leo');
    expect(leo.names.family).toBe('Jones-Smith');
    expect(leo.birth.date).toBe('2017-03-15');
    expect(map.family.people.find((p: Person) => p.id === 'person:amy').names.family).toBe('Jones');
  });

  it('the same field changed by both becomes a conflict on arrival with both values, not dropped', async () => {
    const { id } = await mapWithAmyAndLeo();
    const schoolLeo = (await seenBy(school, id)).people[1]!;
    const gpLeo = (await seenBy(gp, id)).people[1]!;
    const first = await school.post(`/api/maps/${id}/contributions`, {
      change: update(schoolLeo, { birth: { date: '2017-04-03' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    await accept(id, first.body.id);

    const late = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, { birth: { date: '2017-03-15' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(late.status).toBe(201);
    expect(late.body.status).toBe('conflict');
    // The GP is told where, not the map's value.
    expect(late.body.conflicts).toEqual([
      { path: 'people.updated[0].birth.date', message: expect.any(String) },
    ]);
    expect(late.text).not.toContain('2017-04-03');
    // The lead sees the values side by side.
    const forLead = await lead.get(`/api/maps/${id}/contributions/${late.body.id}`);
    expect(forLead.body.status).toBe('conflict');
    expect(forLead.body.conflicts).toEqual([
      expect.objectContaining({
        path: 'people.updated[0].birth.date',
        mapValue: '2017-04-03',
        contributorSaw: '2017-03-14',
        proposedValue: '2017-03-15',
      }),
    ]);
    const list = await lead.get(`/api/maps/${id}/contributions`);
    expect(list.body.contributions.map((c: { id: string }) => c.id)).toContain(late.body.id);
    expect((await lead.get(`/api/maps/${id}`)).body.family.people[1].birth.date).toBe('2017-04-03');
  });

  it("is matched through that version's ids when the ids have moved on since", async () => {
    const { id, amy } = await mapWithAmyAndLeo();
    const gpLeo = (await seenBy(gp, id)).people[1]!;
    // Amy is removed: in the next version, the partner's view numbers Leo differently.
    const removed = await lead.post(`/api/maps/${id}/contributions`, {
      change: { people: { removed: [{ at: 0, value: amy }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    await accept(id, removed.body.id);
    const now = await seenBy(gp, id);
    expect(now.version).toBe(2);
    expect(now.people.map((p) => p.id)).not.toContain(gpLeo.id);

    const late = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, { names: { ...gpLeo.names, knownAs: 'Lenny' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(late.status).toBe(201);
    expect(late.body.status).toBe('pending');
    await accept(id, late.body.id);
    const people = (await lead.get(`/api/maps/${id}`)).body.family.people as Person[];
    expect(people.map((p) => [p.id, p.names.knownAs])).toEqual([['person:leo', 'Lenny']]);
  });

  it('never reaches someone the partner could not see in the version it was based on', async () => {
    const { id, leo } = await mapWithAmyAndLeo();
    const added = await lead.post(`/api/maps/${id}/contributions`, {
      change: { people: { added: [{ at: 2, value: newPerson('person:mia', 'Mia') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    await accept(id, added.body.id);
    const now = await seenBy(gp, id);
    const mia = now.people.find((p) => p.names.given === 'Mia')!;
    expect(mia.id).toBe('person:3');
    // Based on version 1, where there was no person:3: it matches no one, and Mia is untouched.
    const guess = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(mia, { names: { ...mia.names, knownAs: 'Guess' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(guess.status).toBe(201);
    expect(guess.body.status).toBe('conflict');
    const forLead = await lead.get(`/api/maps/${id}/contributions/${guess.body.id}`);
    expect(forLead.body.change.people.updated[0].before.id).toBe('person:3');
    expect(forLead.body.conflicts[0].message).toMatch(/no longer in the map/);
    const map = (await lead.get(`/api/maps/${id}`)).body;
    expect(map.family.people.find((p: Person) => p.id === 'person:mia').names.knownAs).toBeUndefined();
    expect(map.family.people.find((p: Person) => p.id === leo.id).names.knownAs).toBeUndefined();
    // Another agency's contribution is still not there for the GP.
    expect((await school.get(`/api/maps/${id}/contributions/${guess.body.id}`)).status).toBe(404);
  });

  it('a baseVersion newer than the map, or one that never existed, is refused naming baseVersion', async () => {
    const { id } = await mapWithAmyAndLeo();
    const gpLeo = (await seenBy(gp, id)).people[1]!;
    const change = update(gpLeo, { names: { ...gpLeo.names, knownAs: 'Lenny' } });
    for (const baseVersion of [2, 99, 0, -1]) {
      const reply = await gp.post(`/api/maps/${id}/contributions`, {
        change,
        source: 'our_records',
        baseVersion,
      });
      expect(reply.status, `baseVersion ${baseVersion}`).toBe(400);
      expect(reply.body.issues.map((i: { path: string }) => i.path)).toEqual(['baseVersion']);
    }
    expect((await lead.get(`/api/maps/${id}/contributions`)).body.contributions).toEqual([]);
  });

  it('on a map from before versions were kept, a change naming someone through a version not kept is sent back naming baseVersion', async () => {
    const { id, leo } = await mapWithAmyAndLeo();
    const gpLeo = (await seenBy(gp, id)).people[1]!;
    const renamed = await lead.post(`/api/maps/${id}/contributions`, {
      change: update(leo, { names: { ...leo.names, knownAs: 'Lenny' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    await accept(id, renamed.body.id);
    // As if version 1 had been made before the migration that keeps versions.
    await portal.database.query('DELETE FROM map_versions WHERE map_id = $1 AND version = 1', [id]);
    const late = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, { birth: { date: '2017-03-15' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(late.status).toBe(409);
    expect(late.body.issues.map((i: { path: string }) => i.path)).toEqual(['baseVersion']);
    expect(late.body.mapVersion).toBe(2);
    // The current version is kept, so looking again works.
    const again = await gp.post(`/api/maps/${id}/contributions`, {
      change: update((await seenBy(gp, id)).people[1]!, { birth: { date: '2017-03-15' } }),
      source: 'our_records',
      baseVersion: 2,
    });
    expect(again.status).toBe(201);
    expect(again.body.status).toBe('pending');
  });
});

describe('the map versions kept', () => {
  it('keeps every version of a map, written with the map itself', async () => {
    const { id, leo } = await mapWithAmyAndLeo();
    const renamed = await lead.post(`/api/maps/${id}/contributions`, {
      change: update(leo, { names: { ...leo.names, knownAs: 'Lenny' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    await accept(id, renamed.body.id);
    const rows = await portal.database.query<{ version: number; known_as: string | null }>(
      `SELECT version, family->'people'->1->'names'->>'knownAs' AS known_as FROM map_versions
       WHERE map_id = $1 ORDER BY version`,
      [id],
    );
    expect(rows).toEqual([
      { version: 1, known_as: null },
      { version: 2, known_as: 'Lenny' },
    ]);
  });

  it('keeps the current version of maps made before versions were kept, when the migration runs', async () => {
    const { database, cleanUp } = await openTestDatabase();
    try {
      const before = MIGRATIONS.findIndex((m) => m.name === 'map versions');
      expect(before).toBeGreaterThan(0);
      await migrate(database, MIGRATIONS.slice(0, before));
      await database.query(
        `INSERT INTO agencies (id, name, kind, can_lead) VALUES ('agency:a', 'A', 'social_care', true)`,
      );
      await database.query(
        `INSERT INTO users (id, agency_id, email, display_name) VALUES ('user:a', 'agency:a', 'a@example.org', 'A')`,
      );
      await database.query(
        `INSERT INTO maps (id, lead_agency_id, title, family, version, created_by)
         VALUES ('map:old', 'agency:a', 'Old', '{"title": "Old at 4"}'::jsonb, 4, 'user:a')`,
      );
      await migrate(database, MIGRATIONS);
      expect(
        await database.query(`SELECT map_id, version, family->>'title' AS title FROM map_versions`),
      ).toEqual([{ map_id: 'map:old', version: 4, title: 'Old at 4' }]);
    } finally {
      await cleanUp();
    }
  });
});
