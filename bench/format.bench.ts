// Times parseFamily and serializeFamily on realistic and hostile documents. Run: pnpm exec tsx bench/format.bench.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFamily, serializeFamily } from '@kinmap/model';
import { generateFamily } from '../tests/support/generateFamily.ts';

function time(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(9)} ms`);
}

const leoText = readFileSync(
  fileURLToPath(new URL('../tests/fixtures/families/leo.json', import.meta.url)),
  'utf8',
);
const leo = parseFamily(leoText);
if (!leo.ok) throw new Error('leo fixture invalid');

const big = generateFamily({ people: 2_000, seed: 7 });
const bigText = serializeFamily(big);
const bigOk = parseFamily(bigText).ok;

const tenMb = `{"formatVersion":1,"id":"family:x","title":"${'x'.repeat(10_000_000)}"}`;
const deep = `${'['.repeat(2_500_000)}${']'.repeat(2_500_000)}`;
const manyPeople = JSON.stringify({
  formatVersion: 3,
  id: 'family:x',
  title: 'x',
  people: Array.from({ length: 100_000 }, (_, i) => ({ id: `person:p${i}` })),
});

console.log(`Leo fixture: ${leoText.length.toLocaleString('en-GB')} characters`);
console.log(
  `Generated family: 2,000 people, ${bigText.length.toLocaleString('en-GB')} characters, valid: ${bigOk}`,
);
time('parseFamily(Leo fixture text)', 200, () => parseFamily(leoText));
time('serializeFamily(Leo)', 200, () => serializeFamily(leo.family));
time('parseFamily(2,000-person family text)', 5, () => parseFamily(bigText));
time('serializeFamily(2,000-person family)', 5, () => serializeFamily(big));
time('parseFamily(10 MB title) → one issue on the title', 20, () => parseFamily(tenMb));
time('parseFamily(5 MB of nested brackets) → refused by depth', 5, () => parseFamily(deep));
time(`parseFamily(100,000 people, ${(manyPeople.length / 1e6).toFixed(1)} MB) → refused by count`, 5, () =>
  parseFamily(manyPeople),
);
