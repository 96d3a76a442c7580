// Where dagre is used: re-ranking small components whose lines span more than one row (someone
// married across generations, families joined twice). Compares our tree-based ranking alone with
// ranking refined by dagre's network simplex: rows of stretch (extra rows spanned by parent–child
// lines, summed) and layout time (option refineRows: 'none' vs 'dagre'). Run: pnpm exec tsx bench/ranking.ts
import { layoutFamily } from '@kinmap/layout';
import { createId } from '@kinmap/model';
import type { Family, PersonId } from '@kinmap/model';
import { generateFamily } from '../tests/support/generateFamily.ts';
import { conflictingJoins } from '../tests/layout/support/conflictingJoins.ts';

/** Partners someone with a grandchild of their grandparents' sibling line one generation down. */
function withCrossGenerationMarriages(family: Family, pairs: number): Family {
  const kids = new Map<PersonId, PersonId[]>();
  for (const l of family.parentChildLinks)
    kids.set(l.parent, [...new Set([...(kids.get(l.parent) ?? []), l.child])]);
  const partnered = new Set(family.partnerships.flatMap((p) => p.partners));
  const added: Family['partnerships'] = [];
  for (const g of family.people) {
    const list = kids.get(g.id) ?? [];
    for (const a of list)
      for (const b of list) {
        if (a === b || added.length >= pairs) continue;
        const aunt = (kids.get(a) ?? []).find((c) => !partnered.has(c)) ?? a;
        const grandNiece = (kids.get(b) ?? [])
          .flatMap((c) => kids.get(c) ?? [])
          .find((c) => c !== aunt && !added.some((p) => p.partners.includes(c)));
        if (!aunt || !grandNiece) continue;
        partnered.add(aunt).add(grandNiece);
        added.push({
          id: createId('partnership', `across-${added.length}`),
          partners: [aunt, grandNiece],
          kind: 'cohabiting',
          events: [],
          secret: false,
        });
      }
  }

  return { ...family, partnerships: [...family.partnerships, ...added] };
}

function measure(family: Family, refineRows: 'dagre' | 'none') {
  const start = performance.now();
  const layout = layoutFamily(family, { refineRows });
  const ms = performance.now() - start;
  const row = new Map(layout.nodes.map((n) => [n.id as string, n.generation]));
  let stretch = 0;
  for (const l of family.parentChildLinks) {
    const [p, c] = [row.get(l.parent), row.get(l.child)];
    if (p !== undefined && c !== undefined && c > p) stretch += c - p - 1;
  }
  return { stretch, ms };
}

console.log(
  '| family | people | stretch: own ranking | stretch: refined by dagre | layoutFamily ms (own / with dagre) |',
);
console.log('| --- | ---: | ---: | ---: | --- |');
const rows: [string, Family][] = [];
for (const seed of [1, 2, 3, 4]) {
  const family = withCrossGenerationMarriages(generateFamily({ people: 80, seed }), 2);
  const extra = family.partnerships.filter((p) => p.id.includes('across')).length;
  rows.push([`generated seed ${seed} + ${extra} cross-generation couples`, family]);
}
rows.push(['three conflicting joins between two families', conflictingJoins()]);
for (const people of [50, 1000, 5000])
  rows.push([`generated ${people}, seed 1 (as generated)`, generateFamily({ people, seed: 1 })]);
for (const [name, family] of rows) {
  for (let i = 0; i < 3; i += 1) measure(family, 'dagre');
  const own = measure(family, 'none');
  const dagre = measure(family, 'dagre');
  console.log(
    `| ${name} | ${family.people.length} | ${own.stretch} | ${dagre.stretch} | ${own.ms.toFixed(2)} / ${dagre.ms.toFixed(2)} |`,
  );
}
