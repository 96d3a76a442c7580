// Output identity for speed work: the SHA-1 of the JSON of layoutFamily for every fixture (three
// option sets), generated families of 10–1000 people with and without `previous` (one child added),
// fuzz and tangled families. Run it on the code before and after a change and compare the files:
//   pnpm exec tsx bench/layoutSnapshot.ts [layout entry, default @kinmap/layout] > after.json
//   (the same with a copy of the old packages/layout/src/index.ts as the entry) > before.json
//   cmp before.json after.json
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Family } from '@kinmap/model';
import type { FamilyLayout, LayoutOptions } from '@kinmap/layout';
import { addYoungestChild } from '../tests/layout/support/addChild.ts';
import { FIXTURE_NAMES, loadFixture } from '../tests/support/fixtures.ts';
import { fuzzFamily } from '../tests/support/fuzzFamily.ts';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { tangledFamily } from '../tests/support/tangledFamily.ts';

type Layout = (family: Family, options?: LayoutOptions) => FamilyLayout;
const entry = process.argv[2];
const mod = (await import(entry ? pathToFileURL(entry).href : '@kinmap/layout')) as { layoutFamily: Layout };
const layoutFamily = mod.layoutFamily;
const out: Record<string, string> = {};
const record = (key: string, layout: FamilyLayout) => {
  out[key] = createHash('sha1').update(JSON.stringify(layout)).digest('hex');
};
for (const name of FIXTURE_NAMES) {
  const family = loadFixture(name);
  record(`fixture:${name}`, layoutFamily(family));
  record(
    `fixture:${name}:dates:band`,
    layoutFamily(family, { labelDetail: 'dates', ecomap: 'band', asAt: '2020-06-01' }),
  );
  record(
    `fixture:${name}:none`,
    layoutFamily(family, { labelDetail: 'none', notation: 'ics_uk', showEmotional: false, symbolSize: 30 }),
  );
}
const sizes: [number, number][] = [
  [10, 8],
  [30, 8],
  [50, 8],
  [80, 3],
  [200, 3],
  [500, 3],
  [1000, 2],
];
for (const [people, seeds] of sizes)
  for (let seed = 1; seed <= seeds; seed += 1) {
    const family = generateFamily({ people, seed });
    const layout = layoutFamily(family);
    record(`generated:${people}:${seed}`, layout);
    const first = family.partnerships[0];
    if (first)
      record(
        `generated:${people}:${seed}:child added`,
        layoutFamily(addYoungestChild(family, first).family, { previous: layout }),
      );
  }
for (let seed = 1; seed <= 6; seed += 1) record(`fuzz:${seed}`, layoutFamily(fuzzFamily(seed)));
for (let seed = 1; seed <= 4; seed += 1) record(`tangled:${seed}`, layoutFamily(tangledFamily(seed, 40)));
console.log(JSON.stringify(out, null, 1));
