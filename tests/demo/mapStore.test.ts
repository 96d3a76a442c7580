import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openMapStore } from '@kinmap/demo/storage';

let dbCount = 0;
function clock(...isoTimes: string[]) {
  let i = 0;
  return () => new Date(isoTimes[Math.min(i++, isoTimes.length - 1)]!);
}
async function freshStore(now = clock('2025-01-01T09:00:00.000Z')) {
  dbCount++;
  return openMapStore({ name: `kinmap-test-${dbCount}`, now });
}

describe('the demo map store (IndexedDB)', () => {
  it('starts empty', async () => {
    const store = await freshStore();
    expect(await store.list()).toEqual([]);
  });

  it('saves a map and loads back exactly the same JSON', async () => {
    const store = await freshStore();
    const json = JSON.stringify({ id: 'family:leo', title: 'Leo’s family', people: [] });
    await store.save({ id: 'family:leo', title: 'Leo’s family', json });
    const loaded = await store.load('family:leo');
    expect(loaded?.json).toBe(json);
    expect(loaded?.title).toBe('Leo’s family');
  });

  it('keeps the chart layout saved with a map, so a reopened map is drawn as it was left', async () => {
    const store = await freshStore();
    const layout = { nodes: [{ id: 'person:leo', x: 12.5, y: 0 }], connectors: [] };
    await store.save({ id: 'family:leo', title: 'Leo’s family', json: '{}', layout });
    expect((await store.load('family:leo'))?.layout).toEqual(layout);
    await store.save({ id: 'family:mia', title: 'Mia’s family', json: '{}' });
    expect(await store.load('family:mia')).not.toHaveProperty('layout');
  });

  it('lists maps with their title and last-changed time, most recent first', async () => {
    const store = await freshStore(
      clock('2025-01-01T09:00:00.000Z', '2025-01-02T09:00:00.000Z', '2025-01-03T09:00:00.000Z'),
    );
    await store.save({ id: 'family:a', title: 'A', json: '{}' });
    await store.save({ id: 'family:b', title: 'B', json: '{}' });
    await store.save({ id: 'family:a', title: 'A renamed', json: '{}' });
    expect(await store.list()).toEqual([
      { id: 'family:a', title: 'A renamed', updatedAt: '2025-01-03T09:00:00.000Z' },
      { id: 'family:b', title: 'B', updatedAt: '2025-01-02T09:00:00.000Z' },
    ]);
  });

  it('deletes a map, and deleting a missing map does nothing', async () => {
    const store = await freshStore();
    await store.save({ id: 'family:a', title: 'A', json: '{}' });
    await store.remove('family:a');
    await store.remove('family:never-saved');
    expect(await store.list()).toEqual([]);
    expect(await store.load('family:a')).toBeUndefined();
  });

  it('keeps maps across closing and reopening the database (a reload)', async () => {
    const name = `kinmap-reopen-${++dbCount}`;
    const first = await openMapStore({ name });
    await first.save({ id: 'family:a', title: 'A', json: '{"x":1}' });
    first.close();
    const second = await openMapStore({ name });
    expect((await second.load('family:a'))?.json).toBe('{"x":1}');
  });
});
