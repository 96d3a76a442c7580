/**
 * Optimistic versions and conflicts: contributions made at the same time are all kept; accepting
 * them in turn applies each (field by field); one that no longer fits becomes a conflict, not lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '@kinmap/model';
import { EMAIL, newPerson, startTestPortal, type Client, type TestPortal } from './support/portal.ts';

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

/** A map with Leo (born 2017-03-14) and the school and GP invited. */
async function mapWithLeo(): Promise<{ id: string; leo: Person }> {
  const family = {
    formatVersion: 3,
    id: 'family:leo',
    title: 'Leo',
    people: [
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
  return { id: created.body.id, leo: created.body.family.people[0] };
}

/** Leo as a partner sees him (the model's partner-agency view, with its own ids). */
async function leoSeenBy(client: Client, mapId: string): Promise<Person> {
  const read = await client.get(`/api/maps/${mapId}`);
  expect(read.status).toBe(200);
  expect(read.body.profile).toBe('partner_agency');
  return read.body.family.people[0];
}

function update(before: Person, patch: Record<string, unknown>) {
  return { people: { updated: [{ before, after: { ...before, ...patch } }] } };
}

describe('contributions at the same time', () => {
  it('two agencies contributing at once never lose either, and both can be accepted', async () => {
    const { id } = await mapWithLeo();
    const [schoolLeo, gpLeo] = [await leoSeenBy(school, id), await leoSeenBy(gp, id)];
    const [fromSchool, fromGp] = await Promise.all([
      school.post(`/api/maps/${id}/contributions`, {
        change: update(schoolLeo, { names: { ...schoolLeo.names, knownAs: 'Lee' } }),
        source: 'family_told_us',
        baseVersion: 1,
      }),
      gp.post(`/api/maps/${id}/contributions`, {
        change: update(gpLeo, { identity: { ...gpLeo.identity, nhsNumber: { value: '9434765919' } } }),
        source: 'our_records',
        baseVersion: 1,
      }),
    ]);
    expect([fromSchool.status, fromGp.status]).toEqual([201, 201]);
    const [a, b] = await Promise.all([
      lead.post(`/api/maps/${id}/contributions/${fromSchool.body.id}/decision`, { decision: 'accept' }),
      lead.post(`/api/maps/${id}/contributions/${fromGp.body.id}/decision`, { decision: 'accept' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.appliedVersion, b.body.appliedVersion].sort()).toEqual([2, 3]);
    const map = await lead.get(`/api/maps/${id}`);
    expect(map.body.version).toBe(3);
    expect(map.body.family.people[0].names.knownAs).toBe('Lee');
    expect(map.body.family.people[0].identity.nhsNumber.value).toBe('9434765919');
  });

  it('twenty contributions sent at once are all kept, exactly once each', async () => {
    const { id } = await mapWithLeo();
    const ids = Array.from({ length: 20 }, (_, i) => `person:child${i}`);
    const replies = await Promise.all(
      ids.map((personId, i) =>
        (i % 2 ? school : gp).post(`/api/maps/${id}/contributions`, {
          change: { people: { added: [{ at: 1, value: newPerson(personId, `Child ${i}`) }] } },
          source: 'our_records',
          baseVersion: 1,
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(ids.map(() => 201));
    const list = await lead.get(`/api/maps/${id}/contributions`);
    const added = list.body.contributions
      .map(
        (c: { change: { people: { added: { value: { id: string } }[] } } }) =>
          c.change.people.added[0]!.value.id,
      )
      .sort();
    expect(added).toEqual([...ids].sort());
    const decisions = await Promise.all(
      replies.map((r) =>
        lead.post(`/api/maps/${id}/contributions/${r.body.id}/decision`, { decision: 'accept' }),
      ),
    );
    expect(decisions.map((d) => d.status)).toEqual(ids.map(() => 200));
    expect(decisions.map((d) => d.body.appliedVersion).sort((x, y) => x - y)).toEqual(
      ids.map((_, i) => i + 2),
    );
    const map = await lead.get(`/api/maps/${id}`);
    expect(map.body.version).toBe(21);
    expect(map.body.family.people.map((p: { id: string }) => p.id).sort()).toEqual(
      ['person:leo', ...ids].sort(),
    );
  });
});

describe('conflicts', () => {
  it('two agencies giving different dates of birth: the second becomes a conflict with both values, not dropped', async () => {
    const { id } = await mapWithLeo();
    const schoolLeo = await leoSeenBy(school, id);
    const gpLeo = await leoSeenBy(gp, id);
    const school1 = await school.post(`/api/maps/${id}/contributions`, {
      change: update(schoolLeo, { birth: { date: '2017-04-03' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    const gp1 = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, { birth: { date: '2017-03-15' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(
      (await lead.post(`/api/maps/${id}/contributions/${school1.body.id}/decision`, { decision: 'accept' }))
        .status,
    ).toBe(200);

    const preview = await lead.get(`/api/maps/${id}/contributions/${gp1.body.id}`);
    expect(preview.body.preview.applies).toBe(false);

    const second = await lead.post(`/api/maps/${id}/contributions/${gp1.body.id}/decision`, {
      decision: 'accept',
    });
    expect(second.status).toBe(409);
    expect(second.body.contribution.status).toBe('conflict');
    expect(second.body.contribution.conflicts).toEqual([
      expect.objectContaining({
        path: 'people.updated[0].birth.date',
        mapValue: '2017-04-03',
        contributorSaw: '2017-03-14',
        proposedValue: '2017-03-15',
      }),
    ]);
    // Kept: the lead still lists it, and the map holds the accepted value.
    const list = await lead.get(`/api/maps/${id}/contributions`);
    expect(list.body.contributions.find((c: { id: string }) => c.id === gp1.body.id).status).toBe('conflict');
    expect((await lead.get(`/api/maps/${id}`)).body.family.people[0].birth.date).toBe('2017-04-03');
    // The GP sees where and what, but not the map's value (its profile may hide it).
    const seenByGp = await gp.get(`/api/maps/${id}/contributions/${gp1.body.id}`);
    expect(seenByGp.body.status).toBe('conflict');
    expect(seenByGp.body.conflicts[0]).toEqual({
      path: 'people.updated[0].birth.date',
      message: expect.any(String),
    });
    // The lead can still reject it, with a reason.
    const rejected = await lead.post(`/api/maps/${id}/contributions/${gp1.body.id}/decision`, {
      decision: 'reject',
      reason: 'Birth certificate seen: 3 April',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
  });

  it('a contribution based on an older version that no longer fits is stored as a conflict on arrival', async () => {
    const { id, leo } = await mapWithLeo();
    const colleague = await portal.signIn(EMAIL.leadColleague);
    const first = await lead.post(`/api/maps/${id}/contributions`, {
      change: {
        people: { removed: [{ at: 0, value: leo }] },
        document: { subjects: { before: ['person:leo'], after: [] } },
      },
      source: 'our_records',
      baseVersion: 1,
    });
    expect(
      (await lead.post(`/api/maps/${id}/contributions/${first.body.id}/decision`, { decision: 'accept' }))
        .status,
    ).toBe(200);
    const late = await colleague.post(`/api/maps/${id}/contributions`, {
      change: update(leo, { identity: { nhsNumber: { value: '9434765919' } } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(late.status).toBe(201);
    expect(late.body.status).toBe('conflict');
    expect(late.body.conflicts[0].message).toMatch(/no longer in the map/);
  });

  it("a partner's change to someone already in the map, based on an older version, is matched through that version's ids", async () => {
    const { id, leo } = await mapWithLeo();
    const gpLeo = await leoSeenBy(gp, id);
    const renamed = await lead.post(`/api/maps/${id}/contributions`, {
      change: update(leo, { names: { ...leo.names, knownAs: 'Lenny' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    await lead.post(`/api/maps/${id}/contributions/${renamed.body.id}/decision`, { decision: 'accept' });
    // The partner looked at version 1; the map is at version 2. Its change is kept, not sent back.
    const late = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, { birth: { date: '2017-03-15' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    expect(late.status).toBe(201);
    expect(late.body.status).toBe('pending');
    const accepted = await lead.post(`/api/maps/${id}/contributions/${late.body.id}/decision`, {
      decision: 'accept',
    });
    expect(accepted.status).toBe(200);
    const person = (await lead.get(`/api/maps/${id}`)).body.family.people[0];
    expect(person.names.knownAs).toBe('Lenny');
    expect(person.birth.date).toBe('2017-03-15');
    // Adding someone new needs no ids from the view, so an older version is fine.
    const added = await gp.post(`/api/maps/${id}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:gp-new', 'New') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    expect(added.status).toBe(201);
  });

  it('changes to different fields of one person both apply (field-by-field merge)', async () => {
    const { id } = await mapWithLeo();
    const schoolLeo = await leoSeenBy(school, id);
    const gpLeo = await leoSeenBy(gp, id);
    const one = await school.post(`/api/maps/${id}/contributions`, {
      change: update(schoolLeo, { names: { ...schoolLeo.names, family: 'Jones-Smith' } }),
      source: 'our_records',
      baseVersion: 1,
    });
    const two = await gp.post(`/api/maps/${id}/contributions`, {
      change: update(gpLeo, {
        names: { ...gpLeo.names, knownAs: 'Lee' },
        birth: { ...gpLeo.birth, estimated: true },
      }),
      source: 'our_records',
      baseVersion: 1,
    });
    await lead.post(`/api/maps/${id}/contributions/${one.body.id}/decision`, { decision: 'accept' });
    const second = await lead.post(`/api/maps/${id}/contributions/${two.body.id}/decision`, {
      decision: 'accept',
    });
    expect(second.status).toBe(200);
    const person = (await lead.get(`/api/maps/${id}`)).body.family.people[0];
    expect(person.names.family).toBe('Jones-Smith');
    expect(person.names.knownAs).toBe('Lee');
    expect(person.birth).toEqual({ date: '2017-03-14', estimated: true });
  });
});
