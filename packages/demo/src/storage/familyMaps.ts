import { createId, FORMAT_VERSION, parseFamily, serializeFamily, type Family } from '@kinmap/model';
import type { MapStore } from './mapStore.ts';
import { recallLayout, restoreLayout } from './chartMemory.ts';
import { readFamilyText, type FileProblem } from '../files/readFamilyFile.ts';
import { exampleTitle, isUntouchedCopy } from '../files/mapNames.ts';
import { withChecklistRecord } from './checklistRecords.ts';

export { latestChecklistRecord } from './checklistRecords.ts';

/**
 * Saves a family in the browser under its own id, with its title for the list of saved maps, and with
 * the day's checklist summary recorded in it (`recordChecklist`: one record a day, the last save wins).
 */
export function saveFamily(store: MapStore, family: Family) {
  const layout = recallLayout(family.id);
  return store.save({
    id: family.id,
    title: family.title,
    json: serializeFamily(withChecklistRecord(family)),
    ...(layout ? { layout } : {}),
  });
}

export type LoadResult =
  | { status: 'loaded'; family: Family }
  | { status: 'missing' }
  | { status: 'unreadable'; problems: FileProblem[] };

/** Loads a saved map, checked by the model exactly as an imported file would be. */
export async function loadFamily(store: MapStore, id: string): Promise<LoadResult> {
  const saved = await store.load(id);
  if (!saved) return { status: 'missing' };
  const read = readFamilyText(saved.json);
  if (read.ok) restoreLayout(id, saved.layout);
  return read.ok
    ? { status: 'loaded', family: read.family }
    : { status: 'unreadable', problems: read.problems };
}

/** A new, empty family map with this title. */
export function blankFamily(title: string): Family {
  const result = parseFamily({ formatVersion: FORMAT_VERSION, id: createId('family'), title });
  if (!result.ok)
    throw new Error(`A blank family should always be valid: ${result.issues[0]?.message ?? ''}`);
  return result.family;
}

/** A copy of a family under a fresh id, so importing or opening an example never replaces a saved map. */
export function asNewMap(family: Family): Family {
  return { ...family, id: createId('family') };
}

/**
 * Opens an example as a marked copy ("Example: …"): the untouched copy saved before if there is one
 * (so opening an example again does not pile up copies), else a new copy saved now. Returns its id.
 */
export async function openExampleCopy(store: MapStore, example: Family): Promise<string> {
  const title = exampleTitle(example.title);
  for (const saved of await store.list()) {
    if (saved.title !== title) continue;
    const loaded = await loadFamily(store, saved.id);
    if (loaded.status === 'loaded' && isUntouchedCopy(loaded.family, example)) return saved.id;
  }
  const copy = { ...asNewMap(example), title };
  await saveFamily(store, copy);
  return copy.id;
}
