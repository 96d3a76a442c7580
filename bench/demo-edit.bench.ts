// How fast the demo editor answers a practitioner on a large family: the time from a keystroke in a
// details field, and from a click on "+ Child", to the next paint, in the system Chromium.
// Run: pnpm exec tsx bench/demo-edit.bench.ts   (builds the demo first; needs /usr/bin/chromium)
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serializeFamily } from '@kinmap/model';
import { build, preview } from 'vite';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { openDemoBrowser } from '../tests/e2e/support/browser.ts';

const PEOPLE = Number(process.env.PEOPLE ?? 200);
const KEYSTROKES = 40;
const ADDS = 20;

const demoRoot = fileURLToPath(new URL('../packages/demo', import.meta.url));
const configFile = `${demoRoot}/vite.config.ts`;
await build({ configFile, root: demoRoot, logLevel: 'error' });
const server = await preview({
  configFile,
  root: demoRoot,
  logLevel: 'error',
  preview: { port: 0, host: '127.0.0.1' },
});
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no preview port');
const browser = await openDemoBrowser();
const { page } = browser;

function summary(label: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  console.log(
    `${label.padEnd(44)} median ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95).toFixed(1).padStart(6)} ms   ` +
      `min ${sorted[0]?.toFixed(1).padStart(6)} ms   max ${sorted.at(-1)?.toFixed(1).padStart(6)} ms   (n=${values.length})`,
  );
}

try {
  const family = generateFamily({ people: PEOPLE, seed: 3 });
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
    name: 'generated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeFamily(family)),
  });
  await page.getByRole('heading', { level: 1 }).filter({ hasText: family.title }).waitFor();
  await page.locator('.editor__chart [data-person-id]').first().waitFor();

  // Time from an input event to the next frame being painted: the handler (capture phase, so before
  // React) notes the event's time; a task queued from the next animation frame runs after that paint.
  // (A string, not a function: tsx would wrap named inner functions in a helper the page lacks.)
  await page.evaluate(`(() => {
    const marks = [];
    window.__marks = marks;
    for (const type of ['keydown', 'click']) {
      document.addEventListener(type, (event) => {
        const start = event.timeStamp;
        const painted = (label) =>
          requestAnimationFrame(() => setTimeout(() => marks.push({ type: label, ms: performance.now() - start }), 0));
        painted(type);
        // And the paint after the chart itself changed (it is re-laid out as a deferred render).
        const chart = document.querySelector('.editor__chart');
        if (!chart) return;
        const observer = new MutationObserver(() => {
          observer.disconnect();
          painted(type + ':chart');
        });
        observer.observe(chart, { subtree: true, childList: true, characterData: true });
        setTimeout(() => observer.disconnect(), 5000);
      }, true);
    }
  })()`);
  const takeMarks = () =>
    page.evaluate(() => (window as unknown as { __marks: { type: string; ms: number }[] }).__marks.splice(0));

  // Select a person in the middle of the chart (a person symbol, not a pregnancy or pet).
  const person = page.locator(
    '.editor__chart [data-person-id][data-kind="square"], .editor__chart [data-person-id][data-kind="circle"]',
  );
  const target = person.nth(Math.floor((await person.count()) / 2));
  await target.focus();
  await page.keyboard.press('Space');
  await page.getByRole('heading', { name: /^Details of / }).waitFor();
  await takeMarks();

  const field = page.getByLabel('Known as');
  await field.focus();
  // Typing at a steady pace (each key once the chart has caught up), then fast typing, where a key
  // can arrive while the chart is still being redrawn for the previous one.
  async function type(count: number, gapMs: number) {
    for (let i = 0; i < count; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Backspace' : 'KeyA');
      await page.waitForFunction(() => (window as unknown as { __marks: unknown[] }).__marks.length > 0);
      await page.waitForTimeout(gapMs);
    }
    return takeMarks();
  }
  const steady = await type(KEYSTROKES, 400);
  const typing = steady.filter((m) => m.type === 'keydown').map((m) => m.ms);
  const typingChart = steady.filter((m) => m.type === 'keydown:chart').map((m) => m.ms);
  const fast = await type(KEYSTROKES, 30);
  const fastTyping = fast.filter((m) => m.type === 'keydown').map((m) => m.ms);

  const adds: number[] = [];
  const addsChart: number[] = [];
  for (let i = 0; i < ADDS; i++) {
    const button = page.getByRole('button', { name: /^Child of / });
    await button.click();
    await page.waitForFunction(() => (window as unknown as { __marks: unknown[] }).__marks.length > 1);
    await page.waitForTimeout(400);
    const marks = await takeMarks();
    adds.push(...marks.filter((m) => m.type === 'click').map((m) => m.ms));
    addsChart.push(...marks.filter((m) => m.type === 'click:chart').map((m) => m.ms));
  }
  const drawn = await page.locator('.editor__chart [data-person-id]').count();

  console.log(
    `Demo editor, generated family of ${PEOPLE} people (${drawn} drawn at the end), Chromium ${(await browser.context.browser()?.version()) ?? ''}`,
  );
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  summary('Keystroke in a details field → next paint', typing);
  summary('  … until the chart shows the new text', typingChart);
  summary('  fast typing (a key every ~30 ms) → next paint', fastTyping);
  summary('Click “+ Child” → next paint', adds);
  summary('  … until the chart shows the new child', addsChart);
  if (browser.problems.length > 0) console.log(`Problems seen in the page:\n${browser.problems.join('\n')}`);
} catch (error) {
  await page.screenshot({ path: 'test-results/demo-bench-failure.png' });
  console.log(browser.problems.join('\n'));
  throw error;
} finally {
  await browser.close();
  await server.close();
}
