// PENDING (issue 10, still open): the full goal. readability.test.ts asserts the rules the layout
// keeps today; this file asserts every misleading count 0. On the fixtures it passes except
// young-carer with the ecomap as a band (a caring line through the "cares" label: emotional and
// caring routing); on generated families it still fails on emotional lines through symbols, names
// and labels, and on a few sibship lines of two couples lying along each other at 1000 people
// (more overlapping sibships on one row than tracks).
// Kept out of vitest's *.test.ts pattern; to run it, copy it to a *.test.ts name
// (cp tests/layout/readability.pending.ts tests/layout/x.test.ts) and run that file alone.
//
// Rules 1–6 of docs/layout.md "Readability", counted by measureReadability from the layout's own
// geometry: every misleading count must be 0; parent–child crossings on generated families no more
// than raw dagre's on the same family.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { ReadabilityReport } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { dagreParentChildCrossings } from '../../bench/clutter.ts';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';

/** The misleading counts that are not 0, with their examples, so a failure says where. */
function breaches(report: ReadabilityReport) {
  const { householdSplits: _splits, parentChildCrossings: _crossings, ...misleading } = report.counts;
  return Object.fromEntries(
    Object.entries(misleading)
      .filter(([, n]) => n > 0)
      .map(([rule, n]) => [rule, { n, examples: report.examples[rule as keyof typeof misleading] }]),
  );
}

function measure(family: Family, options: Parameters<typeof layoutFamily>[1] = {}) {
  return measureReadability(layoutFamily(family, options), family);
}

describe('readability: rules 1–6 on every fixture family', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: no misleading line, label, outline or agency name (ecomap ring)`, () => {
      expect(breaches(measure(loadFixture(name)))).toEqual({});
    });
    it(`${name}: the same with the ecomap as a band, dates above and NSGC notation`, () => {
      const report = measure(loadFixture(name), { ecomap: 'band', labelDetail: 'dates', notation: 'nsgc' });
      expect(breaches(report)).toEqual({});
    });
  }
});

describe('readability: rules 1–6 on generated families (property)', () => {
  it('no misleading breach, and no more parent–child crossings than raw dagre, up to 150 people', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 150 }),
        (seed, people) => {
          const family = generateFamily({ people, seed });
          const report = measure(family);
          expect(breaches(report)).toEqual({});
          expect(report.counts.parentChildCrossings).toBeLessThanOrEqual(dagreParentChildCrossings(family));
        },
      ),
      { numRuns: 40, seed: 10 },
    );
  }, 120_000);

  it('one large family (1000 people): no misleading breach, crossings no more than raw dagre', () => {
    const family = generateFamily({ people: 1000, seed: 1 });
    const report = measure(family);
    expect(breaches(report)).toEqual({});
    expect(report.counts.parentChildCrossings).toBeLessThanOrEqual(dagreParentChildCrossings(family));
  }, 120_000);
});
