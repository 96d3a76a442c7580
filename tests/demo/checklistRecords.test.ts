import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addPerson, checkFamily, todayIsoDate } from '@kinmap/model';
import { openMapStore } from '@kinmap/demo/storage';
import { blankFamily, latestChecklistRecord, loadFamily, saveFamily } from '@kinmap/demo/maps';
import { recordWords } from '@kinmap/demo/checklist';
import { loadFixture } from '../support/fixtures.ts';

let dbCount = 0;
const freshStore = () => openMapStore({ name: `kinmap-records-test-${++dbCount}` });

describe('a dated checklist summary saved with each map', () => {
  it('saves today’s summary with the map, one record a day, the last save winning', async () => {
    const store = await freshStore();
    const empty = blankFamily('Records');
    await saveFamily(store, empty);
    let loaded = await loadFamily(store, empty.id);
    if (loaded.status !== 'loaded') throw new Error('the map should load');
    expect(loaded.family.checklistRecords).toHaveLength(1);
    const first = loaded.family.checklistRecords[0]!;
    expect(first.date).toBe(todayIsoDate());
    expect(first.met).toBe(0);
    expect(first.notStarted).toBe(8);

    // A change the same day replaces the day's record with the new counts.
    const leo = loadFixture('leo');
    const changed = { ...leo, id: empty.id, title: 'Records', asAt: undefined };
    await saveFamily(store, addPerson(changed, { names: { given: 'Zoe' } }).family);
    loaded = await loadFamily(store, empty.id);
    if (loaded.status !== 'loaded') throw new Error('the map should load');
    const today = loaded.family.checklistRecords.filter((r) => r.date === todayIsoDate());
    expect(today).toHaveLength(1);
    const { standard } = checkFamily(loaded.family);
    expect(today[0]!.met).toBe(standard.met);
    expect(today[0]!.warnings).toBe(standard.warnings);
    // The panel and the print header show it.
    expect(latestChecklistRecord(loaded.family)).toEqual(today[0]);
    expect(recordWords(today[0]!)).toMatch(/^\d of 8 met( · \d+ warnings?)? on \d{1,2} \w{3} \d{4}$/);
  });

  it('writes the record’s own day, in any time zone', () => {
    expect(recordWords({ date: '2026-12-07', met: 3, total: 8, warnings: 2 })).toBe(
      '3 of 8 met · 2 warnings on 7 Dec 2026',
    );
  });
});
