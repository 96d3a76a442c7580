// Issue 13: <kinmap-genogram> and <kinmap-genogram-editor> on a plain page with no framework, under a
// strict Content Security Policy. The element is built here with Vite's JS API (the same config as
// `pnpm --filter @kinmap/element build`), and docs/examples/web-component/index.html is served as it is
// from a loopback server and opened in Chromium.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';
import { saveScreenshot } from './support/browser.ts';
import { buildBundle } from './support/buildBundle.ts';
import { fileUnder, serveFiles, type Answer } from './support/fileServer.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const elementRoot = join(repo, 'packages/element');
const exampleDir = join(repo, 'docs/examples/web-component');
const PAGE = '/docs/examples/web-component/index.html';
const BUNDLE = '/packages/element/dist/kinmap-element.js';
const WAIT = { timeout: 60_000 };

let outDir: string;
let server: { origin: string; close(): Promise<void> } | undefined;
let origin: string;
let context: BrowserContext;
let page: Page;
/** Uncaught errors, console errors and warnings, and CSP violations seen on the page. */
const problems: string[] = [];

/** Serves the example folder and the freshly built bundle at the paths the page uses. */
function route(url: URL): Answer | undefined {
  const path = url.pathname;
  if (path === BUNDLE || path === `${BUNDLE}.map`)
    return { file: join(outDir, path.slice(BUNDLE.lastIndexOf('/') + 1)) };
  const file = fileUnder('/docs/examples/web-component/', exampleDir, path);
  return file ? { file } : undefined;
}

beforeAll(async () => {
  outDir = await buildBundle(elementRoot, 'kinmap-element-');
  server = await serveFiles(route);
  origin = server.origin;
  // Not the journeys' browser: that one bypasses the Content Security Policy, and this test wants it.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: { type: string; target: string; detail: unknown }[] = [];
    (window as unknown as { kinmapEvents: typeof seen }).kinmapEvents = seen;
    for (const type of ['kinmap-select', 'kinmap-change', 'kinmap-error'])
      // Listening on window shows the events bubble out of the shadow root (composed) and up the page.
      window.addEventListener(type, (event) => {
        const detail = (event as CustomEvent).detail as Record<string, unknown>;
        seen.push({
          type,
          target: (event.target as Element).id,
          detail: type === 'kinmap-change' ? { ...detail, change: undefined } : detail,
        });
      });
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations?: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(`${origin}${PAGE}`);
}, 240_000);

afterAll(async () => {
  await context?.browser()?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface SeenEvent {
  type: string;
  target: string;
  detail: { selection?: string[]; family?: { people: { id: string }[] }; json?: string; action?: string };
}

async function eventsSeen(type: string): Promise<SeenEvent[]> {
  const all = await page.evaluate(() => (window as unknown as { kinmapEvents: SeenEvent[] }).kinmapEvents);
  return all.filter((event) => event.type === type);
}

describe('<kinmap-genogram> on a plain page', () => {
  it('draws the family from the family property, with the names as text, and no CSP violation', async () => {
    const chart = page.locator('#chart svg.kinmap-chart');
    await chart.waitFor(WAIT);
    // Playwright's CSS locators go into open shadow roots: the chart is inside the element's.
    const insideShadow = await page.evaluate(
      () => document.querySelector('#chart')?.shadowRoot?.querySelector('svg.kinmap-chart') !== null,
    );
    expect(insideShadow).toBe(true);
    await expect
      .poll(() => page.locator('#chart .kinmap-name').allTextContents(), WAIT)
      .toEqual(expect.arrayContaining([expect.stringContaining('Leo'), expect.stringContaining('Grace')]));
    // The editor got the same family as JSON text in its attribute.
    await page.locator('#editor svg.kinmap-chart').waitFor(WAIT);
    expect(await page.locator('#editor [data-person-id]').count()).toBe(
      await page.locator('#chart [data-person-id]').count(),
    );
    // The chart's styles reached the shadow root (a constructed sheet): the focus ring rule hides rings.
    const ringVisibility = await page.evaluate(() => {
      const ring = document.querySelector('#chart')?.shadowRoot?.querySelector('.kinmap-focus-ring');
      return ring ? getComputedStyle(ring).visibility : 'no ring';
    });
    expect(['hidden', 'no ring']).toContain(ringVisibility);
    const adopted = await page.evaluate(
      () => document.querySelector('#chart')?.shadowRoot?.adoptedStyleSheets.length ?? 0,
    );
    expect(adopted).toBe(1);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await saveScreenshot(page, 'web-component');
  });

  it('clicking a person sends kinmap-select with their id; Space on the next person too', async () => {
    await page.locator('#chart [data-person-id="person:leo"]').click();
    await expect
      .poll(async () => (await eventsSeen('kinmap-select')).at(-1), WAIT)
      .toMatchObject({
        target: 'chart',
        detail: { selection: ['person:leo'] },
      });
    // The page's own listener heard it too (the events list is written by example.js).
    await expect
      .poll(() => page.locator('#events').textContent(), WAIT)
      .toContain('chart: selected person:leo');
    // From the keyboard: focus moves to a parent with ArrowUp, and Space selects them.
    await page.keyboard.press('ArrowUp');
    const focused = await page.evaluate(
      () =>
        document.querySelector('#chart')?.shadowRoot?.activeElement?.getAttribute('data-person-id') ?? null,
    );
    expect(['person:grace', 'person:daniel']).toContain(focused);
    await page.keyboard.press('Space');
    await expect
      .poll(async () => (await eventsSeen('kinmap-select')).at(-1)?.detail.selection, WAIT)
      .toEqual([focused]);
  });

  it('the read-only chart does not remove a person on Delete', async () => {
    const before = await page.locator('#chart [data-person-id]').count();
    await page.keyboard.press('Delete');
    expect(await page.locator('#chart [data-person-id]').count()).toBe(before);
    expect(await eventsSeen('kinmap-change')).toEqual([]);
  });
});

describe('lang', () => {
  it('lang="cy" draws the chart in Welsh (lang on the svg, Welsh buttons); taking it away, in English', async () => {
    await page.evaluate(() => document.querySelector('#chart')?.setAttribute('lang', 'cy'));
    await expect.poll(() => page.locator('#chart svg.kinmap-chart').getAttribute('lang'), WAIT).toBe('cy');
    await expect
      .poll(() => page.locator('#chart [role="toolbar"] button').first().getAttribute('aria-label'), WAIT)
      .toBe('Chwyddo i mewn');
    await page.evaluate(() => document.querySelector('#chart')?.removeAttribute('lang'));
    await expect
      .poll(() => page.locator('#chart [role="toolbar"] button').first().getAttribute('aria-label'), WAIT)
      .toBe('Zoom in');
    expect(await page.locator('#chart svg.kinmap-chart').getAttribute('lang')).not.toBe('cy');
    expect(problems).toEqual([]);
  });
});

describe('<kinmap-genogram-editor>', () => {
  it('Delete removes the person in focus and sends kinmap-change with the new family', async () => {
    const maisie = page.locator('#editor [data-person-id="person:maisie"]');
    await maisie.click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await eventsSeen('kinmap-change')).length, WAIT).toBe(1);
    const [change] = await eventsSeen('kinmap-change');
    expect(change?.target).toBe('editor');
    expect(change?.detail.action).toBe('apply');
    const ids = change?.detail.family?.people.map((person) => person.id) ?? [];
    expect(ids).not.toContain('person:maisie');
    expect(ids).toContain('person:leo');
    // The JSON text is the same family, ready to save.
    const saved = JSON.parse(change?.detail.json ?? '{}') as { people: { id: string }[] };
    expect(saved.people.map((person) => person.id)).toEqual(ids);
    await expect.poll(() => maisie.count(), WAIT).toBe(0);
    // The element's family property holds the changed family.
    const held = await page.evaluate(() =>
      (
        document.querySelector('#editor') as unknown as { family: { people: { id: string }[] } }
      ).family.people.map((person) => person.id),
    );
    expect(held).toEqual(ids);
    // Ctrl+Z brings her back, and says so with another kinmap-change.
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await eventsSeen('kinmap-change')).at(-1)?.detail.action, WAIT)
      .toBe('undo');
    await expect.poll(() => maisie.count(), WAIT).toBe(1);
  });
});

describe('bad input is shown in the element and never thrown into the page', () => {
  it('a family attribute the model refuses shows a message naming the field and sends kinmap-error', async () => {
    const before = (await eventsSeen('kinmap-error')).length;
    await page.evaluate(() => {
      document
        .querySelector('#editor')
        ?.setAttribute('family', JSON.stringify({ formatVersion: 3, title: 'Broken', people: [{ id: 7 }] }));
    });
    const alert = page.locator('#editor [role="alert"]');
    await alert.waitFor({ state: 'visible', ...WAIT });
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain('family:');
    expect(message).toMatch(/people\[0\]/);
    await expect.poll(async () => (await eventsSeen('kinmap-error')).length, WAIT).toBe(before + 1);
    const error = (await eventsSeen('kinmap-error')).at(-1) as unknown as {
      target: string;
      detail: { issues: { attribute: string; path: string }[] };
    };
    expect(error.target).toBe('editor');
    expect(
      error.detail.issues.some((issue) => issue.attribute === 'family' && issue.path.startsWith('people[0]')),
    ).toBe(true);
    // The chart is gone from the editor; the other element is untouched.
    expect(await page.locator('#editor svg.kinmap-chart').isVisible()).toBe(false);
    expect(await page.locator('#chart svg.kinmap-chart').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('text that is not JSON, a date that does not exist and an unknown theme are named too', async () => {
    await page.evaluate(() => document.querySelector('#editor')?.setAttribute('family', '{"people": ['));
    await expect.poll(() => page.locator('#editor [role="alert"]').textContent(), WAIT).toMatch(/^.*family:/);
    await page.evaluate(() => {
      const chart = document.querySelector('#chart');
      chart?.setAttribute('as-at', '2025-02-30');
      chart?.setAttribute('theme', 'purple');
    });
    const alert = page.locator('#chart [role="alert"]');
    await expect.poll(() => alert.textContent(), WAIT).toContain('as-at:');
    expect(await alert.textContent()).toContain('theme: must be one of: light, dark, high-contrast, auto');
    // Put right, the chart comes back.
    await page.evaluate(() => {
      const chart = document.querySelector('#chart');
      chart?.setAttribute('as-at', '2025-03-14');
      chart?.removeAttribute('theme');
    });
    await page.locator('#chart svg.kinmap-chart').waitFor({ state: 'visible', ...WAIT });
    expect(await alert.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});
