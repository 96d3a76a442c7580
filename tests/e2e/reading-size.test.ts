import { serializeFamily } from '@kinmap/model';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateFamily } from '../support/generateFamily.ts';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { openStart } from './support/editor.ts';

// Issue 10, rule 7: at "fit" in a 1366×768 window, names are at least 11 CSS px for families up to
// 30 people (the key folded away under the chart); printed on A4, at least 8 pt, over several pages
// when the family is large, with the key on the last page.

const READING_PX = 11;
const PRINTED_PT = 8;
const WAIT = { timeout: 60_000 };

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
  await browser.page.setViewportSize({ width: 1366, height: 768 });
});
afterAll(async () => {
  await browser?.close();
});

interface NameSizes {
  /** Smallest and largest name, in CSS px as drawn (font size × the chart's scale on screen). */
  min: number;
  max: number;
  count: number;
}

/** The size names are drawn at inside `scope`, from the font size and the text's screen transform. */
async function nameSizes(page: Page, scope: string): Promise<NameSizes> {
  return page.evaluate((selector) => {
    const names = [...document.querySelectorAll<SVGTextElement>(`${selector} svg .kinmap-name`)];
    const sizes = names.map(
      (text) => Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
    );
    return { min: Math.min(...sizes), max: Math.max(...sizes), count: sizes.length };
  }, scope);
}

/** Name sizes once the chart has stopped changing (laid out, drawn and fitted). */
async function settledNameSizes(page: Page, scope: string): Promise<NameSizes> {
  await page.locator(`${scope} svg .kinmap-name`).first().waitFor(WAIT);
  let last = await nameSizes(page, scope);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const next = await nameSizes(page, scope);
    if (next.min === last.min && next.count === last.count) return next;
    last = next;
  }
  return last;
}

/** Opens the chart and checks it on screen at fit, after "fit" again, and in print. */
async function checkFamily(page: Page, label: string) {
  const chart = '.editor__chart';
  const people = await page.locator(`${chart} g.kinmap-person`).count();
  const opened = await settledNameSizes(page, chart);
  // The key starts folded away on a 1366×768 screen, as one line under the chart.
  const toggle = page.locator('.editor__legend').getByRole('button', { name: 'Key' });
  expect(await toggle.getAttribute('aria-expanded'), label).toBe('false');

  // Zoom out, then "fit" again: the same reading size.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Fit the chart to the view' }).click();
  const refitted = await settledNameSizes(page, chart);

  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-chart').waitFor({ state: 'attached', ...WAIT });
  const printed = await settledNameSizes(page, '.print-chart');
  const pages = Number(await page.locator('.print-chart').getAttribute('data-pages'));
  const keyPlace = await page.locator('.print-chart').getAttribute('data-key');
  const keyVisible = await page.locator('.editor__legend li').first().isVisible();
  await page.emulateMedia({ media: 'screen' });
  return { people, opened, refitted, printedPt: printed.min * 0.75, pages, keyPlace, keyVisible };
}

describe('reading size: names readable at fit on a laptop screen and on paper', () => {
  it('draws names at 11 px or more at fit, and 8 pt or more in print, for every example family', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    const titles = await page.locator('.examples button').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    const report: string[] = [];
    for (const title of titles) {
      await openStart(page, inject('demoUrl'));
      await page.getByRole('button', { name: title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
      const result = await checkFamily(page, title);
      report.push(
        `${title}: ${result.people} people, ${result.opened.min.toFixed(2)} px at fit, ` +
          `${result.printedPt.toFixed(2)} pt on ${result.pages} page(s)`,
      );
      if (title.startsWith('Leo')) await saveScreenshot(page, 'reading-size-leo-1366x768');
      if (result.people > 30) continue;
      expect(result.opened.min, title).toBeGreaterThanOrEqual(READING_PX - 0.01);
      expect(result.refitted.min, title).toBeGreaterThanOrEqual(READING_PX - 0.01);
      expect(result.printedPt, title).toBeGreaterThanOrEqual(PRINTED_PT - 0.01);
      expect(result.keyVisible, title).toBe(true);
    }
    console.info(report.join('\n'));
    expect(browser.problems).toEqual([]);
  }, 600_000);

  it('shows a 30-person family at the reading size and prints it over several A4 pages at 8 pt or more', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    const family = generateFamily({ people: 30, seed: 3 });
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'thirty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeFamily(family)),
    });
    await page.getByRole('heading', { level: 1, name: family.title }).waitFor(WAIT);
    const result = await checkFamily(page, family.title);
    await saveScreenshot(page, 'reading-size-30-people-1366x768');
    expect(family.people).toHaveLength(30);
    expect(result.opened.min).toBeGreaterThanOrEqual(READING_PX - 0.01);
    expect(result.refitted.min).toBeGreaterThanOrEqual(READING_PX - 0.01);
    expect(result.printedPt).toBeGreaterThanOrEqual(PRINTED_PT - 0.01);
    expect(result.pages).toBeGreaterThan(1);
    expect(result.keyPlace).toBe('own-page');
    expect(result.keyVisible).toBe(true);

    // The PDF Chromium makes (A4): one page per part of the chart, then the key.
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-chart').waitFor({ state: 'attached', ...WAIT });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pdfPages).toBe(result.pages + 1);

    // The key opens over the chart and does not shrink it: names keep their size.
    await page.locator('.editor__legend').getByRole('button', { name: 'Key' }).click();
    await page.locator('.editor__legend li').first().waitFor(WAIT);
    const withKey = await settledNameSizes(page, '.editor__chart');
    expect(withKey.min).toBeCloseTo(result.refitted.min, 2);
    await saveScreenshot(page, 'reading-size-30-people-key-open');
    expect(browser.problems).toEqual([]);
  }, 300_000);
});
