import type { Family } from '@kinmap/model';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** Printed above the chart only (the title is the page's heading): the date printed and the "as at" date. */
export function PrintHeader({ family }: { family: Family }) {
  return (
    <div className="print-only print-header">
      <span>
        Printed {DATE.format(new Date())}
        {family.asAt ? `, showing the family as at ${DATE.format(new Date(family.asAt))}` : ''}
      </span>
    </div>
  );
}
