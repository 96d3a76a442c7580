// The page bench/react-render.bench.ts bundles with Vite and runs in Chromium: <Genogram> drawing a
// generated family, with hooks the benchmark calls through `window.kinmapBench`.
// Each measurement starts at the beginning of an animation frame, so the time to the next paint is
// work (layout, React, the browser's style, layout and paint) and not waiting for the frame.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { useMemo, useRef, useState } from 'react';
import { layoutFamily, type FamilyLayout } from '@kinmap/layout';
import { addRelative, updatePerson, type Family } from '@kinmap/model';
import { Genogram, kinmapStyles } from '@kinmap/react';
import { generateFamily } from '../tests/support/generateFamily.ts';

/** One measurement, in milliseconds. */
export interface Sample {
  /** `layoutFamily`. */
  layout: number;
  /** React render and commit, less the layout. */
  react: number;
  /** From the end of the commit to the frame painted: the browser's style, layout and paint. */
  browser: number;
  /** From the state update (or mount) to the frame painted. */
  total: number;
}

let layoutMs = 0;
let setFamily: ((family: Family) => void) | undefined;

function Chart({ initial }: { initial: Family }) {
  const [family, set] = useState(initial);
  setFamily = set;
  // As useFamilyLayout does: an edit is laid out from the previous layout, so untouched rows stay put.
  const previous = useRef<FamilyLayout | undefined>(undefined);
  const layout = useMemo(() => {
    const start = performance.now();
    const result = layoutFamily(family, previous.current ? { previous: previous.current } : {});
    layoutMs = performance.now() - start;
    previous.current = result;
    return result;
  }, [family]);
  return <Genogram family={family} layout={layout} theme="light" width={1600} height={1000} />;
}

/**
 * Runs `work` at the start of a frame and resolves once that frame has been painted: the frame's
 * style, layout and paint run right after its animation-frame callbacks, in the same task, so a
 * message posted from the callback is handled after the paint (without waiting for the next frame).
 */
function measureFrame(work: () => void): Promise<Sample> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      layoutMs = 0;
      const start = performance.now();
      work();
      const committed = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const painted = performance.now();
        channel.port1.close();
        resolve({
          layout: layoutMs,
          react: committed - start - layoutMs,
          browser: painted - committed,
          total: painted - start,
        });
      };
      channel.port2.postMessage(null);
    });
  });
}

let root: Root | undefined;
let family: Family | undefined;
let container: HTMLElement | undefined;

const style = document.createElement('style');
style.textContent = kinmapStyles;
document.head.append(style);

const api = {
  /** Draws a new family of `people` from nothing (fresh root) and measures it. */
  async mount(people: number, seed: number): Promise<Sample> {
    root?.unmount();
    container?.remove();
    container = document.createElement('div');
    document.body.append(container);
    family = generateFamily({ people, seed });
    const target = createRoot(container);
    root = target;
    const initial = family;
    const sample = await measureFrame(() => flushSync(() => target.render(<Chart initial={initial} />)));
    return sample;
  },
  /** One edit: rename a person (`updatePerson`) or add a child (`addRelative`). */
  async edit(kind: 'rename' | 'addChild', step: number): Promise<Sample> {
    const current = family;
    if (!current || !setFamily) throw new Error('mount first');
    const people = current.people.filter((p) => p.kind === 'person');
    const person = people[(step * 37) % people.length];
    if (!person) throw new Error('no person to edit');
    const next =
      kind === 'rename'
        ? updatePerson(current, { id: person.id, patch: { names: { given: `Name${step}` } } }).family
        : addRelative(current, {
            of: person.id,
            relation: 'child',
            person: { names: { given: `New${step}` } },
          }).family;
    family = next;
    const set = setFamily;
    return measureFrame(() => flushSync(() => set(next)));
  },
  /** How many person symbols and lines are on the page (to check the chart really drew). */
  counts(): { people: number; connectors: number } {
    return {
      people: document.querySelectorAll('[data-person-id]').length,
      connectors: document.querySelectorAll('.kinmap-connector').length,
    };
  },
};

(window as unknown as { kinmapBench: typeof api }).kinmapBench = api;
document.title = 'ready';
