/**
 * What the shared map's "Add what your agency knows" form sends (packages/demo/src/shared/changes.ts):
 * each change is built as the form builds it, then sent to a real family portal (embedded PGlite, demo
 * accounts) as the school, which must accept it as a valid model change and raise the identity
 * discrepancy the lead then sees beside the map's value.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortal, openDatabase, seedDemo, type Database } from '@kinmap/portal';
import {
  addressChange,
  dateOfBirthChange,
  nameChange,
  nhsNumberChange,
  type Contribution,
  type SharedMap,
} from '@kinmap/demo/shared';

let database: Database;
let portal: Awaited<ReturnType<typeof createPortal>>;
let base: string;
let lead: Session;
let school: Session;
let mapId: string;

interface Session {
  get<T>(path: string): Promise<T>;
  post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
}

/** Signed in as a demo account, with its cookie and CSRF token (Node's fetch keeps no cookies). */
async function signIn(email: string): Promise<Session> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'kinmap-demo' }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    async get<T>(path: string) {
      const reply = await fetch(`${base}/api/${path}`, { headers: { cookie } });
      expect(reply.status).toBe(200);
      return (await reply.json()) as T;
    },
    async post(path: string, body: unknown) {
      const reply = await fetch(`${base}/api/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
    },
  };
}

beforeAll(async () => {
  database = await openDatabase({});
  portal = await createPortal({ database });
  await seedDemo(database);
  await portal.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(portal.server.address() as AddressInfo).port}`;
  lead = await signIn('sam.okafor@childrens.example');
  school = await signIn('dsl@school.example');
  // A map with an NHS number for Leo and a household with an address, with the school invited.
  const demo = await lead.get<SharedMap>('maps/map:demo-jones');
  const family = demo.family as SharedMap['family'] & Record<string, unknown>;
  const people = family.people.map((person) =>
    person.names.given === 'Leo'
      ? { ...person, identity: { ...(person.identity ?? {}), nhsNumber: { value: '9434765919' } } }
      : person,
  );
  const households = [
    {
      id: 'household:home',
      label: 'Kerry and Leo',
      address: { text: '4 Mill Lane, Calderbridge', postcode: 'CB1 2AB', confidential: false },
      members: people.map((person) => ({ person: person.id })),
    },
  ];
  const created = await lead.post('maps', {
    title: 'Jones family (changes test)',
    family: { ...family, people, households },
  });
  expect(created.status).toBe(201);
  mapId = created.body.id as string;
  const invited = await lead.post(`maps/${encodeURIComponent(mapId)}/invitations`, {
    agencyId: 'agency:hillside-school',
  });
  expect(invited.status).toBeLessThan(300);
}, 120_000);

afterAll(async () => {
  await portal?.close();
  await database?.close();
});

/** The school's view of the map, as its form has it. */
const schoolMap = () => school.get<SharedMap>(`maps/${encodeURIComponent(mapId)}`);
const leo = (map: SharedMap) => map.family.people.find((person) => person.names.given === 'Leo')!;

/** Sends a built change as the school, as the form does; returns the portal's answer. */
async function send(built: ReturnType<typeof nameChange>, map: SharedMap) {
  if ('error' in built) throw new Error(built.error);
  return school.post(`maps/${encodeURIComponent(mapId)}/contributions`, {
    change: built.change,
    source: 'our_records',
    note: 'From the admission form',
    baseVersion: map.version,
  });
}

/** The lead's view of one discrepancy the school raised: both values, side by side. */
async function leadSees(contributionId: string) {
  const { contributions } = await lead.get<{ contributions: Contribution[] }>(
    `maps/${encodeURIComponent(mapId)}/contributions`,
  );
  const found = contributions.find((contribution) => contribution.id === contributionId)!;
  // The portal does not keep its discrepancies in a fixed order, so they are compared by field.
  return found.discrepancies
    .map((d) => ({ field: d.field, map: d.map?.value, reported: d.reported.value }))
    .sort((a, b) => a.field.localeCompare(b.field));
}

describe('what a partner agency can add to a shared map', () => {
  it('a corrected name: the portal accepts it and the lead sees both spellings', async () => {
    const map = await schoolMap();
    const built = nameChange(leo(map), { given: 'Leon', family: '' });
    expect('change' in built && built.summary).toBe('name Leon Jones');
    const sent = await send(built, map);
    expect(sent.status).toBe(201);
    expect(await leadSees(sent.body.id as string)).toEqual([
      { field: 'given_name', map: 'Leo', reported: 'Leon' },
    ]);
  });

  it('an NHS number, written with spaces: sent as ten digits; the lead sees both numbers', async () => {
    const map = await schoolMap();
    const built = nhsNumberChange(leo(map), '401 023 2137');
    expect('change' in built && built.summary).toBe('NHS number 4010232137');
    const sent = await send(built, map);
    expect(sent.status).toBe(201);
    expect(await leadSees(sent.body.id as string)).toEqual([
      { field: 'nhs_number', map: '9434765919', reported: '4010232137' },
    ]);
  });

  it('an address and postcode for a household: the lead sees both addresses and both postcodes', async () => {
    const map = await schoolMap();
    // The partner's view has ids of its own (the portal translates them back).
    const home = map.family.households?.find((household) => household.label === 'Kerry and Leo');
    expect(home?.address?.postcode).toBe('CB1 2AB');
    const built = addressChange(home!, { text: '12 Canal Street, Calderbridge', postcode: 'cb3  9xy' });
    expect('change' in built && built.summary).toBe('address 12 Canal Street, Calderbridge, CB3 9XY');
    const sent = await send(built, map);
    expect(sent.status).toBe(201);
    expect(await leadSees(sent.body.id as string)).toEqual([
      { field: 'address', map: '4 Mill Lane, Calderbridge', reported: '12 Canal Street, Calderbridge' },
      { field: 'postcode', map: 'CB1 2AB', reported: 'CB3 9XY' },
    ]);
  });

  it('a date of birth is still built as before and accepted', async () => {
    const map = await schoolMap();
    const sent = await send(dateOfBirthChange(leo(map), '2017-04-14'), map);
    expect(sent.status).toBe(201);
    expect(await leadSees(sent.body.id as string)).toEqual([
      { field: 'date_of_birth', map: '2017-03-14', reported: '2017-04-14' },
    ]);
  });

  it('refuses bad input before sending, naming the field', () => {
    const person = { id: 'person:2', names: { given: 'Leo', family: 'Jones' } };
    const household = { id: 'household:home', label: 'Home' };
    expect(nhsNumberChange(person, '12345')).toEqual({
      field: 'nhs',
      error: 'NHS number: give the ten digits (spaces are fine).',
    });
    expect(nhsNumberChange(person, '9434765918')).toMatchObject({
      field: 'nhs',
      error: /not a valid NHS number/,
    });
    expect(nameChange(person, { given: ' ', family: '' })).toMatchObject({ field: 'given' });
    expect(nameChange(person, { given: 'Leo', family: 'Jones' })).toMatchObject({
      field: 'given',
      error: /the name the map has already/,
    });
    expect(addressChange(household, { text: '', postcode: '' })).toMatchObject({ field: 'address' });
    expect(addressChange(household, { text: '', postcode: 'not a postcode' })).toMatchObject({
      field: 'postcode',
      error: /Postcode: /,
    });
    expect(dateOfBirthChange(person, '2017-04')).toMatchObject({ field: 'date', error: /Date of birth: / });
  });
});
