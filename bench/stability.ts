// Stability of the layout under a small edit: add one youngest child to a couple and measure how far
// anyone outside that child's sibship and direct ancestors moves (issue 3: at most one symbol width).
// Two ways: `previous` (the new layout is given the layout shown before, as an editor does) and
// fresh (both layouts computed from scratch, centred on x = 0).
// Run: pnpm exec tsx bench/stability.ts
import { measureStability } from '../tests/layout/support/stability.ts';
import { FIXTURE_NAMES, loadFixture } from '../tests/support/fixtures.ts';
import { generateFamily } from '../tests/support/generateFamily.ts';
import type { Family } from '@kinmap/model';

const SYMBOL = 40;
const cases: [label: string, families: Family[], couples: number][] = [
  ['fixtures', FIXTURE_NAMES.map(loadFixture), 50],
  ['30 (8 seeds)', [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => generateFamily({ people: 30, seed })), 12],
  ['200 (3 seeds)', [1, 2, 3].map((seed) => generateFamily({ people: 200, seed })), 20],
  ['1000', [generateFamily({ people: 1000, seed: 1 })], 20],
];
for (const incremental of [true, false]) {
  console.log(incremental ? '\nwith `previous`' : '\nfresh layouts (no `previous`)');
  console.log('| people | edits | median | p90 | max | within one symbol width (40) | couple turned round |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, families, couples] of cases) {
    const results = families.flatMap((family) => measureStability(family, couples, incremental));
    const figures = results.map((r) => r.maxDisplacement);
    const turned = results.filter((r) => r.turned > 0).length;
    figures.sort((a, b) => a - b);
    const at = (q: number) => figures[Math.min(figures.length - 1, Math.floor(q * figures.length))] ?? 0;
    const within = figures.filter((f) => f <= SYMBOL + 1e-6).length;
    console.log(
      `| ${label} | ${figures.length} | ${at(0.5).toFixed(0)} | ${at(0.9).toFixed(0)} | ${(figures.at(-1) ?? 0).toFixed(0)} | ${((100 * within) / figures.length).toFixed(0)}% | ${turned} |`,
    );
  }
}
