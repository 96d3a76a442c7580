import type { Locator, Page } from 'playwright-core';

// Steps a practitioner takes in the demo, written with the names a screen-reader user hears
// (roles and accessible names), so the journeys also check that those names exist.

/** Opens the start screen and waits for the saved maps to load. */
export async function openStart(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Your saved maps' }).waitFor();
}

/** Starts a new, empty map with a title; resolves when the editor shows it. */
export async function createMap(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title of the map').fill(title);
  await page.getByRole('button', { name: 'Create map' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The person on the chart whose spoken name starts with `name`. */
export function personOnChart(page: Page, name: string): Locator {
  return page
    .locator('.editor__chart [data-person-id]')
    .filter({ has: page.locator(`text=${name}`) })
    .first();
}

/** Clicks a person on the chart, which selects them and shows their details. */
export async function selectPerson(page: Page, name: string): Promise<void> {
  // Click the symbol itself (the group's box also spans its label and badges).
  await personOnChart(page, name).locator('.kinmap-symbol').click();
  await page.getByRole('heading', { name: `Details of ${name}` }).waitFor();
}

/** Opens one tab of the side panel. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

/** Types the given name of the selected person (the field has focus after adding someone). */
export async function typeGivenName(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Given name(s)');
  await field.fill(name);
  await page.getByRole('heading', { name: `Details of ${name}` }).waitFor();
}

/** Adds the first person of an empty map and names them. */
export async function addFirstPerson(page: Page, name: string, gender: string): Promise<void> {
  await openTab(page, 'Person');
  await page.getByRole('button', { name: 'Add the first person' }).click();
  await typeGivenName(page, name);
  await page.getByLabel('Gender identity').selectOption(gender);
}

/**
 * Answers the question "+ Child" asks: who the other parent is (the answer's words, such as
 * "Lisa (current partner)", "Not known" or "No other parent"), then confirms.
 */
export async function chooseOtherParent(page: Page, answer: string): Promise<void> {
  const question = page.getByRole('group', { name: /^Who is the other parent/ });
  await question.getByRole('radio', { name: answer, exact: true }).check();
  await page.getByRole('button', { name: 'Add the child' }).click();
}

/**
 * Selects `of` on the chart, adds a relative and names them. A child's other parent is asked for:
 * `otherParent` is the answer (by default "No other parent").
 */
export async function addRelative(
  page: Page,
  of: string,
  relation: 'Parent' | 'Partner' | 'Child' | 'Sibling' | 'Significant other',
  name: string,
  gender: string,
  otherParent = 'No other parent',
): Promise<void> {
  await selectPerson(page, of);
  await page.getByRole('button', { name: `${relation} of ${of}`, exact: true }).click();
  if (relation === 'Child') await chooseOtherParent(page, otherParent);
  // The new person is selected and their given-name field has focus.
  await page.getByRole('heading', { name: /^Details of / }).waitFor();
  await typeGivenName(page, name);
  await page.getByLabel('Gender identity').selectOption(gender);
}

/** Types a year of birth for the selected person. */
export async function setBirthYear(page: Page, year: string): Promise<void> {
  await page.getByRole('group', { name: 'Date of birth' }).getByLabel('Year').fill(year);
}

/** The text of the checklist's findings. */
export async function findings(page: Page): Promise<string[]> {
  await openTab(page, 'Checklist');
  return page.locator('.findings button').allInnerTexts();
}

/**
 * How one item of the minimum standard reads: "met" (also "Met, with n warnings"), "not met" or
 * "not started".
 */
export async function standardItem(
  page: Page,
  label: string,
): Promise<'met' | 'not met' | 'not started' | 'missing'> {
  await openTab(page, 'Checklist');
  const state = (
    await page
      .locator('.standard__items li')
      .filter({ hasText: label })
      .locator('.standard__state')
      .innerText()
  ).toLowerCase();
  if (state.startsWith('not met')) return 'not met';
  if (state.startsWith('not started')) return 'not started';
  return state.startsWith('met') ? 'met' : 'missing';
}

/** The family as saved in this browser (IndexedDB), as the model's JSON text. */
export async function savedJson(page: Page, title: string): Promise<string> {
  // Saving is queued after each change: wait until the bar says it is done. (Callers that have just
  // made a change poll this, as the save starts after the next render.)
  await page.locator('.save-state--saved').waitFor();
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kinmap-demo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ title: string; json: string }[]>((resolve, reject) => {
      const request = db.transaction('maps').objectStore('maps').getAll();
      request.onsuccess = () => resolve(request.result as { title: string; json: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.find((map) => map.title === wanted)?.json ?? '';
  }, title);
}

/** How many maps are saved in this browser, read from the start screen. */
export async function savedMapCount(page: Page): Promise<number> {
  const list = page.locator('.saved-maps__item');
  return list.count();
}
