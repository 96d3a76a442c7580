import { checkFamily } from '../checks/checkFamily.ts';
import { deepEqual } from '../changes/deepEqual.ts';
import { todayIsoDate } from '../dates/today.ts';
import { MAX_CHECKLIST_RECORDS, type ChecklistRecord } from '../schema/checklist.ts';
import type { Family } from '../schema/family.ts';
import { commit, type OperationResult } from './internal/commit.ts';

/** Options of `recordChecklist`. */
export interface RecordChecklistOptions {
  /** The day recorded (`YYYY-MM-DD`); the checks run as at it. Default: the family's `asAt`, else today in London. */
  asAt?: string;
}

/**
 * The checklist summary of a family as a record to keep: the date, the counts and each item's state
 * and warnings. Pure; `recordChecklist` stores it.
 *
 * @example
 * checklistRecordOf(family, '2026-12-07');
 * // { date: '2026-12-07', met: 5, total: 8, warnings: 2, notStarted: 1, items: [{ key: 'household', state: 'met', warnings: 0 }, …] }
 */
export function checklistRecordOf(family: Family, asAt?: string): ChecklistRecord {
  const date = asAt ?? family.asAt ?? todayIsoDate();
  const { standard } = checkFamily(family, { asAt: date });
  return {
    date,
    met: standard.met,
    total: standard.total,
    warnings: standard.warnings,
    notStarted: standard.notStarted,
    items: standard.items.map(({ key, state, warnings }) => ({ key, state, warnings })),
  };
}

/**
 * Saves today's checklist summary with the map ("5 of 8 met on 7 Dec 2026"), so it is a record, not a
 * moment; MS-18 (map not kept up to date) reads these records. Runs `checkFamily` as at `asAt` and
 * adds a record for that date to `checklistRecords`, kept in date order. A record already there for
 * the same date is replaced (one record a day: the last save of the day wins). When the record is
 * identical to the one already stored, nothing changes (the same family and an empty change come back,
 * so there is nothing to undo). Past `MAX_CHECKLIST_RECORDS` (366, a year of daily saves) the oldest
 * records are dropped. Throws a `RangeError` when `asAt` is not a `YYYY-MM-DD` date.
 *
 * @example
 * const { family: saved, change } = recordChecklist(family, { asAt: '2026-12-07' });
 * saved.checklistRecords.at(-1); // { date: '2026-12-07', met: 5, total: 8, warnings: 2, notStarted: 1, items: [...] }
 */
export function recordChecklist(family: Family, options: RecordChecklistOptions = {}): OperationResult {
  const record = checklistRecordOf(family, options.asAt);
  const records = family.checklistRecords;
  const same = records.findIndex((r) => r.date === record.date);
  if (same >= 0 && deepEqual(records[same], record)) return { family, change: {} };
  const next = records.filter((r) => r.date !== record.date);
  let at = next.length;
  while (at > 0 && (next[at - 1] as ChecklistRecord).date > record.date) at--;
  next.splice(at, 0, record);
  const kept = next.length > MAX_CHECKLIST_RECORDS ? next.slice(next.length - MAX_CHECKLIST_RECORDS) : next;
  return commit(family, { ...family, checklistRecords: kept }, 'recordChecklist', 'Record the checklist');
}
