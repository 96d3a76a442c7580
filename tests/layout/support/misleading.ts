import { layoutFamily, measureReadability } from '@kinmap/layout';
import type { ReadabilityReport } from '@kinmap/layout';
import type { Family } from '@kinmap/model';

/** The misleading counts (rules 1–6) that are not 0, with their examples, so a failure says where. */
export function misleadingBreaches(report: ReadabilityReport) {
  const { householdSplits: _splits, parentChildCrossings: _crossings, ...misleading } = report.counts;
  return Object.fromEntries(
    Object.entries(misleading)
      .filter(([, n]) => n > 0)
      .map(([rule, n]) => [rule, { n, examples: report.examples[rule as keyof typeof misleading] }]),
  );
}

/** Lays the family out and measures the drawing's readability from its own geometry. */
export function measureLayout(family: Family, options: Parameters<typeof layoutFamily>[1] = {}) {
  return measureReadability(layoutFamily(family, options), family);
}
