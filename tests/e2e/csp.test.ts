// Issue 13: a React app drawing a genogram under a strict Content Security Policy, no 'unsafe-inline'.
// docs/examples/csp/example.tsx is built here with Vite's JS API (docs/examples/csp/vite.config.ts),
// and the example pages are served as they are from a loopback server with the policy in an HTTP
// header, then opened in Chromium (which enforces it; not the journeys' browser, which bypasses CSP).
//  - index.html: `style-src 'self'`, the styles from @kinmap/react/styles.css;
//  - nonce.html: `style-src 'nonce-…'` (a new nonce each request), the styles from <KinmapStyles nonce>;
//  - and, to show a violation would be seen, nonce.html under `style-src 'self'`: its <style> is refused.
import { rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palettes } from '@kinmap/react';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';
import { saveScreenshot } from './support/browser.ts';
import { buildBundle } from './support/buildBundle.ts';
import { fileUnder, serveFiles, type Answer } from './support/fileServer.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const exampleDir = join(repo, 'docs/examples/csp');
const EXAMPLE = '/docs/examples/csp/';
const BUNDLE = `${EXAMPLE}dist/csp-example.js`;
const STYLES = '/packages/react/styles.css';
const STRICT = "default-src 'self'; style-src 'self'; script-src 'self'";
const WAIT = { timeout: Number(process.env.CSP_WAIT ?? 60_000) };

let outDir: string;
let server: { origin: string; close(): Promise<void> } | undefined;
let origin: string;
let browser: Browser;

/**
 * Serves the example folder, the freshly built bundle and styles.css at the paths the pages use, each
 * with the page's policy. `?policy=strict` serves nonce.html under the strict policy instead.
 */
function route(url: URL): Answer | undefined {
  const path = url.pathname;
  if (path === '/favicon.ico') return { status: 204, headers: { 'content-security-policy': STRICT } };
  let file: string | undefined;
  if (path === BUNDLE || path === `${BUNDLE}.map`) file = join(outDir, path.slice(path.lastIndexOf('/') + 1));
  else if (path === STYLES) file = join(repo, 'packages/react/styles.css');
  else file = fileUnder(EXAMPLE, exampleDir, path);
  if (!file) return undefined;
  if (!path.endsWith('/nonce.html')) return { file, headers: { 'content-security-policy': STRICT } };
  const nonce = randomBytes(16).toString('base64');
  const policy =
    url.searchParams.get('policy') === 'strict'
      ? STRICT
      : `default-src 'self'; style-src 'nonce-${nonce}'; script-src 'self'`;
  return {
    file,
    headers: { 'content-security-policy': policy },
    rewrite: (body) => body.toString('utf8').replaceAll('{{nonce}}', nonce),
  };
}

/** Opens a page, recording CSP violations (from the first byte on), uncaught errors and console errors. */
async function open(
  path: string,
): Promise<{ page: Page; problems: string[]; violations: () => Promise<string[]> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(`${origin}${path}`);
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  try {
    await page.locator('#chart svg.kinmap-chart').waitFor(WAIT);
  } catch (error) {
    throw new Error(
      `${path}: no chart drawn. Problems: ${[...problems, ...(await violations())].join('; ')}`,
      {
        cause: error,
      },
    );
  }
  return { page, problems, violations };
}

/** `#rrggbb` as the `rgb(r, g, b)` a computed style gives. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** What the page's styles did to the chart, read from computed styles. */
async function computed(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      return getComputedStyle(element);
    };
    return {
      lineStroke: style('#chart .kinmap-line').stroke,
      nameFill: style('#chart .kinmap-name').fill,
      background: style('#chart').backgroundColor,
      font: style('#chart svg.kinmap-chart').fontFamily,
      personCursor: style('#chart .kinmap-person[tabindex]').cursor,
      legendList: style('#chart .kinmap-legend ul').listStyleType,
    };
  });
}

beforeAll(async () => {
  outDir = await buildBundle(exampleDir, 'kinmap-csp-');
  server = await serveFiles(route);
  origin = server.origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const dark = palettes.dark;

describe("a React app under style-src 'self' with @kinmap/react/styles.css", () => {
  it('draws the family, takes its theme from styles.css, and breaks no rule of the policy', async () => {
    const { page, problems, violations } = await open(`${EXAMPLE}index.html`);
    await expect
      .poll(() => page.locator('#chart .kinmap-name').allTextContents(), WAIT)
      .toEqual(expect.arrayContaining([expect.stringContaining('Leo'), expect.stringContaining('Grace')]));
    // data-theme="dark" on the wrapper works only through styles.css's rules and custom properties.
    expect(await computed(page)).toEqual({
      lineStroke: rgb(dark.ink),
      nameFill: rgb(dark.ink),
      background: rgb(dark.paper),
      font: expect.stringMatching(/^"?Atkinson Hyperlegible Next"?, system-ui, sans-serif$/),
      personCursor: 'pointer',
      legendList: 'none',
    });
    // Keyboard focus shows the outline the stylesheet draws, in the dark theme's focus colour.
    await page.locator('#chart [data-person-id]').first().focus();
    await page.keyboard.press('ArrowDown');
    const outline = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused?.matches('.kinmap-person')) return null;
      const style = getComputedStyle(focused);
      return { style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
    });
    expect(outline).toEqual({ style: 'solid', width: '3px', colour: rgb(dark.focus) });
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await saveScreenshot(page, 'csp-styles-css');
    await page.context().close();
  });
});

describe("a React app under style-src 'nonce-…' with <KinmapStyles nonce>", () => {
  it('applies the <style> the nonce allows, with no violation', async () => {
    const { page, problems, violations } = await open(`${EXAMPLE}nonce.html`);
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('style[data-kinmap-styles]').count()).toBe(1);
    expect(await computed(page)).toMatchObject({
      lineStroke: rgb(dark.ink),
      background: rgb(dark.paper),
      personCursor: 'pointer',
    });
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the same <style> under a policy without the nonce is refused, and the test sees it', async () => {
    const { page, violations } = await open(`${EXAMPLE}nonce.html?policy=strict`);
    await expect.poll(violations, WAIT).toEqual([expect.stringMatching(/^style-src-elem inline/)]);
    // Without its rules the wrapper's data-theme does nothing: the chart falls back to its light colours.
    expect((await computed(page)).lineStroke).toBe(rgb(palettes.light.ink));
    await page.context().close();
  });
});
