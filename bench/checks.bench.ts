// Prints how long checkFamily takes on generated families of growing size (run: pnpm exec tsx bench/checks.bench.ts).
import { checkFamily } from '@kinmap/model';
import { generateFamily } from '../tests/support/generateFamily.ts';

for (const people of [50, 200, 1000, 5000, 20000]) {
  const family = generateFamily({ people, seed: 1 });
  const t0 = performance.now();
  const first = checkFamily(family, { asAt: '2025-01-01' });
  const t1 = performance.now();
  const runs = 5;
  for (let i = 0; i < runs; i++) checkFamily(family, { asAt: '2025-01-01' });
  const t2 = performance.now();
  console.log(
    `checkFamily ${String(people).padStart(6)} people: first ${(t1 - t0).toFixed(1)} ms, ` +
      `mean of ${runs} ${((t2 - t1) / runs).toFixed(1)} ms, ${first.findings.length} findings, ` +
      `${first.standard.met} of ${first.standard.total} met`,
  );
}
