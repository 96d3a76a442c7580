// Clutter on generated families: household splits and parent–child line crossings as the project's
// readability measure counts them on layoutFamily's drawing, beside the crossings of raw dagre's
// drawing of the same family (straight lines from the partnership node, or the single parent, to
// each child). Printed by `pnpm bench`; run alone: pnpm exec tsx bench/clutter.ts
import { pathToFileURL } from 'node:url';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { rawDagreLayout } from './rawDagre.ts';

interface Seg {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

function cross(s: Seg, t: Seg): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = o(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const d2 = o(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  const d3 = o(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const d4 = o(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const eps = 1e-6;
  return (
    ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
    ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
  );
}

/**
 * Proper crossings between raw dagre's parent–child lines: one straight line per child and couple,
 * from the couple's partnership node (or the single parent) to the child.
 */
export function dagreParentChildCrossings(family: Family): number {
  const at = rawDagreLayout(family);
  const seen = new Set<string>();
  const lines: Seg[] = [];
  for (const l of family.parentChildLinks) {
    const top = (l.partnership && at.get(l.partnership)) || at.get(l.parent);
    const child = at.get(l.child);
    const key = `${l.child}|${l.partnership && at.has(l.partnership) ? l.partnership : l.parent}`;
    if (!top || !child || seen.has(key)) continue;
    seen.add(key);
    lines.push({ ax: top.x, ay: top.y, bx: child.x, by: child.y });
  }
  // Sorted by top so only lines whose vertical spans overlap are compared.
  lines.sort((p, q) => Math.min(p.ay, p.by) - Math.min(q.ay, q.by));
  let crossings = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const s = lines[i] as Seg;
    const bottom = Math.max(s.ay, s.by);
    for (let j = i + 1; j < lines.length; j += 1) {
      const t = lines[j] as Seg;
      if (Math.min(t.ay, t.by) >= bottom) break;
      if (cross(s, t)) crossings += 1;
    }
  }
  return crossings;
}

/** The clutter table for generated families of 50, 200 and 1000 people (markdown). */
export function printClutter(): void {
  console.log('');
  console.log(
    '| generated family | people | household splits | parent–child crossings: layoutFamily | raw dagre | misleading (rules 1–6) | measured in |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const cases: [number, number][] = [
    [50, 1],
    [50, 2],
    [50, 3],
    [200, 1],
    [200, 2],
    [1000, 1],
  ];
  for (const [people, seed] of cases) {
    const family = generateFamily({ people, seed });
    const layout = layoutFamily(family);
    const start = performance.now();
    const report = measureReadability(layout, family);
    const ms = performance.now() - start;
    console.log(
      `| ${people}, seed ${seed} | ${family.people.length} | ${report.counts.householdSplits} | ${report.counts.parentChildCrossings} | ${dagreParentChildCrossings(family)} | ${report.misleading} | ${ms.toFixed(1)} ms |`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printClutter();
