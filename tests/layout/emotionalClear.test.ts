// Issue 10 rule 5 on generated families: emotional and caring lines keep clear of every symbol, name,
// badge and label that is not their own, and their labels clear of other text, whatever the family.
// Measured with the layout's own measureReadability: the breaches of the chart as drawn, less those
// of the same chart without its emotional and caring lines, are the ones those lines bring.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { FamilyLayout } from '@kinmap/layout';
import type { Family } from '@kinmap/model';
import { generateFamily } from '../support/generateFamily.ts';

const RULES = ['linesThroughSymbols', 'linesThroughNames', 'linesThroughLabels', 'textCollisions'] as const;
const isRelationship = (kind: string) => kind === 'emotional' || kind === 'caring';

/** The breaches emotional and caring lines bring to a chart, by rule, with the examples that name them. */
function relationshipBreaches(family: Family, layout: FamilyLayout) {
  const drawn = measureReadability(layout, family);
  const without = measureReadability(
    { ...layout, connectors: layout.connectors.filter((c) => !isRelationship(c.ref.kind)) },
    family,
  );
  const out: Record<string, { n: number; examples: string[] }> = {};
  for (const rule of RULES) {
    const n = drawn.counts[rule] - without.counts[rule];
    if (n !== 0)
      out[rule] = {
        n,
        examples: drawn.examples[rule].filter((e) => /(emotional|caring)\|/.test(e)),
      };
  }
  return out;
}

describe('emotional and caring lines clear of everything on generated families (property)', () => {
  it('no line through a symbol, name, badge or label, and no label on text, up to 150 people', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2, max: 150 }),
        (seed, people) => {
          const family = generateFamily({ people, seed });
          expect(relationshipBreaches(family, layoutFamily(family))).toEqual({});
        },
      ),
      { numRuns: 40, seed: 5 },
    );
  }, 300_000);

  it('the same with the ecomap as a band and dates under the names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 120 }),
        (seed, people) => {
          const family = generateFamily({ people, seed });
          const layout = layoutFamily(family, { ecomap: 'band', labelDetail: 'dates' });
          expect(relationshipBreaches(family, layout)).toEqual({});
        },
      ),
      { numRuns: 15, seed: 6 },
    );
  }, 300_000);

  it('one large family (1000 people, 40 emotional lines across the chart): none through anything', () => {
    const family = generateFamily({ people: 1000, seed: 1 });
    const layout = layoutFamily(family);
    expect(layout.connectors.filter((c) => isRelationship(c.ref.kind)).length).toBeGreaterThan(40);
    expect(relationshipBreaches(family, layout)).toEqual({});
  }, 300_000);
});
