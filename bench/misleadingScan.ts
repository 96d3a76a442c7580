// Every misleading breach (rules 1–6 of docs/layout.md "Readability", parent–child crossings aside:
// they are clutter) on many generated families: seeds 1–300 at the sizes bench/crossingsExcess.ts
// gives its fixed list (20 + seed × 53 mod 131 people), and 200, 500 and 1000 people with seeds 1–3,
// each with the ecomap as a ring and as a band (dates under the names). Prints the breaches by kind
// with the report's examples, and the totals.
// Run: pnpm exec tsx bench/misleadingScan.ts [--quick] [--max-seed=N]
//   --quick: seeds 1–300 only (no 200–1000-person families).
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { LayoutOptions, ReadabilityReport } from '@kinmap/layout';
import { generateFamily } from '../tests/support/generateFamily.ts';

const quick = process.argv.includes('--quick');
const maxSeedArg = process.argv.find((a) => a.startsWith('--max-seed='));
const maxSeed = maxSeedArg ? Number(maxSeedArg.split('=')[1]) : 300;

const cases: { seed: number; people: number }[] = [];
for (let seed = 1; seed <= maxSeed; seed += 1) cases.push({ seed, people: 20 + ((seed * 53) % 131) });
if (!quick)
  for (const people of [200, 500, 1000])
    for (let seed = 1; seed <= 3; seed += 1) cases.push({ seed, people });

const variants: [string, Partial<LayoutOptions>][] = [
  ['ring', {}],
  ['band', { ecomap: 'band', labelDetail: 'dates' }],
];

/** The misleading counts of a report, parent–child crossings and household splits (clutter) left out. */
function misleadingOf(report: ReadabilityReport): [string, number, string[]][] {
  const { householdSplits: _s, parentChildCrossings: _c, ...rest } = report.counts;
  return Object.entries(rest)
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => [rule, n, report.examples[rule as keyof typeof rest]]);
}

const byKind = new Map<string, { breaches: number; families: number }>();
let families = 0;
let withBreach = 0;
for (const { seed, people } of cases) {
  const family = generateFamily({ people, seed });
  for (const [name, options] of variants) {
    families += 1;
    const found = misleadingOf(measureReadability(layoutFamily(family, options), family));
    if (found.length > 0) withBreach += 1;
    for (const [rule, n, examples] of found) {
      const t = byKind.get(rule) ?? { breaches: 0, families: 0 };
      t.breaches += n;
      t.families += 1;
      byKind.set(rule, t);
      console.log(`seed ${seed}, ${people} people, ${name}: ${rule} ${n}`);
      for (const e of examples) console.log(`    ${e}`);
    }
  }
}
console.log('');
console.log(
  `${families} layouts (${cases.length} families × ring, band), ${withBreach} with a misleading breach`,
);
console.log('| kind | breaches | layouts |');
console.log('| --- | ---: | ---: |');
for (const [rule, t] of [...byKind].sort()) console.log(`| ${rule} | ${t.breaches} | ${t.families} |`);
if (byKind.size === 0) console.log('| (none) | 0 | 0 |');
