import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { openStart, savedJson, savedMapCount } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const withoutId = (json: string) => {
  const { id: _id, title: _title, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
};

describe('journey 3: export a map as a Kinmap file and import it again', () => {
  it('imports the exported file as an identical new map, and refuses a broken file without saving anything', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    await page.getByRole('button', { name: 'Walsh family: kinship care' }).click();
    // An example opens as a marked copy.
    const title = 'Example: Walsh family: kinship care';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const original = await savedJson(page, title);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Kinmap file (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('example-walsh-family-kinship-care.json');
    const exported = await readFile(await download.path(), 'utf8');
    expect(exported).toBe(original);

    // Pictures of the genogram with its key, made on the device.
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export picture (SVG)' }).click(),
    ]);
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svgDownload.suggestedFilename()).toBe('example-walsh-family-kinship-care.svg');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`<title`);
    expect(svg).toContain('Walsh');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export picture (PNG)' }).click(),
    ]);
    const png = await readFile(await pngDownload.path());
    expect(pngDownload.suggestedFilename()).toBe('example-walsh-family-kinship-care.png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);

    // Print: the chart, the title, the date printed and the key; no panels or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.editor__panel').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Undo/ }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: title }).isVisible()).toBe(true);
    expect(await page.locator('.print-header').innerText()).toMatch(/^Printed \d{1,2} \w+ \d{4}/);
    expect(await page.locator('.editor__legend').isVisible()).toBe(true);
    // The printed chart is the print layout's (the whole family, names at least 8 pt), not the screen's.
    await page.locator('.print-chart [data-person-id]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.print-chart [data-person-id]').first().isVisible()).toBe(true);
    expect(await page.locator('.editor__chart').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Import it: a new map (its own id), otherwise identical.
    await page.getByRole('link', { name: '← Your maps' }).click();
    await page.getByRole('heading', { name: 'Your saved maps' }).waitFor();
    expect(await savedMapCount(page)).toBe(1);
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'walsh.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const importedId = decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
    expect(importedId).not.toBe(JSON.parse(exported).id);
    await page.locator('.save-state--saved').waitFor();
    const all = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('kinmap-demo');
          open.onsuccess = () => {
            const get = open.result.transaction('maps').objectStore('maps').getAll();
            get.onsuccess = () => resolve((get.result as { json: string }[]).map((m) => m.json));
          };
        }),
    );
    expect(all).toHaveLength(2);
    const imported = all.find((json) => JSON.parse(json).id === importedId) ?? '';
    expect(withoutId(imported)).toEqual(withoutId(exported));
    // Named so it can be told from its original.
    expect(JSON.parse(imported).title).toMatch(
      /^Example: Walsh family: kinship care \(imported \d{1,2} \w{3,4} \d{2}:\d{2}\)$/,
    );

    // A broken file: a clear message naming the problems, and nothing saved.
    await page.getByRole('link', { name: '← Your maps' }).click();
    await page.getByRole('heading', { name: 'Your saved maps' }).waitFor();
    expect(await savedMapCount(page)).toBe(2);
    const broken = { formatVersion: 1, id: 'family:broken', title: 42, people: [{ id: 'agency:amy' }] };
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message).toContain('“broken.json” was not imported');
    expect(message).toContain('Nothing was saved');
    expect(message).toMatch(/Title/);
    expect(message).toMatch(/Person 1 › id/);
    expect(message).toMatch(/must be a person id/);
    // Not JSON at all: also a clear message.
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('this is not JSON {'),
    });
    await page.getByText('“notes.json” was not imported').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved maps' }).waitFor();
    await page.locator('.saved-maps__item').first().waitFor();
    expect(await savedMapCount(page)).toBe(2);

    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole('alert').waitFor();
    await saveScreenshot(page, 'journey-3-import-refused');
    expect(browser.problems).toEqual([]);
  });
});
