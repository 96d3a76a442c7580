import { readFile } from 'node:fs/promises';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { openStart, openTab, savedJson } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Each of these must never reach a partner agency: a refuge address, a mental-health detail, a
// cause of death. The ordinary address of the father's flat may go.
const REFUGE = 'Flat 2, Harbour Refuge, 9 Quay Street';
const REFUGE_POSTCODE = 'NS4 9QQ';
const HEALTH = 'bipolar disorder, section 3';
const CAUSE_OF_DEATH = 'liver cirrhosis';
const ORDINARY_ADDRESS = '14 Mill Road';
const SECRETS = [REFUGE, REFUGE_POSTCODE, 'Harbour', HEALTH, 'bipolar', CAUSE_OF_DEATH, 'cirrhosis'];

// Dana and her son Ryan live in a refuge; Ryan's father Craig has a flat of his own; Dana's mother
// has died. The police and the school are involved.
const FAMILY = {
  formatVersion: 3,
  id: 'family:journey10',
  title: 'Dana and Ryan',
  subjects: ['person:ryan'],
  people: [
    {
      id: 'person:dana',
      names: { given: 'Dana', family: 'Shaw' },
      genderIdentity: 'woman',
      birth: { date: '1991-03-14' },
      statuses: [{ type: 'mha_detention', from: '2026-02', detail: HEALTH }],
    },
    {
      id: 'person:ryan',
      names: { given: 'Ryan', family: 'Shaw' },
      genderIdentity: 'man',
      birth: { date: '2017-09-02' },
      statuses: [{ type: 'child_protection_plan', from: '2026-05' }],
    },
    {
      id: 'person:craig',
      names: { given: 'Craig', family: 'Lowe' },
      genderIdentity: 'man',
      birth: { date: '1988' },
    },
    {
      id: 'person:jean',
      names: { given: 'Jean', family: 'Shaw' },
      genderIdentity: 'woman',
      birth: { date: '1962' },
      vitalStatus: 'deceased',
      death: { date: '2023', cause: CAUSE_OF_DEATH },
    },
  ],
  partnerships: [
    {
      id: 'partnership:dc',
      partners: ['person:dana', 'person:craig'],
      kind: 'cohabiting',
      events: [{ type: 'separated', date: '2024' }],
    },
  ],
  parentChildLinks: [
    { id: 'link:dr', parent: 'person:dana', child: 'person:ryan', kind: 'birth' },
    { id: 'link:cr', parent: 'person:craig', child: 'person:ryan', kind: 'birth' },
    { id: 'link:jd', parent: 'person:jean', child: 'person:dana', kind: 'birth' },
  ],
  households: [
    {
      id: 'household:refuge',
      label: 'Refuge',
      address: { text: REFUGE, postcode: REFUGE_POSTCODE, confidential: true },
      members: [{ person: 'person:dana' }, { person: 'person:ryan' }],
    },
    {
      id: 'household:craig',
      label: 'Craig’s flat',
      address: { text: ORDINARY_ADDRESS },
      members: [{ person: 'person:craig' }],
    },
  ],
  agencies: [
    { id: 'agency:police', category: 'police', name: 'Northshire Police' },
    { id: 'agency:school', category: 'school', name: 'Oak Primary School' },
  ],
  involvements: [
    {
      id: 'involvement:police',
      agency: 'agency:police',
      with: { kind: 'family' },
      status: 'open',
    },
    {
      id: 'involvement:school',
      agency: 'agency:school',
      with: { kind: 'person', person: 'person:ryan' },
      status: 'open',
    },
  ],
};

/** The text of every page of a PDF, as a reader's search finds it (pdf.js), white space made single. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

interface SavedShares {
  shares: { formats: string[] }[];
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      inDialog: element?.closest('dialog') != null,
      text: element?.textContent?.trim() ?? '',
      label: element?.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '') : '',
    };
  });

describe('journey 10: share a partner-agency copy', () => {
  it('says what the copy leaves out, downloads it without the refuge address, and keeps it modal', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'dana-and-ryan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(FAMILY)),
    });
    await page.getByRole('heading', { level: 1, name: /^Dana and Ryan/ }).waitFor();
    await page.locator('.editor__chart [data-person-id]').first().waitFor();

    // The dialog is a modal with a heading; focus moves into it, on the first field.
    const opener = page.getByRole('button', { name: 'Share or print…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Share or print' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    expect(await focusedLabel(page)).toMatchObject({ inDialog: true, label: 'Who is the copy for?' });

    // The police, as another agency (the profile offered first).
    await dialog.getByLabel('Who is the copy for?').selectOption({ label: 'Northshire Police (Police)' });
    const partner = dialog.getByRole('radio', { name: 'Another agency' });
    expect(await partner.isChecked()).toBe(true);
    const removal = dialog.getByRole('region', { name: 'What the copy leaves out' });
    const sentence = await removal.locator('.share-removal__sentence').innerText();
    expect(sentence).toMatch(/^1 confidential address and \d+ health, ethnicity or religion items? /);
    expect(sentence).toContain('will be removed.');

    // The case record keeps the health detail but not the refuge; the sentence follows the choice.
    await dialog.getByRole('radio', { name: 'Your own agency’s record' }).check();
    await expect
      .poll(() => removal.locator('.share-removal__sentence').innerText())
      .toBe('1 confidential address will be removed.');
    await partner.check();
    await expect.poll(() => removal.locator('.share-removal__sentence').innerText()).toBe(sentence);

    await saveScreenshot(page, 'journey-10-share-dialog-top');

    // The pre-share check: Ryan's school would show where the refuge is.
    const checks = dialog.getByRole('region', { name: 'Checks before sharing' });
    expect(await checks.innerText()).toContain(
      'Ryan Shaw lives at a confidential address (household ‘Refuge’), but the name of their school or setting (Oak Primary School) would be in this copy',
    );

    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);

    // Nothing leaves before the basis and consent are recorded and the checks are read.
    let downloads = 0;
    page.on('download', () => downloads++);
    await dialog.getByRole('button', { name: 'Download Kinmap file (JSON)' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'The copy cannot be made yet' }).waitFor();
    // Focus goes to the first thing to put right: the checks' box, above the basis.
    await expect
      .poll(() => focusedLabel(page))
      .toMatchObject({
        inDialog: true,
        label: 'I have read this check and the copy may still go',
      });
    for (const message of [
      'Say who is sharing: your name or role.',
      'Choose the lawful basis for sharing.',
      'Say where consent stands.',
      'Read the checks above, then tick the box to share.',
    ])
      expect(await dialog.getByText(message).isVisible(), message).toBe(true);
    expect(downloads).toBe(0);

    await dialog.getByLabel('Your name or role').fill('Sam Patel, social worker');
    await dialog.getByLabel('Lawful basis').selectOption('public_task');
    await dialog
      .getByLabel('Condition for health or offence information')
      .selectOption('safeguarding_children_and_individuals_at_risk');
    await dialog.getByRole('radio', { name: 'Not sought' }).check();
    await dialog.getByLabel('Why consent was not sought').fill('Asking would put Dana and Ryan at risk');
    await dialog.getByLabel(/^I have read this check/).check();
    // What is recorded leaves only the check about the copy itself.
    await expect.poll(() => checks.locator('li').count()).toBe(1);
    await saveScreenshot(page, 'journey-10-share-dialog');

    // The conference report: its banner says what was removed, in the dialog's words; nothing of the
    // refuge or the health detail is in its text.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download report (PDF)' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(/^dana-and-ryan-[\w-]*partner-agency-copy\.pdf$/);
    const pdf = await readFile(await pdfDownload.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain(`Partner agency copy: ${sentence.replace(/ will be removed\.$/, ' removed')}`);
    for (const secret of SECRETS) expect(text, `${secret} is in the partner report`).not.toContain(secret);
    for (const kept of ['Dana Shaw', 'Ryan Shaw', 'Northshire Police', ORDINARY_ADDRESS])
      expect(text, `${kept} is missing from the partner report`).toContain(kept);

    // The Kinmap file of the copy: no refuge address, no health detail, no cause of death; the
    // ordinary address and the names stay.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download Kinmap file (JSON)' }).click(),
    ]);
    // Named from the copy's title (an imported map's title says when it was imported) and the profile.
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^dana-and-ryan-[\w-]*partner-agency-copy\.json$/);
    const json = await readFile(await download.path(), 'utf8');
    // The share just recorded (the PDF's) is the agency's own business: not in the copy either.
    for (const secret of [...SECRETS, 'Sam Patel', 'Asking would put'])
      expect(json, `${secret} is in the partner copy`).not.toContain(secret);
    for (const kept of [ORDINARY_ADDRESS, 'Dana', 'Ryan', 'Northshire Police'])
      expect(json, `${kept} is missing from the partner copy`).toContain(kept);
    await expect
      .poll(() => dialog.getByRole('status').innerText())
      .toBe(
        `Downloaded “${fileName}”, a copy for Northshire Police (another agency). Recorded on the map under “Shared”.`,
      );

    // The picture too: nothing of the refuge in its text, titles or attributes.
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download picture (SVG)' }).click(),
    ]);
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const secret of SECRETS) expect(svg, `${secret} is in the partner picture`).not.toContain(secret);
    expect(svg).toContain('Ryan');

    // Escape closes it and focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await focusedLabel(page)).text).toBe('Share or print…');

    // The shares are listed on the map, newest first, and saved with it.
    await openTab(page, 'Map');
    const history = page.getByRole('table', { name: 'Copies of this map shared, newest first' });
    const rows = history.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).innerText()).toMatch(
      /Northshire Police \(by Sam Patel, social worker\)\s+Another agency, SVG\s+Not sought: Asking would put Dana and Ryan at risk/,
    );
    expect(await rows.nth(1).innerText()).toContain('Another agency, JSON');
    expect(await rows.nth(2).innerText()).toContain('Another agency, PDF');
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    await expect
      .poll(async () => (JSON.parse(await savedJson(page, title)) as SavedShares).shares.length)
      .toBe(3);
    const saved = (JSON.parse(await savedJson(page, title)) as SavedShares).shares;
    expect(saved[0]).toMatchObject({
      by: 'Sam Patel, social worker',
      recipient: { name: 'Northshire Police', agency: 'agency:police' },
      profile: 'partner_agency',
      lawfulBasis: 'public_task',
      condition: 'safeguarding_children_and_individuals_at_risk',
      consent: { state: 'not_sought', reason: 'Asking would put Dana and Ryan at risk' },
      formats: ['pdf'],
      summary: { removed: { confidential_location: 1 } },
    });
    expect(saved.map((share) => share.formats)).toEqual([['pdf'], ['json'], ['svg']]);
    await history.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'journey-10-share-history');
    const historyViolations = await axeViolations(page);
    expect(historyViolations, historyViolations.join('\n')).toEqual([]);

    // Undone like any other change: the last share goes from the list.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Another agency, JSON');

    expect(browser.problems).toEqual([]);
  });

  it('makes every kind of copy: a subject access draft waits for its requester; an anonymised report names nobody', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'dana-and-ryan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(FAMILY)),
    });
    await page.getByRole('heading', { level: 1, name: /^Dana and Ryan/ }).waitFor();
    await page.getByRole('button', { name: 'Share or print…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share or print' });
    await dialog.waitFor();
    // The name typed last time is remembered on this device.
    expect(await dialog.getByLabel('Your name or role').inputValue()).toBe('Sam Patel, social worker');
    await dialog.getByLabel('Who is the copy for?').selectOption({ index: 0 });
    await dialog.getByLabel('Name of the person or agency').fill('Serious case review panel');

    const removal = dialog.getByRole('region', { name: 'What the copy leaves out' });
    const sentence = removal.locator('.share-removal__sentence');
    for (const label of ['Court bundle', 'Copy for the family', 'Your own agency’s record', 'Anonymised']) {
      await dialog.getByRole('radio', { name: label }).check();
      await expect
        .poll(() => sentence.innerText(), { message: label })
        .toMatch(/will be (removed|left out)\.$/);
      expect(await dialog.getByRole('alert').count(), label).toBe(0);
    }
    // A subject access draft is made once the person who asked is chosen, and says it is a draft.
    await dialog.getByRole('radio', { name: 'Subject access request (draft)' }).check();
    expect(await removal.count()).toBe(0);
    await dialog.getByLabel('Who made the request?').selectOption({ label: 'Dana Shaw' });
    await removal.waitFor();
    expect(await removal.innerText()).toContain('This is a draft for you to review.');

    // The anonymised report: roles, not names; no places.
    await dialog.getByRole('radio', { name: 'Anonymised' }).check();
    await dialog.getByLabel('Lawful basis').selectOption('public_task');
    await dialog.getByRole('radio', { name: 'Does not apply' }).check();
    const acknowledge = dialog.getByLabel(/^I have read th/);
    if ((await acknowledge.count()) > 0) await acknowledge.check();
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Download report (PDF)' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).not.toMatch(/dana|ryan/i);
    const text = await pdfText(await readFile(await pdfDownload.path()));
    expect(text).toContain('Anonymised copy');
    for (const name of [
      'Dana',
      'Ryan',
      'Shaw',
      'Craig',
      'Lowe',
      'Jean',
      'Northshire',
      'Oak Primary',
      'Mill Road',
    ])
      expect(text, `${name} is in the anonymised report`).not.toContain(name);
    for (const secret of SECRETS) expect(text, `${secret} is in the anonymised report`).not.toContain(secret);
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('Serious case review panel');
    expect(browser.problems).toEqual([]);
  });
});
