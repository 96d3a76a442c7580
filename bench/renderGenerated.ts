// Renders generated families to PNG (a Chromium screenshot of toSvgString) and prints their
// parent–child crossings beside raw dagre's, with the measure's examples.
// Run: pnpm exec tsx --tsconfig packages/react/tsconfig.json bench/renderGenerated.ts <outDir> <tag> seed:people ...
// (ROWS=1 also prints each row left to right: id:name@x).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import { toSvgString } from '@kinmap/react';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { dagreParentChildCrossings } from './clutter.ts';

const [out = 'artifacts/generated', tag = 'now', ...specs] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 4000, height: 2400 }, deviceScaleFactor: 1 });
  for (const spec of specs) {
    const [seed, people] = spec.split(':').map(Number) as [number, number];
    const family = generateFamily({ people, seed });
    const layout = layoutFamily(family);
    const report = measureReadability(layout, family);
    console.log(
      `seed ${seed}, ${people} people: crossings ${report.counts.parentChildCrossings} (raw dagre ${dagreParentChildCrossings(family)}), misleading ${report.misleading}`,
    );
    for (const e of report.examples.parentChildCrossings) console.log(`    ${e}`);
    if (process.env.ROWS) {
      const rows = new Map<number, string[]>();
      for (const n of [...layout.nodes].sort((a, b) => a.x - b.x)) {
        const name = n.label.lines[0] ?? '';
        rows.set(n.y, [
          ...(rows.get(n.y) ?? []),
          `${n.id.replace('person:', '')}:${name}@${Math.round(n.x)}`,
        ]);
      }
      for (const [y, list] of [...rows].sort((a, b) => a[0] - b[0]))
        console.log(`  y${y}: ${list.join(' ')}`);
    }
    const svg = toSvgString(family, { layout, showEcomap: false, showLegend: false, xmlDeclaration: false });
    await page.setContent(`<!doctype html><body style="margin:0;background:#fff">${svg}</body>`);
    await page
      .locator('svg')
      .first()
      .screenshot({ path: join(out, `${seed}-${people}-${tag}.png`) });
  }
} finally {
  await browser.close();
}
