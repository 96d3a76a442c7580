import type { Family } from '@kinmap/model';
import type { FamilyLayout } from '../types.ts';
import { countAgencyNames } from './agencyRules.ts';
import { countCrossings } from './crossingRules.ts';
import { countHouseholds } from './householdRules.ts';
import { countLinesThrough } from './lineRules.ts';
import { indexFamily } from './owners.ts';
import { countPartnershipPlacement } from './partnershipRules.ts';
import { linesOf, obstaclesOf, textsOf } from './scene.ts';
import { Tally } from './tally.ts';
import { countTextCollisions } from './textRules.ts';
import type { ReadabilityReport } from './types.ts';

/**
 * Measures how readable a laid-out chart is, from the layout's own geometry (no rendering): counts
 * each breach of the drawing rules of docs/layout.md "Readability" and names examples. Text is
 * measured as `@kinmap/react` draws it. The misleading counts (`report.misleading`) should be 0;
 * household splits and parent–child crossings are clutter, as few as the family allows.
 *
 * Pure and fast: paths are flattened into straight pieces and compared through a spatial grid, so
 * a 1000-person family is measured in a few tens of milliseconds.
 *
 * @param layout - The chart, as returned by `layoutFamily(family, options)`.
 * @param family - The family it was laid out from: says which people each line belongs to.
 * @returns The counts per rule, their misleading total, and up to 8 examples per rule.
 *
 * @example
 * ```ts
 * import { layoutFamily, measureReadability } from '@kinmap/layout';
 *
 * const report = measureReadability(layoutFamily(family), family);
 * if (report.misleading > 0) console.warn(report.counts, report.examples.linesThroughSymbols);
 * report.counts.householdSplits; // 0 when every household has one outline
 * ```
 */
export function measureReadability(layout: FamilyLayout, family: Family): ReadabilityReport {
  const tally = new Tally();
  const index = indexFamily(family);
  const lines = linesOf(layout, index);
  const obstacles = obstaclesOf(layout);
  const texts = textsOf(layout);
  countLinesThrough(layout, lines, obstacles, texts, tally);
  countTextCollisions(layout, texts, obstacles, tally);
  countCrossings(layout, lines, tally);
  countPartnershipPlacement(layout, family, lines, tally);
  countHouseholds(layout, tally);
  countAgencyNames(layout, family, tally);
  return tally.report();
}
