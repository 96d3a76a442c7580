import { useEffect, useRef, useState } from 'react';
import type { Family } from '@kinmap/model';
import type { MapStore } from '../storage/mapStore.ts';
import { saveFamily } from '../storage/familyMaps.ts';

/**
 * Saves the map in this browser after every change, in order (a later save never lands before an
 * earlier one), so a reload or a closed tab loses nothing.
 */
export function useAutosave(store: MapStore, family: Family): 'saved' | 'saving' | 'failed' {
  const [state, setState] = useState<'saved' | 'saving' | 'failed'>('saved');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const first = useRef(family);
  useEffect(() => {
    if (family === first.current) return;
    setState('saving');
    queue.current = queue.current
      .then(() => saveFamily(store, family))
      .then(
        () => setState('saved'),
        () => setState('failed'),
      );
  }, [store, family]);
  return state;
}
