// Drawing cost (issue 11 item 4): layoutFamily, toSvgString and a server render of the React chart
// (<Genogram>) on (a) 1,000 people with 50,000 emotional relationships between seeded random pairs,
// (b) 10,000 people. Prints time, SVG size and memory for each.
// Run: pnpm bench:svg   (tsx --tsconfig packages/react/tsconfig.json bench/svg.bench.ts)
// React runs in its production build, as an app or a server would ship it.
process.env.NODE_ENV = 'production';

import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import type { Family } from '@kinmap/model';

const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const { layoutFamily } = await import('@kinmap/layout');
const { createId } = await import('@kinmap/model');
const { Genogram, toSvgString } = await import('@kinmap/react');
const { generateFamily } = await import('../tests/support/generateFamily.ts');

const TYPES = [
  'close',
  'conflict',
  'hostile',
  'cutoff',
  'focused_on',
  'physical_abuse',
  'caretaker',
  'distant',
  'very_close',
  'sexual_abuse',
] as const;

/** `count` emotional relationships between seeded random pairs of the family's people. */
function withEmotional(family: Family, count: number): Family {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const people = family.people;
  const emotionalRelationships: Family['emotionalRelationships'] = [];
  for (let i = 0; emotionalRelationships.length < count; i += 1) {
    const from = (people[Math.floor(next() * people.length)] as Family['people'][number]).id;
    const to = (people[Math.floor(next() * people.length)] as Family['people'][number]).id;
    if (from === to) continue;
    emotionalRelationships.push({
      id: createId('emotional', `bench${i}`),
      from,
      to,
      type: TYPES[i % TYPES.length] as (typeof TYPES)[number],
      direction: 'mutual',
      basis: 'reported',
    });
  }
  return { ...family, emotionalRelationships };
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const cases: { name: string; family: () => Family }[] = [
  {
    name: '1,000 people, 50,000 emotional',
    family: () => withEmotional(generateFamily({ people: 1000, seed: 1 }), 50_000),
  },
  { name: '10,000 people', family: () => generateFamily({ people: 10_000, seed: 1 }) },
];

const only = process.argv[2];
if (only === undefined) {
  // Each case runs in a process of its own, so its memory figures are its own.
  console.log(`node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log(
    '| family | layoutFamily | toSvgString (given the layout) | SVG size | React chart, server render | heap after | peak RSS |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  cases.forEach((_, i) => {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), String(i)],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (run.status !== 0) process.exitCode = 1;
  });
} else {
  const { name, family: make } = cases[Number(only)] as (typeof cases)[number];
  // Warm up the code paths on a small family first.
  toSvgString(withEmotional(generateFamily({ people: 50, seed: 2 }), 200));
  const family = make();
  const [layout, layoutMs] = timed(() => layoutFamily(family));
  const [svg, svgMs] = timed(() => toSvgString(family, { layout }));
  const [, reactMs] = timed(() => renderToString(createElement(Genogram, { family, layout })));
  const heap = process.memoryUsage().heapUsed;
  console.log(
    `| ${name} | ${s(layoutMs)} | ${s(svgMs)} | ${(svg.length / 1e6).toFixed(1)} M chars | ${s(reactMs)} | ${mb(heap)} | ${mb(resourceUsage().maxRSS * 1024)} |`,
  );
}
