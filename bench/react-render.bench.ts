// How fast <Genogram> draws, in the system Chromium: the first render of a 1000-person family, and
// one edit to a 200-person family (a rename, and adding a child) from the state update to the next
// painted frame, split into layout (`layoutFamily`), React (render and commit) and the browser
// (style, layout and paint). Target (issue 4): one edit to 200 people in <= 16 ms.
// Run: pnpm bench:react   (needs /usr/bin/chromium; KINMAP_CHROMIUM overrides the path)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../tests/support/chromium.ts';
import { build } from 'vite';

const MOUNT_RUNS = Number(process.env.MOUNT_RUNS ?? 7);
const EDIT_RUNS = Number(process.env.EDIT_RUNS ?? 30);
const WARMUP = 5;

interface Sample {
  layout: number;
  react: number;
  browser: number;
  total: number;
}

if (!existsSync(CHROMIUM)) {
  throw new Error(
    `bench:react needs Chromium at ${CHROMIUM} (apt-get install -y chromium, or set KINMAP_CHROMIUM).`,
  );
}

// 1. Bundle the page (production React) into one script in a temporary folder.
const repo = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'kinmap-bench-react-'));
await build({
  root: repo,
  configFile: false,
  logLevel: 'error',
  mode: 'production',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    rollupOptions: {
      input: fileURLToPath(new URL('./react-render.page.tsx', import.meta.url)),
      output: { entryFileNames: 'page.js' },
    },
  },
});
const script = readFileSync(join(outDir, 'page.js'), 'utf8');

// 2. Run it in Chromium.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN,
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
};
const rows: string[] = [];
function report(label: string, samples: Sample[]) {
  const f = (n: number) => n.toFixed(1).padStart(6);
  const t = stats(samples.map((s) => s.total));
  const part = (key: keyof Sample) => f(stats(samples.map((s) => s[key])).median);
  const row =
    `| ${label.padEnd(34)} | ${f(t.median)} | ${f(t.min)} | ${f(t.max)} | ${part('layout')} | ` +
    `${part('react')} | ${part('browser')} | ${String(samples.length).padStart(3)} |`;
  rows.push(row);
  console.log(row);
}

try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.setContent(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>',
  );
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => document.title === 'ready');
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(
      ([name, rest]) => {
        const api = (window as unknown as { kinmapBench: Record<string, (...a: unknown[]) => unknown> })
          .kinmapBench;
        return api[name as string]!(...(rest as unknown[]));
      },
      [fn, args] as const,
    ) as Promise<T>;

  console.log(
    `| ${'measurement (ms)'.padEnd(34)} | median |    min |    max | layout |  React | browser |   n |`,
  );
  console.log(`|${'-'.repeat(36)}|-------:|-------:|-------:|-------:|-------:|--------:|----:|`);

  // (a) First render of the 1000-person family (a fresh React root each time).
  await call<Sample>('mount', 1000, 1); // warm-up: JIT, fonts
  const mounts: Sample[] = [];
  for (let i = 0; i < MOUNT_RUNS; i++) mounts.push(await call<Sample>('mount', 1000, 1));
  const drawn = await call<{ people: number; connectors: number }>('counts');
  report('first render, 1000 people', mounts);

  // (b) One edit to the 200-person family.
  for (const kind of ['rename', 'addChild'] as const) {
    await call<Sample>('mount', 200, 2);
    for (let i = 0; i < WARMUP; i++) await call<Sample>('edit', kind, 1000 + i);
    const edits: Sample[] = [];
    for (let i = 0; i < EDIT_RUNS; i++) edits.push(await call<Sample>('edit', kind, i));
    report(kind === 'rename' ? 'edit 200: rename a person' : 'edit 200: add a child', edits);
  }
  console.log(
    `\n1000-person chart drew ${drawn.people} people and ${drawn.connectors} lines.` +
      `\nChromium ${browser.version()} (${ARGS.join(' ')}); ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; ` +
      `Node ${process.version}.`,
  );
  if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
} finally {
  await browser.close();
  rmSync(outDir, { recursive: true, force: true });
}
