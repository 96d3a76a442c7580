import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** What the start screen lists for each saved map. */
export interface SavedMapSummary {
  readonly id: string;
  readonly title: string;
  /** When the map was last saved, as an ISO 8601 date-time. */
  readonly updatedAt: string;
}

/** One saved map: its summary and the Kinmap JSON text of the family. */
export interface SavedMap extends SavedMapSummary {
  readonly json: string;
  /** The chart's last layout, so a reopened map is drawn exactly as it was left (see chartMemory.ts). */
  readonly layout?: unknown;
}

interface MapDb extends DBSchema {
  maps: { key: string; value: SavedMap; indexes: { byUpdatedAt: string } };
}

/** The maps kept in this browser. Nothing is sent anywhere: IndexedDB lives on this device only. */
export interface MapStore {
  /** Every saved map, most recently changed first. */
  list(): Promise<SavedMapSummary[]>;
  /** Saves (or replaces) a map and returns its summary with the time it was saved. */
  save(map: { id: string; title: string; json: string; layout?: unknown }): Promise<SavedMapSummary>;
  /** The saved map with this id, or undefined when there is none. */
  load(id: string): Promise<SavedMap | undefined>;
  /** Deletes a map; deleting one that does not exist does nothing. */
  remove(id: string): Promise<void>;
  close(): void;
}

export interface MapStoreOptions {
  /** Database name; tests pass their own so they never share state. */
  name?: string;
  /** The clock, so tests can control "last changed". */
  now?: () => Date;
}

export const DEFAULT_DB_NAME = 'kinmap-demo';

/**
 * Opens the browser's map store (IndexedDB through `idb`).
 *
 * @example
 * const store = await openMapStore();
 * await store.save({ id: family.id, title: family.title, json: serializeFamily(family) });
 * const maps = await store.list(); // [{ id, title, updatedAt }]
 */
export async function openMapStore(options: MapStoreOptions = {}): Promise<MapStore> {
  const now = options.now ?? (() => new Date());
  const db: IDBPDatabase<MapDb> = await openDB<MapDb>(options.name ?? DEFAULT_DB_NAME, 1, {
    upgrade(database) {
      const store = database.createObjectStore('maps', { keyPath: 'id' });
      store.createIndex('byUpdatedAt', 'updatedAt');
    },
  });

  return {
    async list() {
      const all = await db.getAllFromIndex('maps', 'byUpdatedAt');
      return all.reverse().map(({ id, title, updatedAt }) => ({ id, title, updatedAt }));
    },
    async save({ id, title, json, layout }) {
      const record: SavedMap = {
        id,
        title,
        json,
        updatedAt: now().toISOString(),
        ...(layout === undefined ? {} : { layout }),
      };
      await db.put('maps', record);
      return { id, title, updatedAt: record.updatedAt };
    },
    load: (id) => db.get('maps', id),
    remove: (id) => db.delete('maps', id),
    close: () => db.close(),
  };
}
