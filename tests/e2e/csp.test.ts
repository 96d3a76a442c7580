// Issue 13: a React app drawing a genogram under a strict Content Security Policy, no 'unsafe-inline'.
// docs/examples/csp/example.tsx is built here with Vite's JS API (docs/examples/csp/vite.config.ts),
// and the example pages are served as they are from a loopback server with the policy in an HTTP
// header, then opened in Chromium (which enforces it; not the journeys' browser, which bypasses CSP).
//  - index.html: `style-src 'self'`, the styles from @kinmap/react/styles.css;
//  - nonce.html: `style-src 'nonce-…'` (a new nonce each request), the styles from <KinmapStyles nonce>;
//  - and, to show a violation would be seen, nonce.html under `style-src 'self'`: its <style> is refused.
import { readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palettes } from '@kinmap/react';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';
import { saveScreenshot } from './support/browser.ts';
import { buildBundle } from './support/buildBundle.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const exampleDir = join(repo, 'docs/examples/csp');
const EXAMPLE = '/docs/examples/csp/';
const BUNDLE = `${EXAMPLE}dist/csp-example.js`;
const STYLES = '/packages/react/styles.css';
const STRICT = "default-src 'self'; style-src 'self'; script-src 'self'";
const WAIT = { timeout: Number(process.env.CSP_WAIT ?? 60_000) };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;

/**
 * Serves the example folder, the freshly built bundle and styles.css at the paths the pages use, each
 * with the page's policy. `?policy=strict` serves nonce.html under the strict policy instead.
 */
function serve(): Promise<string> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    let file: string | undefined;
    if (path === BUNDLE || path === `${BUNDLE}.map`)
      file = join(outDir, path.slice(path.lastIndexOf('/') + 1));
    else if (path === STYLES) file = join(repo, 'packages/react/styles.css');
    else if (path.startsWith(EXAMPLE)) {
      const inside = normalize(path.slice(EXAMPLE.length));
      if (!inside.startsWith('..')) file = join(exampleDir, inside);
    }
    let policy = STRICT;
    if (path === '/favicon.ico') {
      response.writeHead(204, { 'content-security-policy': policy });
      response.end();
      return;
    }
    try {
      if (!file) throw new Error('not found');
      let body: Buffer | string = readFileSync(file);
      if (path.endsWith('/nonce.html')) {
        const nonce = randomBytes(16).toString('base64');
        body = body.toString('utf8').replaceAll('{{nonce}}', nonce);
        if (url.searchParams.get('policy') !== 'strict')
          policy = `default-src 'self'; style-src 'nonce-${nonce}'; script-src 'self'`;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policy,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '');
    });
  });
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
  origin = await serve();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
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
