// Rule 4 on generated families (issue 10): collinear overlaps (two couples' lines on top of each
// other) and parent–child crossings against raw dagre's on the same family, over sizes × seeds.
// Run: pnpm exec tsx bench/structureClear.ts   (SIZES=20,50,100,150 SEEDS=25 BIG=1 by default;
// LIST=1 prints each family with more crossings than dagre)
import { layoutFamily, measureReadability } from '@kinmap/layout';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { dagreParentChildCrossings } from './clutter.ts';

const sizes = (process.env.SIZES ?? '20,50,100,150').split(',').map(Number);
const seeds = Number(process.env.SEEDS ?? 25);
let families = 0;
let overlaps = 0;
let over = 0;
let excess = 0;
let ours = 0;
let dagre = 0;
for (const people of sizes)
  for (let seed = 1; seed <= seeds; seed += 1) {
    const family = generateFamily({ people, seed });
    const report = measureReadability(layoutFamily(family), family);
    const theirs = dagreParentChildCrossings(family);
    const mine = report.counts.parentChildCrossings;
    families += 1;
    overlaps += report.counts.collinearOverlaps;
    for (const pair of report.counts.collinearOverlaps > 0 ? report.examples.collinearOverlaps : [])
      console.log(`${people} people, seed ${seed}: ${pair}`);
    ours += mine;
    dagre += theirs;
    if (mine > theirs) {
      over += 1;
      excess += mine - theirs;
      if (process.env.LIST === '1')
        console.log(`${people} people, seed ${seed}: ${mine} crossings, dagre ${theirs}`);
    }
  }
console.log(
  `${families} families (${sizes.join(', ')} people × seeds 1–${seeds}): ${overlaps} collinear overlaps; ` +
    `parent–child crossings ${ours} (raw dagre ${dagre}); ${over} families with more than dagre, ${excess} crossings over in all`,
);
if ((process.env.BIG ?? '1') === '1') {
  const family = generateFamily({ people: 1000, seed: 1 });
  const report = measureReadability(layoutFamily(family), family);
  console.log(
    `1000 people, seed 1: ${report.counts.collinearOverlaps} collinear overlaps; parent–child crossings ` +
      `${report.counts.parentChildCrossings} (raw dagre ${dagreParentChildCrossings(family)})`,
  );
}
