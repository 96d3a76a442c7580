import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily } from '@kinmap/layout';
import { FIXTURE_NAMES, loadFixture } from '../support/fixtures.ts';
import { generateFamily } from '../support/generateFamily.ts';
import { qualityProblems } from './support/quality.ts';

describe('layout quality on every fixture family', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: everyone once, no overlaps, partners on one row, children below, siblings oldest-left`, () => {
      const family = loadFixture(name);
      expect(qualityProblems(family, layoutFamily(family))).toEqual([]);
    }, 120_000);
    it(`${name}: the same with pregnancy losses hidden and dates above`, () => {
      const family = loadFixture(name);
      const layout = layoutFamily(family, {
        showPregnancyLosses: false,
        labelDetail: 'dates',
        notation: 'nsgc',
      });
      expect(qualityProblems(family, layout, false)).toEqual([]);
    }, 120_000);
  }
});

describe('layout quality on generated families (property)', () => {
  it('holds for any seed and size up to 150 people', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 150 }),
        (seed, people) => {
          const family = generateFamily({ people, seed });
          expect(qualityProblems(family, layoutFamily(family))).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('holds for one large family (1000 people)', () => {
    const family = generateFamily({ people: 1000, seed: 7 });
    expect(qualityProblems(family, layoutFamily(family))).toEqual([]);
  }, 120_000);
});
