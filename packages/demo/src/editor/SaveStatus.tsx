import type { Family } from '@kinmap/model';
import type { MapStore } from '../storage/mapStore.ts';
import { useAutosave } from './useAutosave.ts';

const TEXT = {
  saved: 'Saved in this browser',
  saving: 'Saving…',
  failed: 'Not saved: this browser refused to store the map',
};

/** Saves after every change and says whether the map is saved (its own component, so only it re-renders). */
export function SaveStatus({ store, family }: { store: MapStore; family: Family }) {
  const state = useAutosave(store, family);
  return <span className={`save-state save-state--${state} no-print`}>{TEXT[state]}</span>;
}
