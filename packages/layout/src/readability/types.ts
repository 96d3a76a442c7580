/**
 * What `measureReadability` counts. Each count is a number of breaches; `examples` names where.
 * The misleading counts (rules 1–6 of docs/layout.md "Readability") should be 0 on every family;
 * the clutter counts should be as low as the family allows.
 */
export interface ReadabilityCounts {
  /** A line passing through a person's symbol or an agency's circle it does not belong to (per line and symbol). */
  linesThroughSymbols: number;
  /** A line passing through the text of a name or a badge under a symbol (per line and person). */
  linesThroughNames: number;
  /** A line passing through a line label ("m. 1990", "visits"), a household label or an agency name. */
  linesThroughLabels: number;
  /** Two pieces of text overlapping, or text overlapping a symbol or agency circle (per pair). */
  textCollisions: number;
  /** A partnership line crossing another structural line (partnership, sibship, descent, twin bar, tether). */
  partnershipCrossings: number;
  /** A partnership line drawn above the top of its partners' symbols, where lines from their parents arrive. */
  partnershipsAboveRow: number;
  /** Partners on different rows or with someone between them, although each has at most two partnerships. */
  partnersApart: number;
  /** A household resident whose symbol is outside every outline of that household. */
  residentsOutside: number;
  /** A person inside a household's outline who is not a resident or part-time member of it. */
  nonMembersInside: number;
  /** An agency whose name is not shown whole (initials, ellipsis, words left out). */
  agencyNamesCut: number;
  /** Lines of two different couples lying on top of each other (per pair of lines). */
  collinearOverlaps: number;
  /** Extra outline pieces of a household (a household in three pieces counts 2). */
  householdSplits: number;
  /** Crossings between parent–child lines (sibship, descent, twin bar) of different lines. */
  parentChildCrossings: number;
}

/** The name of one count. */
export type ReadabilityRule = keyof ReadabilityCounts;

/** The result of `measureReadability`. */
export interface ReadabilityReport {
  counts: ReadabilityCounts;
  /** The sum of the misleading counts: 0 when the chart keeps rules 1–6. */
  misleading: number;
  /** Up to `EXAMPLES_PER_RULE` descriptions per rule, such as "descent-birth link:a-b through person:c". */
  examples: Record<ReadabilityRule, string[]>;
}

/** The counts that make a chart misleading: each should be 0. */
export const MISLEADING_RULES = [
  'linesThroughSymbols',
  'linesThroughNames',
  'linesThroughLabels',
  'textCollisions',
  'partnershipCrossings',
  'partnershipsAboveRow',
  'partnersApart',
  'residentsOutside',
  'nonMembersInside',
  'agencyNamesCut',
  'collinearOverlaps',
] as const satisfies readonly ReadabilityRule[];

/** The clutter counts: as few as the family allows. */
export const CLUTTER_RULES = [
  'householdSplits',
  'parentChildCrossings',
] as const satisfies readonly ReadabilityRule[];

/** How many examples a report keeps per rule. */
export const EXAMPLES_PER_RULE = 8;
