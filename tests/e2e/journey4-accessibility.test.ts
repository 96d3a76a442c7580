import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { openStart, openTab, selectPerson } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('journey 4: axe finds no accessibility violations', () => {
  it('on the start screen, the editor, each panel and each view', async () => {
    const { page } = browser;
    const report: Record<string, string[]> = {};
    await openStart(page, inject('demoUrl'));
    report['start screen'] = await axeViolations(page);

    // A refused import shows its problems on the start screen.
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"formatVersion": 1}'),
    });
    await page.getByRole('alert').waitFor();
    report['start screen with import problems'] = await axeViolations(page);

    await page.getByRole('button', { name: 'Leo and Maisie Carter: family map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leo and Maisie Carter: family map' }).waitFor();
    await page.locator('.editor__chart [data-person-id]').first().waitFor();
    report['editor, nobody selected'] = await axeViolations(page);

    await selectPerson(page, 'Leo');
    for (const tab of ['Person', 'Relationships', 'Households', 'Agencies', 'Checklist', 'Map']) {
      await openTab(page, tab);
      report[`editor, ${tab} panel`] = await axeViolations(page);
    }
    for (const view of ['Ecomap', 'Tables']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      report[`editor, ${view} view`] = await axeViolations(page);
    }

    await saveScreenshot(page, 'journey-4-tables-view');
    const failures = Object.entries(report).filter(([, violations]) => violations.length > 0);
    expect(failures, failures.map(([where, v]) => `${where}:\n  ${v.join('\n  ')}`).join('\n')).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
