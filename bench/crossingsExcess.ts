// Parent–child crossings over raw dagre's, family by family: the generated families of the
// readability goal test (readabilityGoal.test.ts: fast-check seed 10, 40 runs, 2–150 people) and a fixed list of 100
// (seeds 1–100, 20–150 people). Prints each family with more crossings than raw dagre and the totals.
// Run: pnpm exec tsx bench/crossingsExcess.ts [--all]
import fc from 'fast-check';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { dagreParentChildCrossings } from './clutter.ts';

export function excessCases(): { seed: number; people: number; set: string }[] {
  // The same families fc.assert draws in the test: a property that only records them.
  const property: [number, number][] = [];
  fc.check(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 150 }), (seed, people) => {
      property.push([seed, people]);
      return true;
    }),
    { seed: 10, numRuns: 40 },
  );
  const cases = property.map(([seed, people]) => ({ seed, people, set: 'property' }));
  for (let seed = 1; seed <= 100; seed += 1)
    cases.push({ seed, people: 20 + ((seed * 53) % 131), set: 'fixed' });
  cases.push({ seed: 1, people: 1000, set: 'large' });
  return cases;
}

const all = process.argv.includes('--all');
const totals = new Map<
  string,
  { families: number; over: number; excess: number; ours: number; dagre: number; misleading: number }
>();
const rows: string[] = [];
for (const { seed, people, set } of excessCases()) {
  const family = generateFamily({ people, seed });
  const report = measureReadability(layoutFamily(family), family);
  const ours = report.counts.parentChildCrossings;
  const dagre = dagreParentChildCrossings(family);
  const t = totals.get(set) ?? { families: 0, over: 0, excess: 0, ours: 0, dagre: 0, misleading: 0 };
  t.families += 1;
  t.ours += ours;
  t.dagre += dagre;
  t.misleading += report.misleading;
  if (ours > dagre) {
    t.over += 1;
    t.excess += ours - dagre;
  }
  totals.set(set, t);
  if (all || ours > dagre || report.misleading > 0)
    rows.push(
      `| ${set} | ${seed} | ${people} | ${ours} | ${dagre} | ${Math.max(0, ours - dagre)} | ${report.misleading} |`,
    );
}
console.log('| set | seed | people | layoutFamily | raw dagre | excess | misleading |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log('');
console.log('| set | families | over dagre | excess | crossings: layoutFamily | raw dagre | misleading |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [set, t] of totals)
  console.log(
    `| ${set} | ${t.families} | ${t.over} | ${t.excess} | ${t.ours} | ${t.dagre} | ${t.misleading} |`,
  );
