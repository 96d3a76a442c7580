import { useEffect, useState } from 'react';
import { openMapStore, type MapStore } from './storage/mapStore.ts';
import { useRoute } from './route.ts';
import { StartScreen } from './start/StartScreen.tsx';
import { EditorScreen } from './editor/EditorScreen.tsx';
import { SharedScreen } from './shared/SharedScreen.tsx';

type StoreState = { status: 'opening' } | { status: 'ready'; store: MapStore } | { status: 'failed' };

/** The practitioner app: a start screen listing saved maps, and the editor for one map. */
export function App() {
  const route = useRoute();
  const [state, setState] = useState<StoreState>({ status: 'opening' });

  useEffect(() => {
    let open: MapStore | undefined;
    let cancelled = false;
    openMapStore().then(
      (store) => {
        open = store;
        if (cancelled) store.close();
        else setState({ status: 'ready', store });
      },
      () => setState({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
      open?.close();
    };
  }, []);

  // Shared maps live on the portal server, not in this browser's storage.
  if (route.screen === 'shared') return <SharedScreen />;
  if (state.status === 'opening') {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening your saved maps…</p>
      </main>
    );
  }
  if (state.status === 'failed') {
    return (
      <main className="start">
        <h1>Kinmap cannot save maps in this browser</h1>
        <p role="alert">
          This browser does not allow Kinmap to keep maps (private browsing can do this). Try a normal window,
          or another browser.
        </p>
      </main>
    );
  }
  return route.screen === 'map' ? (
    <EditorScreen key={route.id} store={state.store} mapId={route.id} />
  ) : (
    <StartScreen store={state.store} />
  );
}
