import { useId, useState } from 'react';
import type { MapStore } from '../storage/mapStore.ts';
import { EXAMPLES, type Example } from '../files/examples.ts';
import { readFamilyText, type FileProblem } from '../files/readFamilyFile.ts';
import { openExampleCopy } from '../storage/familyMaps.ts';
import { navigate } from '../route.ts';
import { ProblemList } from './ProblemList.tsx';

/**
 * Example families (made up, for trying Kinmap out). Opening one saves a marked copy ("Example: …") in
 * this browser, or reopens the untouched copy saved before.
 */
export function ExampleList({ store }: { store: MapStore }) {
  const id = useId();
  const [problems, setProblems] = useState<{ title: string; problems: FileProblem[] } | undefined>();

  async function open(example: Example) {
    const read = readFamilyText(example.text);
    if (!read.ok) {
      setProblems({ title: example.title, problems: read.problems });
      return;
    }
    // An untouched copy of this example already saved is opened again, so copies never pile up.
    const id = await openExampleCopy(store, read.family);
    navigate({ screen: 'map', id });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Open an example</h2>
      <p className="muted">
        Made-up families for trying Kinmap out. Opening one saves a copy marked “Example:” that you can
        change; opening it again, before any change, reopens that copy.
      </p>
      {EXAMPLES.length === 0 ? (
        <p className="muted">No examples are included in this build.</p>
      ) : (
        <ul className="examples">
          {EXAMPLES.map((example) => (
            <li key={example.key}>
              <button type="button" className="button button--link" onClick={() => void open(example)}>
                {example.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems && (
        <ProblemList
          heading={`The example “${problems.title}” could not be opened`}
          problems={problems.problems}
        />
      )}
    </section>
  );
}
