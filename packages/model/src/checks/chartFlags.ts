import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import { buildContext } from './context.ts';
import { historyGaps, nrpfGaps } from './personGaps.ts';

/** What the chart marks on people, computed exactly as the checklist computes it. */
export interface ChartFlags {
  /**
   * People MS-06 flags (error or warning): NRPF not asked, not recorded, or unknown, for someone the
   * standard asks about. Never a British or Irish citizen or someone with the right of abode.
   */
  nrpfUnanswered: ReadonlySet<PersonId>;
  /** People MS-15 flags as "previous safeguarding history not checked" (a pending check is not listed). */
  historyUnchecked: ReadonlySet<PersonId>;
}

/** Options of `chartFlags`. */
export interface ChartFlagsOptions {
  /** The date the flags are worked out as at (`YYYY-MM-DD`). Default: the family's `asAt`, else today in London. */
  asAt?: string;
}

/**
 * The people the chart should mark with "NRPF?" and "history not checked", worked out by the same
 * functions the checklist's MS-06 and MS-15 rules use, so the chart and the checklist always agree.
 * Linear in the size of the family: safe to call on every layout. Throws a `RangeError` when `asAt`
 * is not a `YYYY-MM-DD` date.
 *
 * @example
 * const flags = chartFlags(family, { asAt: '2026-12-07' });
 * flags.nrpfUnanswered.has('person:tom');   // true: Tom's NRPF status was never asked
 * flags.historyUnchecked.has('person:dan'); // true: the father's previous safeguarding history was not checked
 */
export function chartFlags(family: Family, options: ChartFlagsOptions = {}): ChartFlags {
  const context = buildContext(family, options.asAt === undefined ? {} : { asAt: options.asAt });
  return {
    nrpfUnanswered: new Set(nrpfGaps(context).map((g) => g.id as PersonId)),
    historyUnchecked: new Set(
      historyGaps(context)
        .filter((g) => g.state === 'not_checked')
        .map((g) => g.id as PersonId),
    ),
  };
}
