import type { Family } from '../schema/family.ts';

/**
 * How serious a finding is. `error`: the minimum standard is not met (or the data cannot be true);
 * `warning`: a gap or an inconsistency to look at; `info`: a good-practice prompt.
 */
export type Severity = 'error' | 'warning' | 'info';

/** The kinds of record a finding can be about. */
export type FindingSubjectKind =
  | 'family'
  | 'person'
  | 'partnership'
  | 'link'
  | 'multipleBirth'
  | 'household'
  | 'emotional'
  | 'agency'
  | 'involvement'
  | 'caringRole';

/** The record a finding is about: its kind and id (the family's id for `family`). */
export interface FindingSubject {
  kind: FindingSubjectKind;
  id: string;
}

/**
 * One thing `checkFamily` found. `id` is the check's number in the minimum standard (`MS-06`); several
 * findings can share it. `key` is unique within one result. `path` is the JSON path of the field that
 * would resolve the finding (`people[2].immigration.nrpf`), so an editor can take the user there.
 */
export interface Finding {
  /** The check's number in domain.md §7, such as `MS-06`. */
  id: string;
  /** Stable slug of the rule that produced the finding, such as `nrpf-recorded`. */
  rule: string;
  /** Unique within one `checkFamily` result: `rule` plus `path` (plus a counter if needed). */
  key: string;
  severity: Severity;
  subject?: FindingSubject;
  /** JSON path of the field that would resolve the finding, in `parseFamily` issue style. */
  path: string;
  /** Plain British English naming the person or field. Plain text: render it as text, never HTML. */
  message: string;
}

/** The eight items of the minimum standard, in display order. */
export type StandardItemKey =
  | 'household'
  | 'significantPeople'
  | 'agencies'
  | 'nrpf'
  | 'identity'
  | 'caringRoles'
  | 'safeguardingHistory'
  | 'preparedWithFamily';

/**
 * Where an item of the minimum standard stands:
 * - `not_started`: nothing the item needs is recorded yet (see `start`), so it is not met;
 * - `not_met`: started, and at least one `error` finding counts against it;
 * - `met_with_warnings`: started, no errors, but `warning` findings count against it ("met, with 1 warning");
 * - `met`: started, with no errors and no warnings (prompts, `info`, never count).
 */
export type StandardItemState = 'not_started' | 'not_met' | 'met_with_warnings' | 'met';

/** What to record to start an item that is `not_started`: the field to go to and why. */
export interface StandardItemStart {
  /** JSON path of the field (or list) to record first, in `parseFamily` issue style, e.g. `households`. */
  path: string;
  /** Plain British English: what to record, e.g. "Record who lives in the house". */
  message: string;
}

/** One item of the minimum standard and where this family stands on it. */
export interface StandardItem {
  key: StandardItemKey;
  /** Plain-English label, e.g. "Who lives in the house". */
  label: string;
  /** Where the item stands: `not_started`, `not_met`, `met_with_warnings` or `met`. */
  state: StandardItemState;
  /** True when `state` is `met` or `met_with_warnings` (started, and no `error` finding counts against it). */
  met: boolean;
  /** How many `warning` findings count against this item (prompts, `info`, are not counted). */
  warnings: number;
  /** Present only when `state` is `not_started`: what to record to start the item. */
  start?: StandardItemStart;
  /** The check ids (`MS-…`) that make up this item. */
  checks: string[];
  /** The `key`s of the findings (any severity) that count against this item, in result order. */
  findings: string[];
}

/** Per-item summary of the minimum standard: "6 of 8 met". Never a single pass or fail. */
export interface StandardSummary {
  items: StandardItem[];
  /** How many items are met (`met` or `met_with_warnings`). */
  met: number;
  /** How many items there are (8). */
  total: number;
  /** Total of the `warning` findings counting against the items. */
  warnings: number;
  /** How many items are `not_started`. */
  notStarted: number;
}

/** Options of `checkFamily`. */
export interface CheckOptions {
  /** The date the checks run as at (`YYYY-MM-DD`). Default: the family's `asAt`, else today. */
  asAt?: string;
  /** MS-13: an unresolved identity discrepancy older than this many days needs partners told. Default 14. */
  discrepancyAgeDays?: number;
  /**
   * MS-18: with an involvement open, a latest checklist record older than this many days is a finding.
   * Default 90 (`DEFAULT_STALE_AFTER_DAYS`): a quarter, the longest usual gap between CIN reviews.
   */
  staleAfterDays?: number;
}

/** What `checkFamily` returns. */
export interface CheckResult {
  findings: Finding[];
  standard: StandardSummary;
}

/** A finding before `checkFamily` gives it its unique `key`. */
export type RawFinding = Omit<Finding, 'key'>;

/** Re-exported for rule files. */
export type { Family };
