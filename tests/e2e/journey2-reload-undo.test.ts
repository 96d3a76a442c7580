import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { addFirstPerson, addRelative, createMap, openStart, savedJson } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Saved = { people: { names: { given?: string }; genderIdentity: string }[] };
const TITLE = 'Reload and undo';

describe('journey 2: nothing is lost on reload, and undo and redo step back and forth', () => {
  it('reloads to an identical map, undoes three changes and redoes them', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    await createMap(page, TITLE);
    await addFirstPerson(page, 'Ava', 'woman');
    await addRelative(page, 'Ava', 'Child', 'Ben', 'man');

    // The drawing, without what only says where focus and selection are (not part of the map).
    const chart = async () =>
      (await page.locator('.editor__chart svg .kinmap-viewport').innerHTML())
        .replace(/ tabindex="-?\d"| aria-describedby="[^"]*"| data-selected=""|, selected/g, '')
        .replace(/<g class="kinmap-viewport"[^>]*>/, '')
        .replace(/<g class="kinmap-selection-ring".*?<\/g>/g, '');
    // The chart follows each change just after the paint: wait for Ben's square.
    await page.locator('.editor__chart [data-person-id][data-kind="square"][aria-label^="Ben"]').waitFor();
    const jsonBefore = await savedJson(page, TITLE);
    const chartBefore = await chart();

    // Reload: the map reopens exactly as it was (same saved document, same drawing).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.locator('.editor__chart [data-person-id]').first().waitFor();
    expect(await savedJson(page, TITLE)).toBe(jsonBefore);
    expect(await chart()).toBe(chartBefore);

    // Three changes: add a child of Ava, name her, give her gender identity.
    await addRelative(page, 'Ava', 'Child', 'Cara', 'woman');
    const people = async () => (JSON.parse(await savedJson(page, TITLE)) as Saved).people;
    await expect
      .poll(async () => (await people()).map((p) => [p.names.given, p.genderIdentity]))
      .toEqual([
        ['Ava', 'woman'],
        ['Ben', 'man'],
        ['Cara', 'woman'],
      ]);

    // Undo with the button, then with Ctrl+Z twice.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect
      .poll(async () => (await people())[2])
      .toMatchObject({ names: { given: 'Cara' }, genderIdentity: 'not_asked' });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await people())[2]?.names.given ?? 'no name').toBe('no name');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await people()).length).toBe(2);
    await expect.poll(() => savedJson(page, TITLE)).toBe(jsonBefore);
    await expect.poll(() => page.locator('.editor__chart [data-person-id]').count()).toBe(2);

    // Redo with the button, then Ctrl+Shift+Z: the child comes back, then her name.
    await page.getByRole('button', { name: /^Redo/ }).click();
    await expect.poll(async () => (await people()).length).toBe(3);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await people())[2]?.names.given).toBe('Cara');
    await expect.poll(() => page.locator('.editor__chart [data-person-id]').count()).toBe(3);

    await saveScreenshot(page, 'journey-2-reload-undo-redo');
    expect(browser.problems).toEqual([]);
  });
});
