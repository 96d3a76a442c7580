// toReportPdf in the browser: the report package is bundled with the demo's Vite configuration (the
// browser build of pdfkit, the fonts as files of the build), run in Chromium, and must give exactly
// the bytes Node gives for the same family and options.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toReportPdf } from '@kinmap/report';
import { loadFixture } from '../support/fixtures.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.ts';

let out = '';
let server: Server | undefined;
let browser: Browser | undefined;
let origin = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'kinmap-report-browser-'));
  await build({
    configFile: resolve('packages/demo/vite.config.ts'),
    root: resolve('tests/report/support/browser'),
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true },
  });
  server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      const file = join(out, path === '/' ? 'index.html' : path);
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (out) await rm(out, { recursive: true, force: true });
});

describe('toReportPdf in the browser', () => {
  it('the demo’s Vite build bundles it: no Node module, the two font files as assets', async () => {
    const files = await readdir(join(out, 'assets'));
    expect(files.filter((f) => f.endsWith('.ttf'))).toHaveLength(2);
    const scripts = await Promise.all(
      files.filter((f) => f.endsWith('.js')).map((f) => readFile(join(out, 'assets', f), 'utf8')),
    );
    expect(scripts.join('\n')).not.toMatch(/from\s*["']node:/);
  });

  it('Chromium makes the same PDF, byte for byte, as Node', async () => {
    const family = loadFixture('leo');
    const options = { profile: 'partner_agency' as const };
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const base64 = await page.evaluate(([f, o]) => window.kinmapReport(f, o), [family, options] as const);
    await page.close();
    expect(errors).toEqual([]);
    const fromBrowser = Buffer.from(base64, 'base64');
    const fromNode = Buffer.from(await toReportPdf(family, options));
    expect(fromBrowser.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fromBrowser.length).toBe(fromNode.length);
    expect(fromBrowser.equals(fromNode)).toBe(true);
  });
});
