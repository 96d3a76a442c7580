// Issue 10, rule 4 of docs/layout.md "Readability": lines of different couples never lie on top of
// each other. measureReadability counts, from the layout's own geometry, partnership, sibship,
// descent, twin and tether lines of two different couples lying along each other for 1 unit or more
// (collinearOverlaps); here it must be 0 on generated families of every size: a twin bar along
// another couple's elbow, an elbow's way down along another couple's child's line, a couple's stem
// along a child's line of the sibship it passes, and more overlapping sibship lines on one row than
// there used to be heights for (1000 people).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { generateFamily } from '../support/generateFamily.ts';

/** The pairs of lines lying on top of each other (empty when none), so a failure says which. */
function overlaps(family: Family): string[] {
  const report = measureReadability(layoutFamily(family), family);
  return report.counts.collinearOverlaps === 0 ? [] : report.examples.collinearOverlaps;
}

describe('no two couples’ parent–child lines on top of each other (rule 4)', () => {
  it('generated families of any size up to 150 people (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 150 }),
        (seed, people) => {
          expect(overlaps(generateFamily({ people, seed }))).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 410 },
    );
  }, 180_000);

  it('the families the issue measured: 20, 50, 100 and 150 people, seeds 1–25', () => {
    const found: string[] = [];
    for (const people of [20, 50, 100, 150])
      for (let seed = 1; seed <= 25; seed += 1)
        for (const pair of overlaps(generateFamily({ people, seed })))
          found.push(`${people} people, seed ${seed}: ${pair}`);
    expect(found).toEqual([]);
  }, 180_000);

  it('one large family (1000 people), where one row has more overlapping sibships than four heights', () => {
    expect(overlaps(generateFamily({ people: 1000, seed: 1 }))).toEqual([]);
  }, 180_000);
});
