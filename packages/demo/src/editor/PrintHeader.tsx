import type { Family } from '@kinmap/model';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** Printed above the chart only: the title and the date printed (and the "as at" date if set). */
export function PrintHeader({ family }: { family: Family }) {
  return (
    <div className="print-only print-header">
      <strong>{family.title}</strong>
      <span>
        Printed {DATE.format(new Date())}
        {family.asAt ? `, showing the family as at ${DATE.format(new Date(family.asAt))}` : ''}
      </span>
    </div>
  );
}
