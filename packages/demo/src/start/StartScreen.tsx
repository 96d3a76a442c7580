import type { MapStore } from '../storage/mapStore.ts';
import { PrivacyNote } from '../PrivacyNote.tsx';
import { NewMapForm } from './NewMapForm.tsx';
import { SavedMapList } from './SavedMapList.tsx';
import { ExampleList } from './ExampleList.tsx';
import { ImportMap } from './ImportMap.tsx';

/** The first screen: saved maps, a new map, the examples, and importing a Kinmap file. */
export function StartScreen({ store }: { store: MapStore }) {
  return (
    <div className="start">
      <header className="start__header">
        <h1>Kinmap family maps</h1>
        <p className="start__lead">
          Draw a genogram and ecomap with the family, check it against the minimum standard, and print or
          export it.
        </p>
        <PrivacyNote />
        <p>
          <a href="#/shared">Shared maps with other agencies</a> (needs the Kinmap portal server).
        </p>
      </header>
      <main className="start__grid">
        <SavedMapList store={store} />
        <NewMapForm store={store} />
        <ImportMap store={store} />
        <ExampleList store={store} />
      </main>
    </div>
  );
}
