// Heavy cases moved out of the test suite (issue 11: tests measure code, not machines). They print
// figures and problem counts instead of failing on a slow machine. Run: pnpm exec tsx bench/heavy.bench.ts
// (also part of `pnpm bench`).
import { layoutFamily } from '@kinmap/layout';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { partnerRowProblems, presenceProblems } from '../tests/layout/support/quality.ts';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

// Was tests/layout/pathological.test.ts "5000 people lay out with everyone drawn once".
const family = generateFamily({ people: 5000, seed: 2 });
const { value: layout, ms } = timed(() => layoutFamily(family));
const presence = presenceProblems(family, layout).length;
const partnerRows = partnerRowProblems(family, layout).length;
console.log(
  `5,000-person family (seed 2): laid out in ${ms.toFixed(0)} ms; ` +
    `everyone drawn once: ${presence} problems; partners on one row: ${partnerRows} problems`,
);
if (presence + partnerRows > 0) process.exitCode = 1;
