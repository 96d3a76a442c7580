import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { addFirstPerson, chooseOtherParent, createMap, openStart, selectPerson } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('journey 6: the app works offline', () => {
  it('opens, lists and edits saved maps with the network off, after one visit', async () => {
    const { page, context } = browser;
    await openStart(page, inject('demoUrl'));
    await page.getByText('Nothing leaves this device: maps are saved in this browser only.').waitFor();
    await createMap(page, 'Offline map');
    await addFirstPerson(page, 'Ava', 'woman');
    await page.locator('.save-state--saved').waitFor();
    // The service worker has kept the app's files on this first visit.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    try {
      await page.goto(inject('demoUrl'));
      await page.getByRole('heading', { name: 'Your saved maps' }).waitFor();
      await page.getByRole('link', { name: 'Offline map' }).click();
      await page.getByRole('heading', { level: 1, name: 'Offline map' }).waitFor();
      await page.locator('.editor__chart [data-person-id]').first().waitFor();
      await selectPerson(page, 'Ava');
      await page.getByRole('button', { name: 'Child of Ava', exact: true }).click();
      await chooseOtherParent(page, 'No other parent');
      await expect.poll(() => page.locator('.editor__chart [data-person-id]').count()).toBe(2);
      await saveScreenshot(page, 'journey-6-offline');
    } finally {
      await context.setOffline(false);
    }
    // Going offline makes Chromium log failed requests only if the app made any: it made none.
    expect(browser.problems).toEqual([]);
  });
});
