// A fixed amount of layout work, for timing two versions of the layout as whole processes in turn
// (A B A B …, e.g. with /usr/bin/time -f %U+%S), so a loaded machine's drift cancels in the ratio:
//   PEOPLE=200 REPS=60 pnpm exec tsx bench/layoutWork.ts [layout entry, default @kinmap/layout]
// 50 people: seeds 1–20; 200 people: seeds 1–3; 1000 or more: seed 1; each laid out REPS times.
// A process with REPS=0 gives the start-up cost to subtract.
import { pathToFileURL } from 'node:url';
import type { Family } from '@kinmap/model';
import type { FamilyLayout } from '@kinmap/layout';
import { generateFamily } from '../tests/support/generateFamily.ts';

const entry = process.argv[2];
const { layoutFamily } = (await import(entry ? pathToFileURL(entry).href : '@kinmap/layout')) as {
  layoutFamily: (family: Family) => FamilyLayout;
};
const people = Number(process.env.PEOPLE ?? 200);
const reps = Number(process.env.REPS ?? 20);
const seeds = people <= 50 ? Array.from({ length: 20 }, (_, i) => i + 1) : people >= 1000 ? [1] : [1, 2, 3];
const families = seeds.map((seed) => generateFamily({ people, seed }));
for (let i = 0; i < reps; i += 1) for (const family of families) layoutFamily(family);
