import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addPerson, MAX_SHORT_TEXT, serializeFamily } from '@kinmap/model';
import { openMapStore } from '@kinmap/demo/storage';
import { loadFamily, openExampleCopy, saveFamily } from '@kinmap/demo/maps';
import { exampleTitle, importedTitle } from '@kinmap/demo/names';
import { loadFixture } from '../support/fixtures.ts';

let dbCount = 0;
const freshStore = () => openMapStore({ name: `kinmap-names-test-${++dbCount}` });

describe('names of copied maps', () => {
  it('names an imported map with when it was imported, in UK time', () => {
    // 14:02 UTC in December is 14:02 in London; in June it is 15:02 (British Summer Time).
    expect(importedTitle('Leo’s family', new Date('2026-12-07T14:02:00Z'))).toBe(
      'Leo’s family (imported 7 Dec 14:02)',
    );
    expect(importedTitle('Leo’s family', new Date('2026-06-07T14:02:00Z'))).toBe(
      'Leo’s family (imported 7 Jun 15:02)',
    );
  });

  it('keeps only the latest “imported” note when a copy is imported again, within the title limit', () => {
    const once = importedTitle('Leo’s family', new Date('2026-12-07T14:02:00Z'));
    expect(importedTitle(once, new Date('2026-12-08T09:30:00Z'))).toBe('Leo’s family (imported 8 Dec 09:30)');
    const long = importedTitle('x'.repeat(MAX_SHORT_TEXT), new Date('2026-12-07T14:02:00Z'));
    expect(long.length).toBeLessThanOrEqual(MAX_SHORT_TEXT);
    expect(long.endsWith('(imported 7 Dec 14:02)')).toBe(true);
  });

  it('marks an example’s copy once', () => {
    expect(exampleTitle('Leo and Maisie')).toBe('Example: Leo and Maisie');
    expect(exampleTitle('Example: Leo and Maisie')).toBe('Example: Leo and Maisie');
  });
});

describe('opening an example', () => {
  it('saves a marked copy, reopens the untouched copy instead of piling up, and a changed copy is kept', async () => {
    const store = await freshStore();
    const leo = loadFixture('leo');
    const first = await openExampleCopy(store, leo);
    expect(first).not.toBe(leo.id);
    expect((await store.list()).map((m) => m.title)).toEqual([`Example: ${leo.title}`]);

    // Again, untouched: the same copy.
    expect(await openExampleCopy(store, leo)).toBe(first);
    expect(await store.list()).toHaveLength(1);

    // Once the copy is changed it is the practitioner's work: opening the example makes a new copy.
    const loaded = await loadFamily(store, first);
    if (loaded.status !== 'loaded') throw new Error('the copy should load');
    await saveFamily(store, addPerson(loaded.family, { names: { given: 'Zoe' } }).family);
    const second = await openExampleCopy(store, leo);
    expect(second).not.toBe(first);
    expect(await store.list()).toHaveLength(2);
    const changed = await loadFamily(store, first);
    expect(changed.status === 'loaded' && serializeFamily(changed.family)).toContain('Zoe');
    // And that new copy is reused in turn.
    expect(await openExampleCopy(store, leo)).toBe(second);
  });
});
