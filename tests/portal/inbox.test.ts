/**
 * Identity discrepancies raised automatically (seed learning point 8), each agency's inbox,
 * meetings, and feedback on outcomes to every agency that contributed (learning point 11.1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAP_ID } from '@kinmap/portal';
import { EMAIL, newPerson, startTestPortal, type Client, type TestPortal } from './support/portal.ts';

let portal: TestPortal;
let lead: Client;
let gp: Client;
let school: Client;
let healthVisitor: Client;
let police: Client;

beforeAll(async () => {
  portal = await startTestPortal();
  lead = await portal.signIn(EMAIL.lead);
  gp = await portal.signIn(EMAIL.gp);
  school = await portal.signIn(EMAIL.school);
  healthVisitor = await portal.signIn(EMAIL.healthVisitor);
  police = await portal.signIn(EMAIL.police);
});
afterAll(async () => {
  await portal?.close();
});

/** A copy of the demo family (Kerry and Leo Jones, Leo born 2017-03-14) led by children's social care. */
async function jonesMap(
  invite = ['agency:riverside-gp', 'agency:hillside-school', 'agency:health-visiting'],
): Promise<string> {
  const demo = await lead.get(`/api/maps/${DEMO_MAP_ID}`);
  const created = await lead.post('/api/maps', { family: demo.body.family, title: 'Jones family' });
  expect(created.status).toBe(201);
  for (const agencyId of invite) {
    expect((await lead.post(`/api/maps/${created.body.id}/invitations`, { agencyId })).status).toBe(201);
  }
  return created.body.id;
}

/** A partner's change to Leo, written in its view's ids, against the version it looked at. */
async function changeLeo(
  client: Client,
  mapId: string,
  edit: (leo: Record<string, unknown>) => Record<string, unknown>,
  source = 'our_records',
) {
  const view = await client.get(`/api/maps/${mapId}`);
  expect(view.status).toBe(200);
  const leo = view.body.family.people.find((p: { names: { given?: string } }) => p.names.given === 'Leo');
  expect(leo, 'Leo in the view').toBeDefined();
  return client.post(`/api/maps/${mapId}/contributions`, {
    change: { people: { updated: [{ before: leo, after: edit(structuredClone(leo)) }] } },
    source,
    baseVersion: view.body.version,
  });
}

const newBirth = (date: string) => (leo: Record<string, unknown>) => ({
  ...leo,
  birth: { ...(leo['birth'] as object), date },
});

async function inbox(client: Client) {
  const reply = await client.get('/api/inbox');
  expect(reply.status).toBe(200);
  return reply.body;
}

function kinds(box: { notifications: { kind: string; mapId: string }[] }, mapId: string): string[] {
  return box.notifications.filter((n) => n.mapId === mapId).map((n) => n.kind);
}

describe('identity discrepancies', () => {
  it('a different date of birth raises a discrepancy: the lead sees both values with their sources', async () => {
    const mapId = await jonesMap();
    const sent = await changeLeo(school, mapId, newBirth('2017-04-14'));
    expect(sent.status).toBe(201);
    // The school sees its own value and that it differs, never the map's value.
    expect(sent.body.discrepancies).toEqual([
      expect.objectContaining({
        field: 'date_of_birth',
        label: 'date of birth',
        status: 'open',
        reported: expect.objectContaining({ value: '2017-04-14', source: 'our_records' }),
      }),
    ]);
    expect(sent.body.discrepancies[0].map).toBeUndefined();

    const review = await lead.get(`/api/maps/${mapId}/contributions/${sent.body.id}`);
    expect(review.status).toBe(200);
    expect(review.body.discrepancies).toEqual([
      expect.objectContaining({
        field: 'date_of_birth',
        entity: expect.objectContaining({ kind: 'person', name: 'Leo Jones' }),
        map: { value: '2017-03-14', source: { label: 'already on the map (no source recorded)' } },
        reported: {
          value: '2017-04-14',
          agency: { id: 'agency:hillside-school', name: 'Hillside Primary School' },
          source: 'our_records',
        },
      }),
    ]);
    const leadBox = await inbox(lead);
    const raised = leadBox.notifications.find(
      (n: { kind: string; mapId: string }) => n.kind === 'discrepancy_raised' && n.mapId === mapId,
    );
    expect(raised.title).toBe('Different date of birth for Leo Jones');
    expect(raised.body).toContain('"2017-04-14"');
    expect(raised.body).toContain('"2017-03-14"');
    expect(raised.detail.contributionId).toBe(sent.body.id);
  });

  it('accepting the correction keeps the old value in the map as a discrepancy and tells every agency on the map', async () => {
    const mapId = await jonesMap();
    const sent = await changeLeo(school, mapId, newBirth('2017-04-14'), 'family_told_us');
    const accepted = await lead.post(`/api/maps/${mapId}/contributions/${sent.body.id}/decision`, {
      decision: 'accept',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.discrepancies[0].status).toBe('corrected');

    const map = await lead.get(`/api/maps/${mapId}`);
    const leo = map.body.family.people.find((p: { names: { given?: string } }) => p.names.given === 'Leo');
    expect(leo.birth.date).toBe('2017-04-14');
    expect(leo.identity.birthDateProvenance).toMatchObject({
      sourceLabel: 'Hillside Primary School (the family told us)',
      enteredBy: 'Mr Tom Evans',
    });
    expect(leo.identity.birthDateDiscrepancies).toEqual([
      expect.objectContaining({ value: '2017-03-14', resolved: true }),
    ]);
    expect(leo.identity.birthDateDiscrepancies[0].resolution).toContain('Riverside Medical Practice');

    // The GP and the health visitors did not send it, but may hold the old date: they are told.
    for (const client of [gp, healthVisitor]) {
      const box = await inbox(client);
      const told = box.notifications.find(
        (n: { kind: string; mapId: string }) => n.kind === 'discrepancy_resolved' && n.mapId === mapId,
      );
      expect(told, 'a partner is told of the correction').toBeDefined();
      expect(told.title).toContain('date of birth');
    }
    expect(kinds(await inbox(school), mapId)).toContain('contribution_accepted');
    // Not another map's agency.
    expect(kinds(await inbox(police), mapId)).toEqual([]);

    const list = await lead.get(`/api/maps/${mapId}/discrepancies`);
    expect(list.status).toBe(200);
    expect(list.body.discrepancies).toEqual([
      expect.objectContaining({
        status: 'corrected',
        contributionId: sent.body.id,
        notifiedAgencies: expect.arrayContaining(['agency:riverside-gp', 'agency:health-visiting']),
      }),
    ]);
  });

  it('an accepted contribution keeps its provenance in the map (fieldSources), seen by the lead only', async () => {
    const mapId = await jonesMap();
    const sent = await changeLeo(school, mapId, newBirth('2017-04-14'), 'family_told_us');
    const added = await gp.post(`/api/maps/${mapId}/contributions`, {
      change: {
        people: { added: [{ at: 0, value: newPerson('person:gp-aunt', 'Ann', { notes: 'Aunt' }) }] },
      },
      source: 'another_agency',
      note: 'From the practice register',
      baseVersion: 1,
    });
    for (const id of [sent.body.id, added.body.id]) {
      const decided = await lead.post(`/api/maps/${mapId}/contributions/${id}/decision`, {
        decision: 'accept',
      });
      expect(decided.status).toBe(200);
    }
    const map = await lead.get(`/api/maps/${mapId}`);
    const leo = map.body.family.people.find((p: { names: { given?: string } }) => p.names.given === 'Leo');
    const sources = map.body.family.fieldSources as {
      entity: { kind: string; id: string };
      field: string;
      agencyLabel?: string;
      practitioner?: string;
      source: string;
      sourceNote?: string;
      contributionId?: string;
    }[];
    expect(sources).toContainEqual(
      expect.objectContaining({
        entity: { kind: 'person', id: leo.id },
        field: 'birth',
        agencyLabel: 'Hillside Primary School',
        practitioner: 'Mr Tom Evans',
        source: 'family_told_us',
        contributionId: sent.body.id,
      }),
    );
    const aunt = sources.filter((s) => s.entity.id === 'person:gp-aunt');
    expect(aunt.map((s) => s.field).sort()).toEqual(['names', 'notes']);
    expect(aunt[0]).toMatchObject({
      agencyLabel: 'Riverside Medical Practice',
      source: 'other_agency',
      sourceNote: 'From the practice register',
      contributionId: added.body.id,
    });
    // It names agencies and practitioners: a partner's view leaves it out.
    expect((await school.get(`/api/maps/${mapId}`)).body.family.fieldSources).toEqual([]);
  });

  it("the map's value shows where it came from, and the agency that gave it is told it is disputed", async () => {
    const mapId = await jonesMap();
    const first = await changeLeo(school, mapId, newBirth('2017-04-14'));
    await lead.post(`/api/maps/${mapId}/contributions/${first.body.id}/decision`, { decision: 'accept' });
    const second = await changeLeo(gp, mapId, newBirth('2017-03-15'));
    expect(second.status).toBe(201);
    const review = await lead.get(`/api/maps/${mapId}/contributions/${second.body.id}`);
    expect(review.body.discrepancies[0].map.value).toBe('2017-04-14');
    expect(review.body.discrepancies[0].map.source).toMatchObject({
      agencyId: 'agency:hillside-school',
      agencyName: 'Hillside Primary School',
      contributionId: first.body.id,
    });
    const schoolBox = await inbox(school);
    const disputed = schoolBox.notifications.find(
      (n: { kind: string; mapId: string }) => n.kind === 'discrepancy_raised' && n.mapId === mapId,
    );
    expect(disputed.body).toContain('Riverside Medical Practice');

    // Rejected: the discrepancy is settled as not corrected and the GP is told why.
    const rejected = await lead.post(`/api/maps/${mapId}/contributions/${second.body.id}/decision`, {
      decision: 'reject',
      reason: 'The birth certificate says 14 April',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.discrepancies[0].status).toBe('not_corrected');
    const gpBox = await inbox(gp);
    const told = gpBox.notifications.find(
      (n: { kind: string; mapId: string }) => n.kind === 'contribution_rejected' && n.mapId === mapId,
    );
    expect(told.body).toContain('The birth certificate says 14 April');
  });

  it('a name, an NHS number and an address that differ are raised too; adding a missing value is not', async () => {
    const mapId = await jonesMap();
    const name = await changeLeo(school, mapId, (leo) => ({
      ...leo,
      names: { ...(leo['names'] as object), family: 'Jonas' },
      identity: { nhsNumber: { value: '9434765919' } },
    }));
    expect(name.status).toBe(201);
    // The map has no NHS number yet: that is new information, not a discrepancy.
    expect(name.body.discrepancies.map((d: { field: string }) => d.field)).toEqual(['family_name']);
    await lead.post(`/api/maps/${mapId}/contributions/${name.body.id}/decision`, { decision: 'accept' });
    const nhs = await changeLeo(gp, mapId, (leo) => ({
      ...leo,
      identity: { ...(leo['identity'] as object), nhsNumber: { value: '9434765870' } },
    }));
    expect(nhs.status).toBe(201);
    expect(nhs.body.discrepancies.map((d: { field: string }) => d.field)).toEqual(['nhs_number']);

    // An address, on a household the lead added.
    const household = {
      id: 'household:jones-home',
      label: 'Jones home',
      address: { text: '1 Mill Lane, Calderbridge', postcode: 'CB1 1AA' },
    };
    const added = await lead.post(`/api/maps/${mapId}/contributions`, {
      change: { households: { added: [{ at: 0, value: household }] } },
      source: 'our_records',
      baseVersion: (await lead.get(`/api/maps/${mapId}`)).body.version,
    });
    await lead.post(`/api/maps/${mapId}/contributions/${added.body.id}/decision`, { decision: 'accept' });
    const view = await lead.get(`/api/maps/${mapId}`);
    const moved = await lead.post(`/api/maps/${mapId}/contributions`, {
      change: {
        households: {
          updated: [
            {
              before: household,
              after: { ...household, address: { ...household.address, postcode: 'CB1 9ZZ' } },
            },
          ],
        },
      },
      source: 'another_agency',
      baseVersion: view.body.version,
    });
    expect(moved.status).toBe(201);
    expect(moved.body.discrepancies).toEqual([
      expect.objectContaining({
        field: 'postcode',
        map: expect.objectContaining({ value: 'CB1 1AA' }),
        reported: expect.objectContaining({ value: 'CB1 9ZZ' }),
      }),
    ]);
  });

  it('a partner lists only the discrepancies its agency raised; an agency not invited gets 404', async () => {
    const mapId = await jonesMap();
    await changeLeo(school, mapId, newBirth('2017-05-01'));
    await changeLeo(gp, mapId, newBirth('2017-05-02'));
    const schoolList = await school.get(`/api/maps/${mapId}/discrepancies`);
    expect(schoolList.status).toBe(200);
    expect(schoolList.body.discrepancies).toHaveLength(1);
    expect(schoolList.body.discrepancies[0].reported.agency.id).toBe('agency:hillside-school');
    expect(schoolList.body.discrepancies[0].map).toBeUndefined();
    expect((await lead.get(`/api/maps/${mapId}/discrepancies`)).body.discrepancies).toHaveLength(2);
    expect((await police.get(`/api/maps/${mapId}/discrepancies`)).status).toBe(404);
  });
});

describe('meetings and outcomes', () => {
  it('the lead invites agencies on the map to a meeting: it is in their inbox', async () => {
    const mapId = await jonesMap();
    const meeting = await lead.post(`/api/maps/${mapId}/meetings`, {
      title: 'Strategy meeting',
      startsAt: '2099-01-08T10:00:00Z',
      place: 'Calderbridge civic centre',
      agencyIds: ['agency:riverside-gp', 'agency:hillside-school'],
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body.agencies.map((a: { id: string }) => a.id)).toEqual([
      'agency:riverside-gp',
      'agency:hillside-school',
    ]);
    const box = await inbox(gp);
    expect(box.meetings).toContainEqual(
      expect.objectContaining({ id: meeting.body.id, title: 'Strategy meeting', mapId }),
    );
    expect(kinds(box, mapId)).toContain('meeting_invitation');
    expect((await inbox(healthVisitor)).meetings.map((m: { id: string }) => m.id)).not.toContain(
      meeting.body.id,
    );
    expect((await gp.get(`/api/maps/${mapId}/meetings`)).body.meetings).toHaveLength(1);
    expect((await healthVisitor.get(`/api/maps/${mapId}/meetings`)).body.meetings).toHaveLength(0);
  });

  it('names the field when a meeting is not valid', async () => {
    const mapId = await jonesMap(['agency:riverside-gp']);
    const badDate = await lead.post(`/api/maps/${mapId}/meetings`, {
      title: 'x',
      startsAt: 'next Tuesday',
      agencyIds: ['agency:riverside-gp'],
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.issues).toEqual([expect.objectContaining({ path: 'startsAt' })]);
    const notOnMap = await lead.post(`/api/maps/${mapId}/meetings`, {
      title: 'x',
      startsAt: '2099-01-08T10:00:00Z',
      agencyIds: ['agency:riverside-gp', 'agency:police'],
    });
    expect(notOnMap.status).toBe(400);
    expect(notOnMap.body.issues).toEqual([expect.objectContaining({ path: 'agencyIds[1]' })]);
    const none = await lead.post(`/api/maps/${mapId}/meetings`, {
      title: 'x',
      startsAt: '2099-01-08T10:00:00Z',
      agencyIds: [],
    });
    expect(none.status).toBe(400);
    expect(none.body.error).toContain('agencyIds');
  });

  it('recording the outcome of an assessment tells every agency that contributed, and only them', async () => {
    const mapId = await jonesMap();
    await changeLeo(school, mapId, newBirth('2017-04-14'));
    const gpPerson = await gp.post(`/api/maps/${mapId}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:gp-added', 'Ann') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    expect(gpPerson.status).toBe(201);
    const outcome = await lead.post(`/api/maps/${mapId}/outcomes`, {
      kind: 'assessment',
      summary: 'Child in need plan agreed; review in three months.',
      decidedOn: '2026-12-07',
    });
    expect(outcome.status).toBe(201);
    expect(outcome.body.notifiedAgencies.map((a: { id: string }) => a.id).sort()).toEqual([
      'agency:hillside-school',
      'agency:riverside-gp',
    ]);
    for (const client of [school, gp]) {
      const told = (await inbox(client)).notifications.find(
        (n: { kind: string; mapId: string }) => n.kind === 'outcome_recorded' && n.mapId === mapId,
      );
      expect(told.body).toContain('Child in need plan agreed; review in three months.');
    }
    // Invited, but sent nothing: not told (and does not see the outcome).
    expect(kinds(await inbox(healthVisitor), mapId)).not.toContain('outcome_recorded');
    expect((await healthVisitor.get(`/api/maps/${mapId}/outcomes`)).body.outcomes).toEqual([]);
    expect((await school.get(`/api/maps/${mapId}/outcomes`)).body.outcomes).toHaveLength(1);
  });

  it("a meeting's outcome also tells the agencies invited to it", async () => {
    const mapId = await jonesMap();
    const meeting = await lead.post(`/api/maps/${mapId}/meetings`, {
      title: 'Review',
      startsAt: '2099-02-01T09:30:00Z',
      agencyIds: ['agency:health-visiting'],
    });
    const outcome = await lead.post(`/api/maps/${mapId}/outcomes`, {
      kind: 'meeting',
      meetingId: meeting.body.id,
      summary: 'Plan continues.',
    });
    expect(outcome.status).toBe(201);
    expect(outcome.body.notifiedAgencies).toEqual([
      { id: 'agency:health-visiting', name: 'Calderbridge Health Visiting' },
    ]);
  });

  it('names the field when an outcome is not valid', async () => {
    const mapId = await jonesMap([]);
    const noKind = await lead.post(`/api/maps/${mapId}/outcomes`, { summary: 'x' });
    expect(noKind.status).toBe(400);
    expect(noKind.body.issues).toEqual([expect.objectContaining({ path: 'kind' })]);
    const noMeeting = await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'meeting', summary: 'x' });
    expect(noMeeting.status).toBe(400);
    expect(noMeeting.body.issues).toEqual([expect.objectContaining({ path: 'meetingId' })]);
    const otherMeeting = await lead.post(`/api/maps/${mapId}/outcomes`, {
      kind: 'meeting',
      summary: 'x',
      meetingId: 'meeting:nope',
    });
    expect(otherMeeting.status).toBe(400);
    expect(otherMeeting.body.issues).toEqual([expect.objectContaining({ path: 'meetingId' })]);
    const emptySummary = await lead.post(`/api/maps/${mapId}/outcomes`, { kind: 'assessment', summary: ' ' });
    expect(emptySummary.status).toBe(400);
    expect(emptySummary.body.issues).toEqual([expect.objectContaining({ path: 'summary' })]);
    const badDate = await lead.post(`/api/maps/${mapId}/outcomes`, {
      kind: 'assessment',
      summary: 'x',
      decidedOn: '2026-13-01',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.issues).toEqual([expect.objectContaining({ path: 'decidedOn' })]);
  });
});

describe('the inbox', () => {
  it('shows the state of my agency’s contributions', async () => {
    const mapId = await jonesMap();
    const before = (await inbox(school)).contributions.counts;
    const a = await changeLeo(school, mapId, newBirth('2017-04-20'));
    const b = await school.post(`/api/maps/${mapId}/contributions`, {
      change: { people: { added: [{ at: 0, value: newPerson('person:school-added', 'Bea') }] } },
      source: 'our_records',
      baseVersion: 1,
    });
    await lead.post(`/api/maps/${mapId}/contributions/${b.body.id}/decision`, { decision: 'reject' });
    const box = await inbox(school);
    expect(box.contributions.counts.pending).toBe(before.pending + 1);
    expect(box.contributions.counts.rejected).toBe(before.rejected + 1);
    const recent = box.contributions.recent.map((c: { id: string; status: string }) => [c.id, c.status]);
    expect(recent).toContainEqual([a.body.id, 'pending']);
    expect(recent).toContainEqual([b.body.id, 'rejected']);
    // The lead sees how many wait for its decision.
    expect((await inbox(lead)).toReview).toBeGreaterThanOrEqual(1);
    expect(box.toReview).toBeUndefined();
  });

  it('marks a notification read; another agency’s notification answers 404 and stays unread', async () => {
    const mapId = await jonesMap();
    const sent = await changeLeo(school, mapId, newBirth('2017-04-21'));
    await lead.post(`/api/maps/${mapId}/contributions/${sent.body.id}/decision`, { decision: 'reject' });
    const mine = (await inbox(school)).notifications.find(
      (n: { kind: string; mapId: string }) => n.kind === 'contribution_rejected' && n.mapId === mapId,
    );
    expect(mine.readAt).toBeNull();
    const unreadBefore = (await inbox(school)).unread;
    expect((await gp.post(`/api/inbox/notifications/${mine.id}/read`)).status).toBe(404);
    expect((await lead.post(`/api/inbox/notifications/${mine.id}/read`)).status).toBe(404);
    const read = await school.post(`/api/inbox/notifications/${mine.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await inbox(school)).unread).toBe(unreadBefore - 1);
    const unreadOnly = await school.get('/api/inbox?unread=1');
    expect(unreadOnly.body.notifications.map((n: { id: number }) => n.id)).not.toContain(mine.id);
  });

  it('a partner never reads another agency’s inbox', async () => {
    const mapId = await jonesMap();
    await changeLeo(school, mapId, newBirth('2017-04-22'));
    const leadIds = new Set((await inbox(lead)).notifications.map((n: { id: number }) => n.id));
    expect(leadIds.size).toBeGreaterThan(0);
    for (const client of [school, gp, healthVisitor, police]) {
      const box = await inbox(client);
      expect(box.notifications.some((n: { id: number }) => leadIds.has(n.id))).toBe(false);
    }
    expect((await school.get('/api/inbox')).body.agency.id).toBe('agency:hillside-school');
  });

  it('names the field when the inbox is asked badly, and needs a session', async () => {
    const bad = await school.get('/api/inbox?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([expect.objectContaining({ path: 'limit' })]);
    const notANumber = await school.post('/api/inbox/notifications/abc/read');
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.issues).toEqual([expect.objectContaining({ path: 'notificationId' })]);
    expect((await portal.anonymous.get('/api/inbox')).status).toBe(401);
    expect((await portal.anonymous.get('/api/inbox/stream')).status).toBe(401);
    const noCsrf = await school.request(
      'POST',
      '/api/inbox/notifications/1/read',
      {},
      { 'x-csrf-token': 'x' },
    );
    expect(noCsrf.status).toBe(403);
  });
});
