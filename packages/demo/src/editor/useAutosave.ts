import { useEffect, useRef, useState } from 'react';
import type { Family } from '@kinmap/model';
import type { MapStore } from '../storage/mapStore.ts';
import { saveFamily } from '../storage/familyMaps.ts';

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * Saves the map in this browser after every change, in order (a later save never lands before an
 * earlier one). The save starts just after the change is painted, so typing stays quick; if the page
 * is closed or hidden first, the pending save starts at once, so a reload or a closed tab loses nothing.
 */
export function useAutosave(store: MapStore, family: Family): SaveState {
  const [state, setState] = useState<SaveState>('saved');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<Family | undefined>(undefined);
  const first = useRef(family);

  useEffect(() => {
    function flush() {
      const next = pending.current;
      if (!next) return;
      pending.current = undefined;
      queue.current = queue.current
        .then(() => saveFamily(store, next))
        .then(
          () => {
            if (!pending.current) setState('saved');
          },
          () => setState('failed'),
        );
    }
    if (family !== first.current) {
      pending.current = family;
      setState('saving');
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(flush, 0);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store, family]);

  // Saving when the editor closes (back to the start screen).
  useEffect(
    () => () => {
      const next = pending.current;
      if (next) void saveFamily(store, next);
    },
    [store],
  );
  return state;
}
