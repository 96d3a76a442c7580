import { useId, useState, type ChangeEvent } from 'react';
import type { MapStore } from '../storage/mapStore.ts';
import { readFamilyText, type FileProblem } from '../files/readFamilyFile.ts';
import { asNewMap, saveFamily } from '../storage/familyMaps.ts';
import { navigate } from '../route.ts';
import { importedTitle } from '../files/mapNames.ts';
import { ProblemList } from './ProblemList.tsx';

/** Imports a Kinmap JSON file as a new map. A file that fails validation imports nothing. */
export function ImportMap({ store }: { store: MapStore }) {
  const id = useId();
  const [failure, setFailure] = useState<{ fileName: string; problems: FileProblem[] } | undefined>();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = readFamilyText(await file.text());
    if (!read.ok) {
      setFailure({ fileName: file.name, problems: read.problems });
      return;
    }
    setFailure(undefined);
    // Named with when it was imported, so the copy can be told from its original.
    const family = { ...asNewMap(read.family), title: importedTitle(read.family.title, new Date()) };
    await saveFamily(store, family);
    navigate({ screen: 'map', id: family.id });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a Kinmap file</h2>
      <div className="field">
        <label htmlFor={`${id}-file`}>Choose a Kinmap JSON file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(event) => void onFile(event)}
        />
        <p id={`${id}-hint`} className="field__hint">
          The file is read on this device and saved as a new map, named with the time it was imported. It is
          not uploaded.
        </p>
      </div>
      {failure && (
        <ProblemList
          heading={`“${failure.fileName}” was not imported: Kinmap found ${failure.problems.length === 1 ? 'a problem' : `${failure.problems.length} problems`}. Nothing was saved.`}
          problems={failure.problems}
        />
      )}
    </section>
  );
}
