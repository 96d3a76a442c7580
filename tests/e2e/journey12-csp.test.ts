// The built demo under its own Content Security Policy, not bypassed as the other journeys do: a
// practitioner opens a family, moves between the views and panels, exports, prints and makes a
// PDF report, and the browser refuses nothing. The policy allows no inline style (`style-src
// 'self'`): the chart's rules come from @kinmap/react/styles.css, and React sets `style` props
// through the DOM, which a policy does not govern.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, type DemoBrowser } from './support/browser.ts';
import { openStart, openTab } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser({ enforceContentSecurityPolicy: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The policy the page runs under, from its <meta http-equiv>, as directive → sources. */
async function pagePolicy(): Promise<Map<string, string[]>> {
  const text = await browser.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const policy = new Map<string, string[]>();
  for (const part of (text ?? '').split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive) policy.set(directive, sources);
  }
  return policy;
}

describe('journey 12: the demo under its Content Security Policy', () => {
  it('allows no inline script or style, and refuses nothing while a family is drawn, exported and shared', async () => {
    const { page, problems } = browser;
    await openStart(page, inject('demoUrl'));

    const policy = await pagePolicy();
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);

    await page.getByRole('button', { name: 'Leo and Maisie Carter: family map' }).click();
    await page.getByRole('heading', { level: 1, name: /Leo and Maisie Carter/ }).waitFor();
    await page.locator('.editor__chart [data-person-id]').first().waitFor();
    // The chart's own rules applied (from the stylesheet, not an inline <style>).
    const strokeWidth = await page
      .locator('.editor__chart [data-person-id] path, .editor__chart [data-person-id] rect')
      .first()
      .evaluate((element) => getComputedStyle(element).strokeWidth);
    expect(Number.parseFloat(strokeWidth)).toBeGreaterThan(0);

    const views = page.getByRole('group', { name: 'View' });
    for (const view of ['Ecomap', 'Tables', 'Genogram']) {
      await views.getByRole('button', { name: view }).click();
      await expect
        .poll(() => views.getByRole('button', { name: view }).getAttribute('aria-pressed'))
        .toBe('true');
    }
    for (const tab of ['Person', 'Relationships', 'Households', 'Agencies', 'Checklist', 'Map'])
      await openTab(page, tab);

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export picture (SVG)' }).click(),
    ]);
    expect(await readFile(await svgDownload.path(), 'utf8')).toContain('Leo');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export picture (PNG)' }).click(),
    ]);
    expect([...(await readFile(await pngDownload.path())).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-chart [data-person-id]').first().waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'screen' });

    // The agency's own record as a PDF report (fonts and pictures made on the device).
    await page.getByRole('button', { name: 'Share or print…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or print' });
    await dialog
      .getByLabel('Who is the copy for?')
      .selectOption({ label: "Thurrock Children's Social Care (Children's social care)" });
    await dialog.getByRole('radio', { name: 'Your own agency’s record' }).check();
    await dialog.getByLabel('Your name or role').fill('Sam Patel, social worker');
    await dialog.getByLabel('Lawful basis').selectOption('public_task');
    const condition = dialog.getByLabel('Condition for health or offence information');
    if (await condition.isVisible())
      await condition.selectOption('safeguarding_children_and_individuals_at_risk');
    await dialog.getByRole('radio', { name: 'Not sought' }).check();
    await dialog.getByLabel('Why consent was not sought').fill('For our own record');
    await dialog.getByLabel(/^I have read th/).check();
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download report (PDF)' }).click(),
    ]);
    expect((await readFile(await pdfDownload.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(problems, problems.join('\n')).toEqual([]);
  }, 180_000);
});
