import type {
  Finding,
  StandardItem,
  StandardItemKey,
  StandardItemStart,
  StandardItemState,
  StandardSummary,
} from './types.ts';

/**
 * The eight items of the minimum standard (domain.md §7) and the checks that make up each. The
 * integrity and completeness checks (MS-19 to MS-25) are about data quality, not the standard, and
 * count in no item.
 *
 * @example
 * STANDARD_ITEMS.map((item) => item.label);
 * // ['Who lives in the house', 'Significant people and wider family', 'Other agencies involved', …]
 * STANDARD_ITEMS.find((item) => item.key === 'nrpf')?.checks; // ['MS-06', 'MS-07']
 */
export const STANDARD_ITEMS: readonly { key: StandardItemKey; label: string; checks: readonly string[] }[] = [
  { key: 'household', label: 'Who lives in the house', checks: ['MS-01', 'MS-02', 'MS-03', 'MS-05'] },
  {
    key: 'significantPeople',
    label: 'Significant people and wider family',
    checks: ['MS-04', 'MS-08', 'MS-16'],
  },
  {
    key: 'agencies',
    label: 'Other agencies involved',
    checks: ['MS-09', 'MS-10', 'MS-27', 'MS-28', 'MS-29', 'MS-30'],
  },
  { key: 'nrpf', label: 'Immigration status and NRPF', checks: ['MS-06', 'MS-07'] },
  { key: 'identity', label: 'Identity set', checks: ['MS-11', 'MS-12', 'MS-13', 'MS-26'] },
  { key: 'caringRoles', label: 'Caring roles', checks: ['MS-14'] },
  { key: 'safeguardingHistory', label: 'Previous safeguarding history', checks: ['MS-15'] },
  { key: 'preparedWithFamily', label: 'Prepared with the family', checks: ['MS-17'] },
];

/**
 * Summarises findings per standard item. An item is `not_started` until something it needs is
 * recorded (`notStarted` gives what to record, see `itemStarts`); then `not_met` when an `error`
 * finding counts against it, `met_with_warnings` when only warnings do, else `met`.
 */
export function summarise(
  findings: readonly Finding[],
  notStarted: ReadonlyMap<StandardItemKey, StandardItemStart | undefined> = new Map(),
): StandardSummary {
  const items: StandardItem[] = STANDARD_ITEMS.map(({ key, label, checks }) => {
    const mine = findings.filter((f) => checks.includes(f.id));
    const warnings = mine.filter((f) => f.severity === 'warning').length;
    const start = notStarted.get(key);
    const state: StandardItemState = start
      ? 'not_started'
      : mine.some((f) => f.severity === 'error')
        ? 'not_met'
        : warnings > 0
          ? 'met_with_warnings'
          : 'met';
    const item: StandardItem = {
      key,
      label,
      state,
      met: state === 'met' || state === 'met_with_warnings',
      warnings,
      checks: [...checks],
      findings: mine.map((f) => f.key),
    };
    if (start) item.start = start;
    return item;
  });
  return {
    items,
    met: items.filter((i) => i.met).length,
    total: items.length,
    warnings: items.reduce((n, i) => n + i.warnings, 0),
    notStarted: items.filter((i) => i.state === 'not_started').length,
  };
}
