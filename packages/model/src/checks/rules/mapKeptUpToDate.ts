import { formatPartialDate } from '../../dates/format.ts';
import { partialDateBounds } from '../../dates/partialDate.ts';
import type { ChecklistRecord } from '../../schema/checklist.ts';
import type { Rule } from '../contextTypes.ts';
import { dayNumber } from '../dayNumber.ts';
import { about, finding } from '../finding.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'map-kept-up-to-date';

/** Plain words for a status that started ("a child protection plan"), for MS-18's message. */
function statusWords(type: string): string {
  return type
    .replace(/_/g, ' ')
    .replace(/\bcp\b/, 'CP')
    .replace(/\bcin\b/, 'CIN');
}

/**
 * MS-18: the family map is kept up to date, judged from the dated checklist records saved with it
 * (`recordChecklist`), as at the check date (records after it are not counted):
 * - agencies have an open involvement but no checklist was ever recorded: a warning;
 * - the latest record is more than `staleAfterDays` (default 90) days old while an involvement is
 *   open: a warning;
 * - a person's status (a new CP plan, a detention…) started after the latest record: a warning, open
 *   involvement or not. A status whose start is known only to the month or year counts from its
 *   first day.
 * All point at `checklistRecords`: saving the map (which records the checklist) resolves them.
 */
export const mapKeptUpToDate: Rule = (context) => {
  const { family, asAt } = context;
  const findings: RawFinding[] = [];
  let latest: ChecklistRecord | undefined;
  for (const record of family.checklistRecords)
    if (record.date <= asAt && (!latest || record.date > latest.date)) latest = record;
  const open = family.involvements.some((i) => i.status === 'open');
  const subject = about('family', family.id);
  if (!latest) {
    if (open) {
      findings.push(
        finding(
          'MS-18',
          RULE,
          'warning',
          'checklistRecords',
          'Agencies are involved but the checklist has never been recorded with this map: save the map to record it',
          subject,
        ),
      );
    }
    return findings;
  }
  const since = latest.date;
  const age = dayNumber(asAt) - dayNumber(since);
  if (open && age > context.staleAfterDays) {
    findings.push(
      finding(
        'MS-18',
        RULE,
        'warning',
        'checklistRecords',
        `The family map was last recorded on ${formatPartialDate(since)}, ${age} days ago, while agencies are involved: review it with the family and save it`,
        subject,
      ),
    );
  }
  for (const person of family.people) {
    for (const status of person.statuses) {
      if (status.from === undefined) continue;
      const started = partialDateBounds(status.from).earliest;
      if (started <= since || started > asAt) continue;
      findings.push(
        finding(
          'MS-18',
          RULE,
          'warning',
          'checklistRecords',
          `${context.name(person.id)}: ${statusWords(status.type)} from ${formatPartialDate(status.from)}, after the map was last recorded on ${formatPartialDate(since)}: review the map and save it`,
          about('person', person.id),
        ),
      );
    }
  }
  return findings;
};
