import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { openStart, openTab, savedJson, selectPerson } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Lisa, detained under the Mental Health Act, and Jake, a child in need; Jake's father Mark visits;
// Lisa's parents (her mother died in 2022) and Mark's unknown parents; children's services and the
// police, whose role nobody recorded; Jake is a young carer for his mother. A family with findings in every part of the standard.
const FAMILY = {
  formatVersion: 1,
  id: 'family:journey9',
  title: 'Lisa and Jake',
  subjects: ['person:jake'],
  people: [
    {
      id: 'person:lisa',
      names: { given: 'Lisa', family: 'Hart' },
      genderIdentity: 'woman',
      birth: { date: '1990-04-02' },
      statuses: [{ type: 'mha_detention', from: '2026-10' }],
    },
    {
      id: 'person:jake',
      names: { given: 'Jake', family: 'Hart' },
      genderIdentity: 'man',
      birth: { date: '2016-05-01' },
      statuses: [{ type: 'child_in_need', from: '2026-09' }],
    },
    {
      id: 'person:mark',
      names: { given: 'Mark', family: 'Hart' },
      genderIdentity: 'man',
      birth: { date: '1987' },
    },
    {
      id: 'person:ann',
      names: { given: 'Ann', family: 'Hill' },
      genderIdentity: 'woman',
      birth: { date: '1960' },
      vitalStatus: 'deceased',
      death: { date: '2022' },
    },
    {
      id: 'person:bill',
      names: { given: 'Bill', family: 'Hill' },
      genderIdentity: 'man',
      birth: { date: '1958' },
    },
    { id: 'person:mgm', kind: 'placeholder', placeholder: { reasonUnknown: 'not_known_to_family' } },
    { id: 'person:mgf', kind: 'placeholder', placeholder: { reasonUnknown: 'not_known_to_family' } },
  ],
  partnerships: [
    {
      id: 'partnership:lm',
      partners: ['person:lisa', 'person:mark'],
      kind: 'cohabiting',
      events: [{ type: 'separated', date: '2020' }],
    },
    { id: 'partnership:ab', partners: ['person:ann', 'person:bill'], kind: 'marriage' },
  ],
  parentChildLinks: [
    { id: 'link:lj', parent: 'person:lisa', child: 'person:jake', kind: 'birth' },
    { id: 'link:mj', parent: 'person:mark', child: 'person:jake', kind: 'birth' },
    { id: 'link:al', parent: 'person:ann', child: 'person:lisa', kind: 'birth' },
    { id: 'link:bl', parent: 'person:bill', child: 'person:lisa', kind: 'birth' },
    { id: 'link:gm', parent: 'person:mgm', child: 'person:mark', kind: 'birth' },
    { id: 'link:gf', parent: 'person:mgf', child: 'person:mark', kind: 'birth' },
  ],
  households: [
    {
      id: 'household:home',
      label: 'Home',
      members: [
        { person: 'person:lisa' },
        { person: 'person:jake' },
        { person: 'person:mark', membership: 'regular_visitor' },
      ],
    },
  ],
  agencies: [
    { id: 'agency:csc', category: 'childrens_social_care', name: 'Northshire Children’s Services' },
    { id: 'agency:police', category: 'police', name: 'Northshire Police' },
  ],
  involvements: [
    {
      id: 'involvement:csc',
      agency: 'agency:csc',
      with: { kind: 'person', person: 'person:jake' },
      status: 'open',
      roles: ['allocated_social_worker'],
    },
    { id: 'involvement:police', agency: 'agency:police', with: { kind: 'family' }, status: 'open' },
  ],
  // Jake cares for his mother: nothing yet about what he does, how much, or its impact.
  caringRoles: [{ id: 'caring:jake', carer: 'person:jake', caredFor: 'person:lisa', role: 'young_carer' }],
};

interface Item {
  label: string;
  state: string;
}
interface SavedFamily {
  people: {
    kind?: string;
    immigration?: { nrpf?: string; status?: string };
    identity?: unknown;
    caringAsked?: string;
    safeguardingChecks?: unknown[];
  }[];
  households: { members: unknown[] }[];
  involvements: unknown[];
  caringRoles: unknown[];
  preparedWithFamily?: unknown;
  statements: { noOtherAgencies?: unknown; noSignificantOthers?: unknown };
}

/** Whether the data an item needs is recorded at all (an item without it must never read "met"). */
const DATA_PRESENT: Record<string, (f: SavedFamily) => boolean> = {
  'Who lives in the house': (f) => f.households.some((h) => h.members.length > 0),
  'Significant people and wider family': (f) =>
    f.people.length > 1 || f.statements.noSignificantOthers !== undefined,
  'Other agencies involved': (f) => f.involvements.length > 0 || f.statements.noOtherAgencies !== undefined,
  'Immigration status and NRPF': (f) =>
    f.people.some(
      (p) =>
        (p.immigration?.nrpf ?? 'not_asked') !== 'not_asked' ||
        (p.immigration?.status ?? 'not_asked') !== 'not_asked',
    ),
  'Identity set': (f) => f.people.some((p) => p.identity !== undefined),
  'Caring roles': (f) => f.people.some((p) => p.caringAsked === 'asked') || f.caringRoles.length > 0,
  'Previous safeguarding history': (f) => f.people.some((p) => (p.safeguardingChecks ?? []).length > 0),
  'Prepared with the family': (f) => f.preparedWithFamily !== undefined,
};

async function readChecklist(page: Page) {
  await openTab(page, 'Checklist');
  const summary = (await page.locator('.standard__summary').innerText()).trim();
  const items: Item[] = await page.locator('.standard__items li').evaluateAll((lis) =>
    lis.map((li) => {
      const text = li.textContent ?? '';
      return {
        label: text
          .replace(/^[○✗!✓]\s*/, '')
          .split(':')[0]!
          .trim(),
        state: li.querySelector('.standard__state')?.textContent ?? '',
      };
    }),
  );
  return { summary, items };
}

const focusedPath = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? '');

/** Whether the field focused is the one the finding names (or the one documented to resolve it). */
function lands(findingPath: string, focused: string): boolean {
  if (focused === findingPath) return true;
  if (focused.startsWith(`${findingPath}.`) || focused.startsWith(`${findingPath}[`)) return true;
  if (findingPath.startsWith(`${focused}.`)) return true;
  // "No lead practitioner" (path `involvements`) lands on an involvement's lead-practitioner box.
  return findingPath === 'involvements' && /^involvements\[\d+\]\.roles(\.lead)?$/.test(focused);
}

/** Fixes the focused field, as a practitioner would after asking the family or the agencies. */
async function fix(page: Page, path: string, finding: string): Promise<unknown> {
  const focused = page.locator(':focus');
  if (/\.membersConfirmed\.confirmed$/.test(path)) return focused.selectOption('yes');
  if (/\.membersConfirmed\.method$/.test(path)) return focused.selectOption('home_visit');
  if (/\.frequency$/.test(path)) return focused.fill('Most weekends');
  if (/\.immigration\.nrpf$/.test(path)) return focused.selectOption('no');
  if (/\.immigration\.status$/.test(path)) return focused.selectOption('british_citizen');
  if (/\.identity\.nhsNumber\.value$/.test(path)) return focused.fill('9434765919');
  if (/\.identity\.nhsNumber\.trace$/.test(path)) return focused.selectOption('traced');
  if (/\.identity\.ethnicity\.code$/.test(path)) return focused.selectOption('A');
  if (/\.identity\.languages\.first$/.test(path)) return focused.fill('English');
  if (/\.identity\.languages\.interpreterNeeded$/.test(path)) return focused.selectOption('no');
  if (/\.caringAsked$/.test(path)) return focused.selectOption('asked');
  if (/^caringRoles\[\d+\]\.careKinds$/.test(path)) {
    // The first kind of care has the focus; tick it and emotional support too.
    await focused.check();
    return page.getByLabel('Emotional support').check();
  }
  if (/^caringRoles\[\d+\]\.hoursPerWeek$/.test(path)) return focused.fill('10-15');
  if (/^caringRoles\[\d+\]\.impact$/.test(path)) return focused.fill('Misses school on her bad days');
  if (/^caringRoles\[\d+\]\.assessment$/.test(path)) return focused.selectOption('offered');
  if (/^caringRoles\[\d+\]\.caredFor$/.test(path)) return focused.selectOption({ label: 'Lisa Hart' });
  if (/\.safeguardingChecks$/.test(path)) {
    const checks = page.locator(`fieldset[data-path="${path}"]`);
    await checks.getByLabel('Agency checked').fill('Northshire Police');
    await checks.getByLabel('Result').selectOption('none_known');
    return checks.getByRole('button', { name: 'Record this check' }).click();
  }
  if (/^preparedWithFamily/.test(path)) return focused.selectOption('yes');
  if (/^involvements\[\d+\]\.roles\.lead$/.test(path)) return focused.check();
  if (/^involvements\[\d+\]\.roles$/.test(path)) {
    await focused.selectOption('other');
    return page
      .locator('.roles-field')
      .filter({ has: focused })
      .getByRole('button', { name: 'Add role' })
      .click();
  }
  if (/\.invitedToMeetings$/.test(path)) return focused.selectOption('yes');
  if (path === 'checklistRecords') return focused.click();
  if (path === 'agencies') {
    // A missing service: the add-agency form opens with the kind of agency and the person chosen.
    const expected = /mental health/.test(finding)
      ? 'adult_mental_health'
      : /Adult Social Care/.test(finding)
        ? 'adult_social_care'
        : /no GP/.test(finding)
          ? 'gp'
          : /no school/.test(finding)
            ? 'school'
            : undefined;
    expect(expected, `an unexpected missing-agency finding: ${finding}`).toBeDefined();
    expect(await focused.inputValue()).toBe(expected);
    const form = page.locator('fieldset.add-agency');
    const who = await form
      .getByLabel('Works with', { exact: true })
      .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
    expect(finding.startsWith(who), `the new agency works with ${who}`).toBe(true);
    const name = {
      adult_social_care: 'Northshire Adult Social Care',
      adult_mental_health: 'Northshire Community Mental Health Team',
      gp: 'Riverside Surgery',
      school: 'Oak Primary School',
    }[expected!];
    await form.getByLabel('Name', { exact: true }).fill(name);
    const role = {
      adult_social_care: 'key_worker',
      adult_mental_health: 'care_coordinator',
      gp: 'named_gp',
      school: 'designated_safeguarding_lead',
    }[expected!];
    await form.getByLabel('Role').selectOption(role);
    return form.getByRole('button', { name: 'Add agency' }).click();
  }
  throw new Error(`journey 9 does not know how to resolve the field ${path} (${finding})`);
}

describe('journey 9: every finding resolved from the checklist', () => {
  it('activates each finding, lands on its field, fixes it, until 8 of 8 met; never claims met without the data', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    await page.getByLabel('Choose a Kinmap JSON file').setInputFiles({
      name: 'lisa-and-jake.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(FAMILY)),
    });
    await page.getByRole('heading', { level: 1, name: /^Lisa and Jake/ }).waitFor();
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

    const counts: string[] = [];
    let previous = '';
    let repeats = 0;
    for (let step = 0; step < 60; step++) {
      const { summary, items } = await readChecklist(page);
      counts.push(summary);
      // What is saved in this browser has the data for every item the panel calls met, and the
      // summary counts exactly the items that read "Met".
      const saved = JSON.parse(await savedJson(page, title)) as SavedFamily;
      for (const item of items) {
        const present = DATA_PRESENT[item.label];
        expect(present, `an item the journey does not know: ${item.label}`).toBeDefined();
        if (item.state.startsWith('Met')) expect(present!(saved), `${item.label} reads met`).toBe(true);
        if (!present!(saved)) expect(item.state).toBe('Not started');
      }
      const met = items.filter((item) => item.state.startsWith('Met')).length;
      expect(summary.startsWith(`${met} of 8 met`), summary).toBe(true);

      const next = page.locator('.findings button, .standard__start').first();
      if ((await next.count()) === 0) break;
      const text = (await next.innerText()).trim();
      const findingPath = (await next.getAttribute('data-finding-path')) ?? '';
      repeats = text === previous ? repeats + 1 : 0;
      expect(repeats, `the same finding came back after it was fixed: ${text}`).toBeLessThan(2);
      previous = text;

      counts[counts.length - 1] = `${summary}  → ${text}`;
      await next.click();
      await expect.poll(() => focusedPath(page), { message: `focus for “${text}”` }).not.toBe('');
      const focused = await focusedPath(page);
      expect(lands(findingPath, focused), `“${text}” (${findingPath}) landed on ${focused}`).toBe(true);
      await fix(page, focused, text.replace(/^(Not met|Check|Prompt):/, ''));
    }

    const { summary } = await readChecklist(page);
    counts.push(summary);
    expect(summary).toBe('8 of 8 met');
    expect(await page.locator('.findings button').count()).toBe(0);
    // The day's summary is saved with the map, and shown in the panel and the printed header.
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' }).format(
      new Date(),
    );
    await expect
      .poll(async () => {
        await openTab(page, 'Map');
        await openTab(page, 'Checklist');
        return page.locator('.standard__record').innerText();
      })
      .toBe(`Saved with the map: 8 of 8 met on ${today}.`);
    const records = (JSON.parse(await savedJson(page, title)) as { checklistRecords: { met: number }[] })
      .checklistRecords;
    expect(records.at(-1)?.met).toBe(8);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-header').innerText()).toContain(
      `Minimum standard: 8 of 8 met on ${today}`,
    );
    await page.emulateMedia({ media: 'screen' });
    // Bill's age, as the family told it: "about 70" records an estimated year of birth with its basis.
    await selectPerson(page, 'Bill');
    await page.getByLabel('Or their age, as the family told it').fill('about 70');
    await expect
      .poll(() => page.locator('.age-shown').innerText())
      .toBe(`Age on ${today}: ~70 (an estimate)`);
    const year = String(
      Number(
        new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/London' }).format(new Date()),
      ) - 70,
    );
    await expect
      .poll(async () => {
        const saved = JSON.parse(await savedJson(page, title)) as {
          people: {
            names?: { given?: string };
            birth?: { date: string; estimated?: boolean; basis?: string };
          }[];
        };
        return saved.people.find((p) => p.names?.given === 'Bill')?.birth;
      })
      .toEqual({ date: year, estimated: true, basis: `age given as about 70 on ${today}` });
    expect(await page.getByRole('group', { name: 'Date of birth' }).getByLabel('Year').inputValue()).toBe(
      year,
    );
    mkdirSync('test-results/e2e', { recursive: true });
    writeFileSync('test-results/e2e/journey-9-counts.txt', `${counts.join('\n')}\n`);
    console.log(`journey 9 checklist counts:\n${counts.join('\n')}`);
    await saveScreenshot(page, 'journey-9-checklist');
    expect(browser.problems).toEqual([]);
  });
});
