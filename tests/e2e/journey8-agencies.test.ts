import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoBrowser, saveScreenshot, type DemoBrowser } from './support/browser.ts';
import { openStart, openTab, savedJson } from './support/editor.ts';

let browser: DemoBrowser;
beforeAll(async () => {
  browser = await openDemoBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface SavedInvolvement {
  agency: string;
  with: { kind: string; person?: string };
  roles: string[];
  invitedToMeetings: string;
  notes?: string;
  from?: string;
}
interface Saved {
  people: { id: string; names: { given?: string } }[];
  agencies: { id: string; name: string; team?: string; category: string }[];
  involvements: SavedInvolvement[];
}

describe('journey 8: agencies and households are fully editable after adding', () => {
  it('edits an agency’s role after adding it, links a school to two children and records a note', async () => {
    const { page } = browser;
    await openStart(page, inject('demoUrl'));
    // The Carters: Leo and his sister Maisie, and the agencies already involved.
    await page.getByRole('button', { name: 'Leo and Maisie Carter: family map' }).click();
    await page.getByRole('heading', { level: 1, name: /Leo and Maisie Carter/ }).waitFor();
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

    // The police, added with no role; a new school, working with Leo.
    await openTab(page, 'Agencies');
    const agenciesBefore = await page.locator('.agency-card').count();
    expect(agenciesBefore).toBeGreaterThan(0);
    await page.getByLabel('Kind of agency').last().selectOption('police');
    await page.getByLabel('Name', { exact: true }).last().fill('Northshire Police');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByLabel('Kind of agency').last().selectOption('school');
    await page.getByLabel('Name', { exact: true }).last().fill('Oak Primary School');
    await page.getByLabel('Works with', { exact: true }).selectOption({ label: 'Leo Carter' });
    await page.getByRole('button', { name: 'Add agency' }).click();

    const police = page.locator('.agency-card').filter({ hasText: 'Northshire Police' });
    const school = page.locator('.agency-card').filter({ hasText: 'Oak Primary School' });
    await school.waitFor();
    expect(await police.getByText('No role recorded.').isVisible()).toBe(true);

    // The police's role, edited after adding; the team and an involvement note.
    await police.getByLabel('Add a role').selectOption({ label: 'Other role' });
    await police.getByRole('button', { name: 'Add role' }).click();
    await police.locator('li').filter({ hasText: 'Other role' }).waitFor();
    await police.getByLabel('Team').fill('Public protection unit');
    await police
      .getByLabel('Notes', { exact: true })
      .fill('Previous domestic abuse call involving the father');
    await police.getByLabel('Invited to the child’s meetings').selectOption('yes');
    await police.getByRole('group', { name: 'Involved from' }).getByLabel('Year').fill('2024');

    // The school also works with Maisie: a second line, same agency.
    await school.getByRole('button', { name: /^\+ Works with another person/ }).click();
    await school.getByLabel('Person, household or family').selectOption({ label: 'Maisie Carter' });
    await school.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => school.locator('fieldset.involvement').count()).toBe(2);
    const legends = await school.locator('fieldset.involvement > legend').allInnerTexts();
    expect(legends).toEqual([
      'Oak Primary School works with Leo Carter',
      'Oak Primary School works with Maisie Carter',
    ]);

    // Strength can be put back to "not recorded".
    const first = school.locator('fieldset.involvement').first();
    await first.getByLabel('Strength (ecomap line)').selectOption('strong');
    await first.getByLabel('Strength (ecomap line)').selectOption({ label: 'Not recorded' });

    // What was saved in this browser says the same.
    let saved: Saved | undefined;
    await expect
      .poll(
        async () => {
          saved = JSON.parse((await savedJson(page, title)) || '{}') as Saved;
          const policeId = saved.agencies?.find((a) => a.name === 'Northshire Police')?.id;
          return saved.involvements?.find((i) => i.agency === policeId)?.notes;
        },
        { timeout: 10_000 },
      )
      .toBe('Previous domestic abuse call involving the father');
    const data = saved!;
    const idOf = (name: string) => data.people.find((p) => p.names.given === name)?.id;
    const agencyId = (name: string) => data.agencies.find((a) => a.name === name)?.id;
    const policeLine = data.involvements.find((i) => i.agency === agencyId('Northshire Police'));
    expect(policeLine?.roles).toEqual(['other']);
    expect(policeLine?.invitedToMeetings).toBe('yes');
    expect(policeLine?.from).toBe('2024');
    expect(data.agencies.find((a) => a.name === 'Northshire Police')?.team).toBe('Public protection unit');
    const schoolLines = data.involvements.filter((i) => i.agency === agencyId('Oak Primary School'));
    expect(schoolLines.map((i) => i.with.person)).toEqual([idOf('Leo'), idOf('Maisie')]);
    expect(schoolLines.every((i) => !('strength' in i))).toBe(true);

    // The ecomap draws each agency once: the two added, beside those already there.
    await page.getByRole('button', { name: 'Ecomap', exact: true }).click();
    await expect
      .poll(() => page.locator('.editor__chart svg [data-agency-id]').count())
      .toBe(agenciesBefore + 2);

    // Undo says what was undone and whose.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect
      .poll(() => page.locator('.editor > .visually-hidden[role="status"]').textContent())
      .toBe('Undone: Oak Primary School’s ecomap strength (with Leo Carter)');

    // A dated household move: Leo leaves Grace's flat for his nan's on 15 February 2021, part-time.
    await openTab(page, 'Households');
    await page.getByLabel('Name of the household', { exact: true }).last().fill('Nan’s house');
    await page.getByRole('button', { name: 'Add household' }).click();
    const move = page.getByRole('group', { name: "Record a move out of Grace's flat" });
    await move.getByLabel('Who moved').selectOption({ label: 'Leo Carter' });
    await move.getByLabel('Moved to').selectOption({ label: 'Nan’s house' });
    const when = move.getByRole('group', { name: 'Date of the move' });
    await when.getByLabel('Day').fill('15');
    await when.getByLabel('Month').fill('2');
    await when.getByLabel('Year').fill('2021');
    await move.getByRole('button', { name: 'Record the move' }).click();
    // As at the map's date (1 March 2021), Leo lives at his nan's and no longer at Grace's flat.
    await page.locator('.member-list li').filter({ hasText: 'Leo Carter (Lives here)' }).waitFor();
    await page.getByLabel('How Leo Carter lives there').last().selectOption('part_time');
    await page.getByLabel('How often Leo Carter is there').last().fill('Weekdays');
    interface SavedHouseholds {
      people: { id: string; names: { given?: string } }[];
      households: {
        label: string;
        members: { person: string; membership: string; from?: string; to?: string; frequency?: string }[];
      }[];
    }
    await expect
      .poll(
        async () => {
          const saved = JSON.parse(await savedJson(page, title)) as SavedHouseholds;
          const leo = saved.people.find((p) => p.names.given === 'Leo')?.id;
          const at = (label: string) =>
            saved.households.find((h) => h.label === label)?.members.filter((m) => m.person === leo);
          return { flat: at("Grace's flat"), nans: at('Nan’s house') };
        },
        { timeout: 10_000 },
      )
      .toEqual({
        flat: [expect.objectContaining({ from: '2020-08', to: '2021-02-15' })],
        nans: [
          { person: expect.any(String), membership: 'part_time', from: '2021-02-15', frequency: 'Weekdays' },
        ],
      });
    await saveScreenshot(page, 'journey-8-agencies');
    expect(browser.problems).toEqual([]);
  });
});
