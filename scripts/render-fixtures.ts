// Renders every fixture family to PNG (a Chromium screenshot of toSvgString's SVG, ecomap on the
// ring, key included) in artifacts/fixtures/<name>.png, and prints the readability counts of the
// same layout for each (measureReadability). CI keeps artifacts/fixtures as an artifact, so the
// pictures can be looked at, not only counted. Run: pnpm render:fixtures [name ...]
// Needs Chromium at /usr/bin/chromium (KINMAP_CHROMIUM overrides the path). tsx is given the react
// package's tsconfig so the components' JSX compiles (the root tsconfig does not include packages/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { ReadabilityCounts } from '@kinmap/layout';
import { toSvgString } from '@kinmap/react';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { chartFontFaces } from '../tests/support/chartFont.ts';
import { FIXTURE_NAMES, loadFixture, type FixtureName } from '../tests/support/fixtures.ts';

const OUT = join(import.meta.dirname, '..', 'artifacts', 'fixtures');
const SHORT: Record<keyof ReadabilityCounts, string> = {
  linesThroughSymbols: 'thruSym',
  linesThroughNames: 'thruName',
  linesThroughLabels: 'thruLbl',
  textCollisions: 'textHit',
  partnershipCrossings: 'pXing',
  partnershipsAboveRow: 'pAbove',
  partnersApart: 'pApart',
  residentsOutside: 'resOut',
  nonMembersInside: 'strIn',
  agencyNamesCut: 'agCut',
  collinearOverlaps: 'overlap',
  householdSplits: 'hhSplit',
  parentChildCrossings: 'pcXing',
};

const asked = process.argv.slice(2);
const unknown = asked.filter((n) => !(FIXTURE_NAMES as readonly string[]).includes(n));
if (unknown.length)
  throw new Error(`no fixture named ${unknown.join(', ')}; fixtures: ${FIXTURE_NAMES.join(', ')}`);
const names = (asked.length ? asked : FIXTURE_NAMES) as readonly FixtureName[];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
const fontFaces = chartFontFaces();
const rows: string[] = [];
let misleading = 0;
try {
  const page = await browser.newPage({ viewport: { width: 2400, height: 2400 }, deviceScaleFactor: 1 });
  for (const name of names) {
    const family = loadFixture(name);
    const layout = layoutFamily(family);
    const report = measureReadability(layout, family);
    misleading += report.misleading;
    const svg = toSvgString(family, { layout, showEcomap: true, xmlDeclaration: false });
    // The chart font, loaded as an app loads it, so the pictures show what a practitioner sees.
    await page.setContent(
      `<!doctype html><head><style>${fontFaces}</style></head><body style="margin:0;background:#fff">${svg}</body>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const chart = page.locator('svg').first();
    await chart.screenshot({ path: join(OUT, `${name}.png`) });
    writeFileSync(join(OUT, `${name}.svg`), svg);
    const counts = Object.values(report.counts).map((n) => String(n).padStart(8));
    rows.push(`${name.padEnd(24)}${String(layout.nodes.length).padStart(7)}${counts.join('')}`);
    for (const [rule, examples] of Object.entries(report.examples))
      for (const example of examples) rows.push(`    ${SHORT[rule as keyof ReadabilityCounts]}: ${example}`);
  }
} finally {
  await browser.close();
}
console.log(
  `${'fixture'.padEnd(24)}${'people'.padStart(7)}${Object.values(SHORT)
    .map((s) => s.padStart(8))
    .join('')}`,
);
for (const row of rows) console.log(row);
console.log(`${misleading} misleading breaches over ${names.length} fixtures; pictures in ${OUT}`);
