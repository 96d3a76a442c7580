import type { Family } from '@kinmap/model';
import { latestChecklistRecord } from '../storage/checklistRecords.ts';
import { recordWords } from './panels/checklistWords.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
// The "as at" date is a calendar day: read and printed in UTC so no time zone moves it a day.
const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Printed above the chart only (the title is the page's heading): the date printed, the "as at" date,
 * and the latest checklist record saved with the map ("Minimum standard: 5 of 8 met on 7 Dec 2026").
 */
export function PrintHeader({ family }: { family: Family }) {
  const record = latestChecklistRecord(family);
  return (
    <div className="print-only print-header">
      <span>
        Printed {DATE.format(new Date())}
        {family.asAt
          ? `, showing the family as at ${DAY.format(new Date(`${family.asAt.slice(0, 10)}T00:00:00Z`))}`
          : ''}
      </span>
      {record && <span className="print-header__record"> · Minimum standard: {recordWords(record)}</span>}
    </div>
  );
}
