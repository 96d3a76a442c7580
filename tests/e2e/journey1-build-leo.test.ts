import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import {
  addFirstPerson,
  addRelative,
  createMap,
  findings,
  openStart,
  openTab,
  selectPerson,
  setBirthYear,
  standardItem,
} from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('journey 1: a practitioner builds the Leo family from scratch', () => {
  it('draws the family, is told NRPF was not asked for the mother, records it, and meets the agencies item', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    await expect(
      page.getByText('Nothing leaves this device: maps are saved in this browser only.'),
    ).toBeTruthy();
    await createMap(page, 'Leo’s family');

    // Leo, his mother and father, and his sister, each in one step from the person before.
    await addFirstPerson(page, 'Leo', 'man');
    await setBirthYear(page, '2018');
    await addRelative(page, 'Leo', 'Parent', 'Amy', 'woman');
    await setBirthYear(page, '1990');
    await addRelative(page, 'Leo', 'Parent', 'Sam', 'man');
    await setBirthYear(page, '1988');
    await addRelative(page, 'Leo', 'Sibling', 'Mia', 'woman');
    await setBirthYear(page, '2020');
    await expect.poll(() => page.locator('.editor__chart [data-person-id]').count()).toBe(4);

    // Leo is the child the work is about.
    await selectPerson(page, 'Leo');
    await openTab(page, 'Map');
    await page.getByRole('button', { name: 'Mark Leo as a subject of the work' }).click();

    // Mum's flat: Amy, Leo and Mia live there.
    await selectPerson(page, 'Amy');
    await openTab(page, 'Households');
    await page.getByLabel('Name of the household', { exact: true }).last().fill('Mum’s flat');
    await page.getByRole('button', { name: 'Add household' }).click();
    for (const name of ['Leo', 'Mia']) {
      await page.getByLabel('Add to Mum’s flat').selectOption({ label: name });
      await page.getByRole('button', { name: 'Add member' }).click();
    }
    const members = await page.locator('.item-card ul li').allInnerTexts();
    expect(members.map((text) => text.split(' (')[0])).toEqual(['Amy', 'Leo', 'Mia']);

    // The checklist says NRPF was not asked for the mother.
    const before = await findings(page);
    const nrpfFinding = before.find((text) => /Amy.*NRPF status not asked/.test(text));
    expect(nrpfFinding, `findings were:\n${before.join('\n')}`).toBeDefined();
    // Nobody's immigration or NRPF is recorded yet: the item has not been started.
    expect(await standardItem(page, 'Immigration status and NRPF')).toBe('not started');

    // Activating the finding takes the user to Amy's NRPF field, with focus on it.
    await page
      .locator('.findings button')
      .filter({ hasText: /Amy.*NRPF status not asked/ })
      .click();
    await page.getByRole('heading', { name: 'Details of Amy' }).waitFor();
    // (Focus moves just after the change is painted.)
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? ''))
      .toMatch(/^people\[\d+\]\.immigration\.nrpf$/);
    await page.getByLabel('No recourse to public funds (NRPF)').selectOption('yes');

    // The finding clears.
    const after = await findings(page);
    expect(after.some((text) => /Amy.*NRPF status not asked/.test(text))).toBe(false);

    // A GP and a school, then a lead practitioner: the agencies item is met.
    await openTab(page, 'Agencies');
    await page.getByLabel('Kind of agency').last().selectOption('gp');
    await page.getByLabel('Name', { exact: true }).last().fill('Riverside Surgery');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByLabel('Kind of agency').last().selectOption('school');
    await page.getByLabel('Name', { exact: true }).last().fill('Oak Primary School');
    await page.getByLabel('Works with').selectOption({ label: 'Leo' });
    await page.getByRole('button', { name: 'Add agency' }).click();
    expect(await standardItem(page, 'Other agencies involved')).toBe('not met');

    await openTab(page, 'Agencies');
    await page.getByLabel('Lead practitioner for the family').last().check();
    expect(await standardItem(page, 'Other agencies involved')).toBe('met');
    expect((await findings(page)).some((text) => /no lead practitioner/.test(text))).toBe(false);

    // The ecomap shows both agencies.
    await page.getByRole('button', { name: 'Ecomap', exact: true }).click();
    await expect.poll(() => page.locator('.editor__chart svg [data-agency-id]').count()).toBe(2);

    await page.getByRole('button', { name: 'Genogram', exact: true }).click();
    await saveScreenshot(page, 'journey-1-leo-family');
    expect(browser.problems).toEqual([]);
  });
});
