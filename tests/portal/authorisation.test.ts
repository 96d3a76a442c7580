/**
 * The authorisation matrix: every role × every route × own map / other agency's contribution / other
 * map, with the status each must get. Checked on the server, whatever the client shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL, newPerson, startTestPortal, type Client, type TestPortal } from './support/portal.ts';

type Actor = 'anonymous' | 'lead' | 'leadColleague' | 'partner' | 'otherPartner' | 'outsider' | 'otherLead';
const ACTORS: Actor[] = [
  'anonymous',
  'lead',
  'leadColleague',
  'partner',
  'otherPartner',
  'outsider',
  'otherLead',
];

let portal: TestPortal;
const as = {} as Record<Actor, Client>;
let ownMap: string;
let otherMap: string;
let partnerContribution: string;
let otherPartnerContribution: string;
let otherMapContribution: string;

async function contribute(client: Client, mapId: string): Promise<string> {
  const reply = await client.post(`/api/maps/${mapId}/contributions`, {
    change: {
      people: { added: [{ at: 0, value: newPerson(`person:${Math.random().toString(36).slice(2)}`, 'P') }] },
    },
    source: 'our_records',
    baseVersion: 1,
  });
  if (reply.status !== 201) throw new Error(`contribution failed: ${reply.status} ${reply.text}`);
  return reply.body.id;
}

beforeAll(async () => {
  portal = await startTestPortal();
  as.anonymous = portal.anonymous;
  as.lead = await portal.signIn(EMAIL.lead); // children's social care, leads ownMap
  as.leadColleague = await portal.signIn(EMAIL.leadColleague); // same agency as the lead
  as.partner = await portal.signIn(EMAIL.school); // invited to ownMap
  as.otherPartner = await portal.signIn(EMAIL.gp); // also invited to ownMap
  as.outsider = await portal.signIn(EMAIL.police); // invited to nothing
  as.otherLead = await portal.signIn(EMAIL.otherLead); // adults' social care, leads otherMap
  ownMap = (await as.lead.post('/api/maps', { title: 'Own map' })).body.id;
  otherMap = (await as.otherLead.post('/api/maps', { title: 'Other map' })).body.id;
  for (const agencyId of ['agency:hillside-school', 'agency:riverside-gp']) {
    await as.lead.post(`/api/maps/${ownMap}/invitations`, { agencyId });
  }
  await as.otherLead.post(`/api/maps/${otherMap}/invitations`, { agencyId: 'agency:police' });
  partnerContribution = await contribute(as.partner, ownMap);
  otherPartnerContribution = await contribute(as.otherPartner, ownMap);
  otherMapContribution = await contribute(as.outsider, otherMap);
});
afterAll(async () => {
  await portal?.close();
});

interface Row {
  name: string;
  /** Builds the request (may create a fresh contribution first). */
  request: () => Promise<{ method: 'GET' | 'POST' | 'DELETE'; url: string; body?: unknown }>;
  expected: Record<Actor, number | number[]>;
}

const freshDecision = async () => ({
  method: 'POST' as const,
  url: `/api/maps/${ownMap}/contributions/${await contribute(as.partner, ownMap)}/decision`,
  body: { decision: 'accept' },
});

const ROWS: Row[] = [
  {
    name: 'GET /api/agencies',
    request: async () => ({ method: 'GET', url: '/api/agencies' }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 200,
      otherLead: 200,
    },
  },
  {
    name: 'GET /api/maps',
    request: async () => ({ method: 'GET', url: '/api/maps' }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 200,
      otherLead: 200,
    },
  },
  {
    name: 'POST /api/maps (only social care can lead)',
    request: async () => ({ method: 'POST', url: '/api/maps', body: { title: 'New' } }),
    expected: {
      anonymous: 401,
      lead: 201,
      leadColleague: 201,
      partner: 403,
      otherPartner: 403,
      outsider: 403,
      otherLead: 201,
    },
  },
  {
    name: 'GET own map',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'GET other map',
    request: async () => ({ method: 'GET', url: `/api/maps/${otherMap}` }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 200,
      otherLead: 200,
    },
  },
  {
    name: 'GET own map export',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/export` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST own map invitation',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${ownMap}/invitations`,
      body: { agencyId: 'agency:health-visiting' },
    }),
    expected: {
      anonymous: 401,
      lead: [200, 201],
      leadColleague: [200, 201],
      partner: 403,
      otherPartner: 403,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST other map invitation',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${otherMap}/invitations`,
      body: { agencyId: 'agency:health-visiting' },
    }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 403,
      otherLead: [200, 201],
    },
  },
  {
    name: 'POST own map contribution',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${ownMap}/contributions`,
      body: {
        change: {
          people: {
            added: [{ at: 0, value: newPerson(`person:m${Math.random().toString(36).slice(2)}`, 'M') }],
          },
        },
        source: 'our_records',
        baseVersion: 1,
      },
    }),
    expected: {
      anonymous: 401,
      lead: 201,
      leadColleague: 201,
      partner: 201,
      otherPartner: 201,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST other map contribution',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${otherMap}/contributions`,
      body: {
        change: {
          people: {
            added: [{ at: 0, value: newPerson(`person:o${Math.random().toString(36).slice(2)}`, 'O') }],
          },
        },
        source: 'our_records',
        baseVersion: 1,
      },
    }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 201,
      otherLead: 201,
    },
  },
  {
    name: 'GET own map contributions',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/contributions` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: "GET the partner's own contribution",
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/contributions/${partnerContribution}` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 404,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: "GET another agency's contribution",
    request: async () => ({
      method: 'GET',
      url: `/api/maps/${ownMap}/contributions/${otherPartnerContribution}`,
    }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 404,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: "GET another map's contribution through this map",
    request: async () => ({
      method: 'GET',
      url: `/api/maps/${ownMap}/contributions/${otherMapContribution}`,
    }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST decision on own map (accept)',
    request: freshDecision,
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 403,
      otherPartner: 403,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST decision on other map',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${otherMap}/contributions/${await contribute(as.outsider, otherMap)}/decision`,
      body: { decision: 'reject' },
    }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 403,
      otherLead: 200,
    },
  },
  {
    name: 'GET own map audit log',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/audit` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 403,
      otherPartner: 403,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'GET other map audit log',
    request: async () => ({ method: 'GET', url: `/api/maps/${otherMap}/audit` }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 403,
      otherLead: 200,
    },
  },
  {
    name: 'GET own map discrepancies',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/discrepancies` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST own map meeting',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${ownMap}/meetings`,
      body: { title: 'Strategy', startsAt: '2099-01-01T10:00:00Z', agencyIds: ['agency:hillside-school'] },
    }),
    expected: {
      anonymous: 401,
      lead: 201,
      leadColleague: 201,
      partner: 403,
      otherPartner: 403,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'GET own map meetings',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/meetings` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST own map outcome',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${ownMap}/outcomes`,
      body: { kind: 'assessment', summary: 'Agreed plan' },
    }),
    expected: {
      anonymous: 401,
      lead: 201,
      leadColleague: 201,
      partner: 403,
      otherPartner: 403,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'POST other map outcome',
    request: async () => ({
      method: 'POST',
      url: `/api/maps/${otherMap}/outcomes`,
      body: { kind: 'assessment', summary: 'Agreed plan' },
    }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 403,
      otherLead: 201,
    },
  },
  {
    name: 'GET own map outcomes',
    request: async () => ({ method: 'GET', url: `/api/maps/${ownMap}/outcomes` }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'GET my inbox',
    request: async () => ({ method: 'GET', url: '/api/inbox' }),
    expected: {
      anonymous: 401,
      lead: 200,
      leadColleague: 200,
      partner: 200,
      otherPartner: 200,
      outsider: 200,
      otherLead: 200,
    },
  },
  {
    name: "POST read the partner's notification (no one else's inbox)",
    request: async () => {
      // An outcome tells both partners (they contributed); take the partner's newest notification.
      await as.lead.post(`/api/maps/${ownMap}/outcomes`, { kind: 'assessment', summary: 'Told' });
      const inbox = await as.partner.get('/api/inbox');
      return {
        method: 'POST',
        url: `/api/inbox/notifications/${inbox.body.notifications[0].id}/read`,
        body: {},
      };
    },
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 200,
      otherPartner: 404,
      outsider: 404,
      otherLead: 404,
    },
  },
  {
    name: 'GET a map that does not exist',
    request: async () => ({ method: 'GET', url: '/api/maps/map:does-not-exist' }),
    expected: {
      anonymous: 401,
      lead: 404,
      leadColleague: 404,
      partner: 404,
      otherPartner: 404,
      outsider: 404,
      otherLead: 404,
    },
  },
];

describe('authorisation matrix', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      const got: Partial<Record<Actor, number>> = {};
      const want: Partial<Record<Actor, number | number[]>> = {};
      for (const actor of ACTORS) {
        const { method, url, body } = await row.request();
        const reply = await as[actor].request(method, url, body);
        got[actor] = reply.status;
        want[actor] = row.expected[actor];
        if (method === 'POST' && url.endsWith('/decision') && reply.status !== 200) {
          // A refused decision changes nothing.
          const mapId = url.split('/')[3]!;
          const owner = mapId === ownMap ? as.lead : as.otherLead;
          const check = await owner.get(url.replace(/\/decision$/, ''));
          expect(check.body.status, `${actor}: contribution after a refused decision`).toBe('pending');
        }
      }
      const matches = ACTORS.every((actor) => {
        const w = want[actor]!;
        return Array.isArray(w) ? w.includes(got[actor]!) : w === got[actor];
      });
      expect(matches ? want : got, `expected ${JSON.stringify(want)}`).toEqual(want);
    });
  }

  it('a user never sees another map in their list, nor a map their agency was not invited to', async () => {
    const outsiderMaps = (await as.outsider.get('/api/maps')).body.maps.map((m: { id: string }) => m.id);
    expect(outsiderMaps).toContain(otherMap);
    expect(outsiderMaps).not.toContain(ownMap);
    const leadMaps = (await as.lead.get('/api/maps')).body.maps.map((m: { id: string }) => m.id);
    expect(leadMaps).not.toContain(otherMap);
  });

  it("a partner's list never includes another agency's pending contribution", async () => {
    const list = await as.partner.get(`/api/maps/${ownMap}/contributions`);
    const agencies = new Set(list.body.contributions.map((c: { agency: { id: string } }) => c.agency.id));
    expect([...agencies]).toEqual(['agency:hillside-school']);
  });
});
