// PENDING (issue 10, still open): the full goal on generated families. The fixtures' part passes and
// lives in readabilityFixtures.test.ts; readability.test.ts asserts the rules kept on generated
// families today, and emotionalClear.test.ts that emotional and caring lines keep clear of
// everything (they are routed round the chart when no bow is clear). Here it still fails on
// parent–child crossings: 4 of its 40 generated families have more than raw dagre (11 crossings
// over in total, e.g. seed 999992, 107 people: 8 against 3); the 1000-person family passes.
// `pnpm exec tsx bench/crossingsExcess.ts` lists them; docs/layout.md "Readability" says what was
// tried. Every one is an elbow to a child drawn beside a partner, crossing the lines of brothers
// and sisters kept in birth order.
// Kept out of vitest's *.test.ts pattern; to run it, copy it to a *.test.ts name
// (cp tests/layout/readability.pending.ts tests/layout/x.test.ts) and run that file alone.
//
// Rules 1–6 of docs/layout.md "Readability", counted by measureReadability from the layout's own
// geometry: every misleading count must be 0; parent–child crossings on generated families no more
// than raw dagre's on the same family.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagreParentChildCrossings } from '../../bench/clutter.ts';
import { generateFamily } from '../support/generateFamily.ts';
import { measureLayout as measure, misleadingBreaches as breaches } from './support/misleading.ts';

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
  }, 300_000);

  it('one large family (1000 people): no misleading breach, crossings no more than raw dagre', () => {
    const family = generateFamily({ people: 1000, seed: 1 });
    const report = measure(family);
    expect(breaches(report)).toEqual({});
    expect(report.counts.parentChildCrossings).toBeLessThanOrEqual(dagreParentChildCrossings(family));
  }, 300_000);
});
