// Adding one child should not rearrange the chart: nobody outside the child's sibship and direct
// ancestors moves by more than one symbol width (issue 3). The editor passes the layout it is showing
// as `previous`; bench/stability.ts prints the figures with and without it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';
import { addYoungestChild, sibshipAndAncestors } from './support/addChild.ts';
import { qualityProblems } from './support/quality.ts';
import { measureStability } from './support/stability.ts';

const SYMBOL = 40;
const EPS = 1e-6;

describe('stability under adding one child (with the previous layout)', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: a child added to any couple moves nobody else by more than one symbol width`, () => {
      const family = loadFixture(name);
      const results = measureStability(family, 50);
      const couples = family.partnerships.filter((p) => p.kind !== 'conception_through_sexual_violence');
      expect(results.length).toBe(Math.min(50, couples.length));
      for (const r of results) {
        expect(r.maxDisplacement, `${r.worstPerson} after adding to ${r.partnership}`).toBeLessThanOrEqual(
          SYMBOL + EPS,
        );
        // Every couple keeps its sides, so no in-law's family moves across the chart.
        expect(r.turned, `couples turned round after adding to ${r.partnership}`).toBe(0);
      }
    }, 120_000);
  }

  it('generated families of any size up to 200 (property): the rule holds for every couple tried', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 200 }),
        (seed, people) => {
          const results = measureStability(generateFamily({ people, seed }), 8);
          for (const r of results)
            expect(
              r.maxDisplacement,
              `${r.worstPerson} after adding to ${r.partnership}`,
            ).toBeLessThanOrEqual(SYMBOL + EPS);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('the layout after the edit still meets every quality rule, and an unchanged family does not move', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 120 }),
        (seed, people) => {
          const family = generateFamily({ people, seed });
          const before = layoutFamily(family);
          expect(layoutFamily(family, { previous: before })).toEqual(before);
          const partnership = family.partnerships.find(
            (p) => p.kind !== 'conception_through_sexual_violence',
          );
          if (!partnership) return;
          const { family: next } = addYoungestChild(family, partnership);
          const after = layoutFamily(next, { previous: before });
          expect(qualityProblems(next, after)).toEqual([]);
          expect(layoutFamily(next, { previous: before })).toEqual(after);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('any previous layout, even of another family, still gives a layout that meets every rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 120 }),
        (seed, people) => {
          const family = generateFamily({ people, seed });
          const other = layoutFamily(generateFamily({ people: people + 7, seed: seed + 1 }));
          expect(qualityProblems(family, layoutFamily(family, { previous: other }))).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('a run of edits, each laid out from the one before, never moves anyone else more than one width', () => {
    let family = generateFamily({ people: 200, seed: 3 });
    let layout = layoutFamily(family);
    for (const partnership of family.partnerships.slice(0, 10)) {
      const { family: next, child } = addYoungestChild(family, partnership);
      const after = layoutFamily(next, { previous: layout });
      const exempt = sibshipAndAncestors(next, child);
      const was = new Map(layout.nodes.map((n) => [n.id, n]));
      for (const n of after.nodes) {
        const old = was.get(n.id);
        if (old && !exempt.has(n.id))
          expect(Math.hypot(n.x - old.x, n.y - old.y)).toBeLessThanOrEqual(SYMBOL + EPS);
      }
      family = next;
      layout = after;
    }
  }, 120_000);
});

describe('stability without the previous layout (fresh layouts, centred on x = 0)', () => {
  // Fresh layouts do not meet the rule (docs/layout.md "Stability"); this guards against them
  // getting worse. Without `previous`, an in-law's family goes on the side of the sibship with
  // fewer brothers and sisters in between, so a younger child can turn a couple round and move that
  // family across the chart: on the fixtures, 2 of the 45 edits (leo, remarried-grandparents).
  it('fixture families: nobody else moves more than one sibling slot (1.6 symbol widths) unless a couple turns round', () => {
    const results = FIXTURE_NAMES.flatMap((name) => measureStability(loadFixture(name), 20, false));
    const kept = results.filter((r) => r.turned === 0).map((r) => r.maxDisplacement);
    expect(kept.length).toBeGreaterThan(10);
    expect(Math.max(...kept)).toBeLessThanOrEqual(1.6 * SYMBOL + EPS);
    expect(results.filter((r) => r.turned > 0).length).toBeLessThanOrEqual(2);
  }, 120_000);
});
