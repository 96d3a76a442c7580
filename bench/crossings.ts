// Crossing lines: our own ordering (depth-first walk of the family forest) against dagre's crossing
// minimisation, on the same families. A line goes from the parents (the couple's midpoint, or a
// single parent) to the child; two lines between the same pair of rows cross when their ends are in
// opposite orders. Run: pnpm exec tsx bench/crossings.ts
import { layoutFamily } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { conflictingJoins } from '../tests/layout/support/conflictingJoins.ts';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { rawDagreLayout } from './rawDagre.ts';

interface Line {
  top: number;
  bottom: number;
  rows: string;
}

function count(lines: Line[]): number {
  const byRows = new Map<string, Line[]>();
  for (const l of lines) byRows.set(l.rows, [...(byRows.get(l.rows) ?? []), l]);
  let crossings = 0;
  for (const group of byRows.values())
    for (let i = 0; i < group.length; i += 1)
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i]!, group[j]!];
        if ((a.top - b.top) * (a.bottom - b.bottom) < 0) crossings += 1;
      }
  return crossings;
}

function lines(
  family: Family,
  at: (id: string) => { x: number; y: number } | undefined,
  viaPartnership: boolean,
): Line[] {
  const seen = new Set<string>();
  const out: Line[] = [];
  const partnerships = new Map(family.partnerships.map((p) => [p.id as string, p]));
  for (const l of family.parentChildLinks) {
    const key = `${l.child}|${l.partnership ?? l.parent}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const child = at(l.child);
    const p = l.partnership ? partnerships.get(l.partnership) : undefined;
    let top: { x: number; y: number } | undefined;
    if (p && viaPartnership) top = at(p.id);
    else if (p) {
      const [a, b] = [at(p.partners[0]), at(p.partners[1])];
      top = a && b ? { x: (a.x + b.x) / 2, y: a.y } : undefined;
    } else top = at(l.parent);
    if (!child || !top) continue;
    out.push({ top: top.x, bottom: child.x, rows: `${Math.round(top.y)}|${Math.round(child.y)}` });
  }
  return out;
}

console.log('| family | people | crossings: layoutFamily | crossings: raw dagre |');
console.log('| --- | ---: | ---: | ---: |');
const cases: [string, Family][] = [['three conflicting joins', conflictingJoins()]];
for (const seed of [1, 2, 3])
  cases.push([`generated 50, seed ${seed}`, generateFamily({ people: 50, seed })]);
for (const seed of [1, 2]) cases.push([`generated 200, seed ${seed}`, generateFamily({ people: 200, seed })]);
cases.push(['generated 1000, seed 1', generateFamily({ people: 1000, seed: 1 })]);
for (const [name, family] of cases) {
  const ours = new Map(layoutFamily(family).nodes.map((n) => [n.id as string, { x: n.x, y: n.y }]));
  const raw = rawDagreLayout(family);
  const a = count(lines(family, (id) => ours.get(id), false));
  const b = count(lines(family, (id) => raw.get(id), true));
  console.log(`| ${name} | ${family.people.length} | ${a} | ${b} |`);
}
