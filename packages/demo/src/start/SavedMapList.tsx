import { useCallback, useEffect, useId, useState } from 'react';
import type { MapStore, SavedMapSummary } from '../storage/mapStore.ts';
import { routeHash } from '../route.ts';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The maps saved in this browser, most recently changed first, each with open and delete. */
export function SavedMapList({ store }: { store: MapStore }) {
  const id = useId();
  const [maps, setMaps] = useState<SavedMapSummary[] | undefined>(undefined);
  const [status, setStatus] = useState('');

  const refresh = useCallback(() => store.list().then(setMaps), [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function remove(map: SavedMapSummary) {
    if (!window.confirm(`Delete “${map.title}” from this browser? This cannot be undone.`)) return;
    await store.remove(map.id);
    setStatus(`Deleted “${map.title}”.`);
    await refresh();
  }

  return (
    <section className="card card--wide" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your saved maps</h2>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {maps === undefined ? (
        <p>Loading…</p>
      ) : maps.length === 0 ? (
        <p className="muted">
          No maps saved in this browser yet. Start a new map, import a file or open an example.
        </p>
      ) : (
        <ul className="saved-maps">
          {maps.map((map) => (
            <li key={map.id} className="saved-maps__item">
              <a href={routeHash({ screen: 'map', id: map.id })} className="saved-maps__title">
                {map.title}
              </a>
              <span className="saved-maps__when">
                Last changed <time dateTime={map.updatedAt}>{WHEN.format(new Date(map.updatedAt))}</time>
              </span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Delete ${map.title}`}
                onClick={() => void remove(map)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
