// Journey 11: the shared map, in real Chromium, against the family portal (embedded PGlite, demo
// accounts), served from one origin with the demo exactly as `npm start` does (serve/sharedDemo.ts).
// Three practitioners, each in a browser context of their own: the lead (children's social care), the
// school and the GP practice.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSharedDemo, type SharedDemo } from '../../packages/demo/serve/sharedDemo.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';
import { axeViolations, saveScreenshot } from './support/browser.ts';

const MAP_TITLE = 'Jones family (school referral)';
const LEO_NHS_NUMBER = '9434765919';

let demo: SharedDemo;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

/**
 * A map for this journey, copied from the demo map through the portal's API, so the lead invites the
 * GP practice and the school to it in the browser (the demo map already has the GP invited).
 */
async function newJourneyMap(portalUrl: string): Promise<void> {
  const signIn = await fetch(`${portalUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sam.okafor@childrens.example', password: 'kinmap-demo' }),
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const demoMap = (await (
    await fetch(`${portalUrl}/api/maps/map:demo-jones`, { headers: { cookie } })
  ).json()) as {
    family: { people: { names: { given?: string }; identity?: object }[] };
  };
  // Leo has an NHS number on this map, which the school corrects in the last step.
  const people = demoMap.family.people.map((person) =>
    person.names.given === 'Leo'
      ? { ...person, identity: { ...(person.identity ?? {}), nhsNumber: { value: LEO_NHS_NUMBER } } }
      : person,
  );
  const created = await fetch(`${portalUrl}/api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ family: { ...demoMap.family, people }, title: MAP_TITLE }),
  });
  expect(created.status).toBe(201);
}

async function openAs(accountName: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // axe-core is injected as an inline script, which the app's Content Security Policy would block.
    bypassCSP: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    // Chromium logs the portal's 401 to "who is signed in?" before sign-in: expected, not a fault.
    if (message.text().includes('status of 401')) return;
    if (message.type() === 'error') problems.push(`${accountName}: console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${accountName}: uncaught: ${error.message}`));
  await page.goto(`${demo.url}#/shared`);
  await page.getByRole('button', { name: `Sign in as ${accountName}` }).click();
  await page.getByText(`Signed in as ${accountName}`).waitFor();
  return page;
}

function inbox(page: Page) {
  return page.getByRole('list', { name: 'Notifications' });
}

beforeAll(async () => {
  // The e2e setup has built the demo already (tests/e2e/support/demoServer.ts).
  demo = await startSharedDemo({ port: 0, build: false });
  await newJourneyMap(demo.portalUrl);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await demo?.close();
});

describe('journey 11: agencies share one map through the portal', () => {
  it('without the portal server (the static demo), the shared maps say plainly that they need it', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    // The e2e setup's server is the static build alone, as on GitHub Pages.
    await page.goto(`${inject('demoUrl')}#/shared`);
    await page.getByRole('heading', { level: 2, name: 'The shared map needs the portal server' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('npm start');
    await page.getByRole('link', { name: 'Back to your maps on this device' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kinmap family maps' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the start screen links to the shared maps, and the sign-in screen lists the demo accounts', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.getByRole('link', { name: 'Shared maps with other agencies' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sign in to the shared map' }).waitFor();
    expect(await page.getByText('dsl@school.example').isVisible()).toBe(true);
    // A wrong password is refused in words, announced in the status region.
    await page.getByLabel('Email address').fill('dr.shah@gp.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('status').getByText('were not recognised').waitFor();
  });

  it('invite, contribute a different date of birth, review both values, accept, notify, record the outcome', async () => {
    // 1. The lead invites a GP practice and a school.
    const lead = await openAs('Sam Okafor');
    await lead.getByRole('button', { name: `Open ${MAP_TITLE}` }).click();
    await lead.getByRole('heading', { level: 2, name: MAP_TITLE }).waitFor();
    for (const agency of ['Riverside Medical Practice', 'Hillside Primary School']) {
      await lead.getByLabel('Agency to invite').selectOption({ label: agency });
      await lead.getByRole('button', { name: 'Invite agency' }).click();
      await lead.getByRole('status').getByText(`${agency} is invited to this map.`).waitFor();
    }
    const onMap = lead.getByRole('list', { name: 'Invited agencies' });
    await onMap.getByRole('listitem').filter({ hasText: 'Hillside Primary School' }).waitFor();
    expect(await onMap.getByRole('listitem').allInnerTexts()).toEqual([
      'Riverside Medical Practice',
      'Hillside Primary School',
    ]);

    // The GP signs in now, so its inbox is open (and streaming) before anything happens.
    const gp = await openAs('Dr Nadia Shah');
    await gp.getByRole('button', { name: `Open ${MAP_TITLE}` }).click();
    await gp.getByRole('heading', { level: 2, name: MAP_TITLE }).waitFor();

    // 2. The school adds Leo's date of birth, which differs from the map, from its records.
    const school = await openAs('Mr Tom Evans');
    await school.getByRole('heading', { level: 2, name: MAP_TITLE }).waitFor();
    expect(await school.getByText('partner-agency view').isVisible()).toBe(true);
    const schoolPeople = school.getByRole('table', { name: 'People on the map' });
    await expect
      .poll(() => schoolPeople.getByRole('row', { name: /Leo Jones/ }).innerText())
      .toContain('2017-03-14');
    await school.getByLabel('Person').selectOption({ label: 'Leo Jones' });
    await school.getByLabel('Date of birth').fill('2017-04-14');
    await school.getByLabel('Where this comes from').selectOption({ label: 'Our records' });
    await school.getByLabel('Note (optional)').fill('From his admission form');
    await school.getByRole('button', { name: 'Send for review' }).click();
    await school.getByText('It differs from the map, so the lead agency will check it.').waitFor();
    const sent = school.getByRole('region', { name: 'What your agency has sent' });
    await sent.getByText('waiting for a decision').waitFor();
    // The school sees its own value, never the map's.
    expect(await sent.getByRole('columnheader').allInnerTexts()).toEqual([
      'Reported by Hillside Primary School',
    ]);

    // 3. The lead is told live, sees both values with their sources, and accepts the correction.
    await inbox(lead).getByText('Different date of birth for Leo Jones', { exact: true }).waitFor();
    const review = lead.getByRole('region', { name: 'Contributions to review' });
    const table = review.getByRole('table', { name: /Discrepancy raised.*date of birth for Leo Jones/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'On the map',
      'Reported by Hillside Primary School',
    ]);
    const cells = await table.getByRole('cell').allInnerTexts();
    expect(cells).toEqual([
      '2017-03-14',
      '2017-04-14',
      'Source: already on the map (no source recorded)',
      'Source: Our records',
    ]);
    expect(await review.getByText('Note: From his admission form').isVisible()).toBe(true);
    await saveScreenshot(lead, 'journey11-lead-review');
    await review
      .getByRole('button', { name: 'Accept the contribution from Hillside Primary School (Mr Tom Evans)' })
      .click();
    await review
      .getByRole('status')
      .getByText('Accepted the contribution from Hillside Primary School')
      .waitFor();
    const leadPeople = lead.getByRole('table', { name: 'People on the map' });
    await expect
      .poll(() => leadPeople.getByRole('row', { name: /Leo Jones/ }).innerText())
      .toContain('2017-04-14');
    await review.getByRole('table', { name: /Corrected on the map/ }).waitFor();

    // 4. The GP is notified: the correction arrives in its inbox without reloading.
    await inbox(gp).getByText('The date of birth of Leo Jones was corrected', { exact: true }).waitFor();
    expect(await gp.getByRole('status').filter({ hasText: 'New in your inbox' }).innerText()).toContain(
      'The date of birth of Leo Jones was corrected',
    );
    expect(await inbox(gp).innerText()).toContain('is now "2017-04-14" (it was "2017-03-14")');
    // The school is told its contribution was accepted.
    await inbox(school).getByText('Contribution accepted', { exact: true }).waitFor();
    // The GP checks its records and confirms the corrected date, so it has contributed too.
    await gp.getByRole('heading', { level: 2, name: MAP_TITLE }).waitFor();
    await expect
      .poll(() =>
        gp.getByRole('table', { name: 'People on the map' }).getByRole('row', { name: /Leo/ }).innerText(),
      )
      .toContain('2017-04-14');
    await gp.getByLabel('Person').selectOption({ label: 'Leo Jones' });
    await gp.getByLabel('Date of birth').fill('2017-04-14');
    await gp.getByRole('button', { name: 'Send for review' }).click();
    await gp.getByText(/Sent to Calderbridge Children's Social Care for review/).waitFor();

    // 5. The lead records the outcome; both contributors are told.
    const summary =
      'Assessment complete: Leo is a child in need. A plan is agreed with the school and the GP.';
    await lead.getByLabel(/What was decided/).fill(summary);
    await lead.getByRole('button', { name: 'Record outcome and tell the agencies' }).click();
    const recorded = lead.getByRole('region', { name: 'Outcome of the assessment' }).getByRole('status');
    await recorded.getByText('Outcome recorded.').waitFor();
    expect(await recorded.innerText()).toContain('Hillside Primary School');
    expect(await recorded.innerText()).toContain('Riverside Medical Practice');
    for (const partner of [school, gp]) {
      await inbox(partner).getByText(`Outcome of the assessment: ${MAP_TITLE}`, { exact: true }).waitFor();
      expect(await inbox(partner).innerText()).toContain(summary);
    }
    await saveScreenshot(gp, 'journey11-gp-inbox');
    await saveScreenshot(school, 'journey11-school');

    // axe: the shared screens, as the lead and as a partner.
    const report: Record<string, string[]> = {
      'shared map, lead': await axeViolations(lead),
      'shared map, partner (school)': await axeViolations(school),
      'shared map, partner (GP)': await axeViolations(gp),
    };
    expect(report).toEqual({
      'shared map, lead': [],
      'shared map, partner (school)': [],
      'shared map, partner (GP)': [],
    });
    // Nothing from the portal is kept on the device: the service worker leaves /api/ to the network.
    const cached = await lead.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((url) => url.includes('/api/'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("the school corrects Leo's NHS number (a mistyped one is refused, naming the field); the lead sees both", async () => {
    const school = await openAs('Mr Tom Evans');
    await school.getByRole('heading', { level: 2, name: MAP_TITLE }).waitFor();
    await school.getByLabel('What are you adding?').selectOption({ label: 'NHS number' });
    await school.getByLabel('Person').selectOption({ label: 'Leo Jones' });
    // A wrong check digit is refused before anything is sent, with the field named and focused.
    await school.getByLabel('NHS number').fill('401 023 2138');
    await school.getByRole('button', { name: 'Send for review' }).click();
    await school.getByRole('status').getByText('NHS number: this is not a valid NHS number').waitFor();
    const field = school.getByLabel('NHS number');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await saveScreenshot(school, 'journey11-school-nhs-number-error');
    await field.fill('401 023 2137');
    await school.getByLabel('Where this comes from').selectOption({ label: 'The family told us' });
    await school.getByLabel('Note (optional)').fill('His mother gave us his red book');
    await school.getByRole('button', { name: 'Send for review' }).click();
    await school
      .getByRole('status')
      .getByText(
        'Leo Jones, NHS number 4010232137. It differs from the map, so the lead agency will check it.',
      )
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    const lead = await openAs('Sam Okafor');
    await lead.getByRole('button', { name: `Open ${MAP_TITLE}` }).click();
    const review = lead.getByRole('region', { name: 'Contributions to review' });
    const table = review.getByRole('table', { name: /Discrepancy raised.*NHS number for Leo Jones/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'On the map',
      'Reported by Hillside Primary School',
    ]);
    expect(await table.getByRole('cell').allInnerTexts()).toEqual([
      LEO_NHS_NUMBER,
      '4010232137',
      'Source: already on the map (no source recorded)',
      'Source: The family told us',
    ]);
    await saveScreenshot(lead, 'journey11-lead-nhs-number');
    expect(await axeViolations(school)).toEqual([]);
    expect(await axeViolations(lead)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
