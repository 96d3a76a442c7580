import { useEffect, useState } from 'react';
import type { Family } from '@kinmap/model';
import type { MapStore } from '../storage/mapStore.ts';
import { loadFamily, type LoadResult } from '../storage/familyMaps.ts';
import { routeHash } from '../route.ts';
import { ProblemList } from '../start/ProblemList.tsx';
import { Editor } from './Editor.tsx';

/** Loads one saved map and opens it in the editor; says so plainly when it cannot. */
export function EditorScreen({ store, mapId }: { store: MapStore; mapId: string }) {
  const [result, setResult] = useState<LoadResult | undefined>();
  useEffect(() => {
    let cancelled = false;
    void loadFamily(store, mapId).then((loaded) => {
      if (!cancelled) setResult(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [store, mapId]);

  if (!result) {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening the map…</p>
      </main>
    );
  }
  if (result.status !== 'loaded') {
    return (
      <main className="start">
        <h1>This map cannot be opened</h1>
        {result.status === 'missing' ? (
          <p role="alert">
            There is no saved map with this address in this browser. It may have been deleted.
          </p>
        ) : (
          <ProblemList heading="The saved map is damaged:" problems={result.problems} />
        )}
        <p>
          <a href={routeHash({ screen: 'start' })}>Back to your maps</a>
        </p>
      </main>
    );
  }
  return <Editor store={store} initialFamily={result.family satisfies Family} />;
}
