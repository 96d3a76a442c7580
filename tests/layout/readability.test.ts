// The rules of docs/layout.md "Readability" that the layout keeps today, counted by
// measureReadability from the layout's own geometry. The full goal (every misleading count 0, on
// every fixture and generated family) is in readabilityFixtures.test.ts for the fixtures, and in
// readabilityGoal.test.ts for generated families.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { ReadabilityReport, ReadabilityRule } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';

/** Rules kept on every family: no partnership line crossing another line, above its row or with
 * partners apart, no text on text, households whole with nobody else inside, agency names whole. */
const EVERYWHERE: ReadabilityRule[] = [
  'textCollisions',
  'partnershipCrossings',
  'partnershipsAboveRow',
  'partnersApart',
  'residentsOutside',
  'nonMembersInside',
  'agencyNamesCut',
];
/** Also kept on every fixture: no line through a symbol or a name, no two couples' lines on top
 * of each other, no household split. */
const ON_FIXTURES: ReadabilityRule[] = [
  ...EVERYWHERE,
  'linesThroughSymbols',
  'linesThroughNames',
  'collinearOverlaps',
  'householdSplits',
];

function breaches(report: ReadabilityReport, rules: ReadabilityRule[]) {
  return Object.fromEntries(
    rules.filter((rule) => report.counts[rule] > 0).map((rule) => [rule, report.examples[rule]]),
  );
}

function measure(family: Family, options: Parameters<typeof layoutFamily>[1] = {}) {
  return measureReadability(layoutFamily(family, options), family);
}

describe('readability kept on every fixture family', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: no line through a symbol or name, no text on text, households whole, partners together`, () => {
      expect(breaches(measure(loadFixture(name)), ON_FIXTURES)).toEqual({});
    });
    it(`${name}: the same with the ecomap as a band, dates above and NSGC notation`, () => {
      const report = measure(loadFixture(name), { ecomap: 'band', labelDetail: 'dates', notation: 'nsgc' });
      expect(breaches(report, ON_FIXTURES)).toEqual({});
    });
  }
});

describe('readability kept on generated families (property)', () => {
  it('no text on text, no partnership line above its row, partners together, households whole, up to 150 people', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 150 }),
        (seed, people) => {
          expect(breaches(measure(generateFamily({ people, seed })), EVERYWHERE)).toEqual({});
        },
      ),
      { numRuns: 40, seed: 10 },
    );
  }, 120_000);
});
