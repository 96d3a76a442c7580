import { CLUTTER_RULES, EXAMPLES_PER_RULE, MISLEADING_RULES } from './types.ts';
import type { ReadabilityCounts, ReadabilityReport, ReadabilityRule } from './types.ts';

/** Counts breaches per rule and keeps the first few examples of each. */
export class Tally {
  readonly counts = {} as ReadabilityCounts;
  readonly examples = {} as Record<ReadabilityRule, string[]>;

  constructor() {
    for (const rule of [...MISLEADING_RULES, ...CLUTTER_RULES]) {
      this.counts[rule] = 0;
      this.examples[rule] = [];
    }
  }

  /** One breach of `rule`; `example` is built only while examples are still kept. */
  add(rule: ReadabilityRule, example: () => string, times = 1): void {
    this.counts[rule] += times;
    const kept = this.examples[rule];
    if (kept.length < EXAMPLES_PER_RULE) kept.push(example());
  }

  report(): ReadabilityReport {
    const misleading = MISLEADING_RULES.reduce((sum, rule) => sum + this.counts[rule], 0);
    return { counts: this.counts, misleading, examples: this.examples };
  }
}
