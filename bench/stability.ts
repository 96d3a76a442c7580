// Stability of the layout under a small edit: add one youngest child to a couple and measure how far
// anyone outside that child's sibship and direct ancestors moves. Run: pnpm exec tsx bench/stability.ts
import { measureStability } from '../tests/layout/support/stability.ts';
import { generateFamily } from '../tests/support/generateFamily.ts';

const SYMBOL = 40;
const cases: [people: number, seeds: number[], couples: number][] = [
  [30, [1, 2, 3, 4, 5, 6, 7, 8], 12],
  [200, [1, 2, 3], 20],
  [1000, [1], 20],
];
const all: number[] = [];
console.log('people  edits  median  p90  max   within one symbol (40)');
for (const [people, seeds, couples] of cases) {
  const figures = seeds.flatMap((seed) =>
    measureStability(generateFamily({ people, seed }), couples).map((r) => r.maxDisplacement),
  );
  figures.sort((a, b) => a - b);
  all.push(...figures);
  const at = (q: number) => figures[Math.min(figures.length - 1, Math.floor(q * figures.length))] ?? 0;
  const within = figures.filter((f) => f <= SYMBOL + 1e-6).length;
  console.log(
    `${String(people).padStart(6)}  ${String(figures.length).padStart(5)}  ${at(0.5).toFixed(0).padStart(6)}  ${at(0.9).toFixed(0).padStart(3)}  ${(figures[figures.length - 1] ?? 0).toFixed(0).padStart(3)}   ${((100 * within) / figures.length).toFixed(0)}%`,
  );
}
all.sort((a, b) => a - b);
console.log(
  `all: ${all.length} edits, max displacement ${(all[all.length - 1] ?? 0).toFixed(1)} units (symbol width ${SYMBOL})`,
);
