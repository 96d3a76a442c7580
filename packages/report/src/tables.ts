import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { isWithin, type Family } from '@kinmap/model';
import { FamilyTable } from '@kinmap/react';
import { childElements, findElements, textOf } from './markup.ts';

/** One table of the report: the same caption, headings and cells as the on-screen tables. */
export interface ReportTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** What the screen shows when there are no rows ("No agencies recorded"). */
  empty?: string;
}

/**
 * The people, households and agencies tables, read from `<FamilyTable>` rendered on the server, so
 * the report says exactly what the demo's table view says (lead practitioner marked in the agencies
 * table, ages as `~34`, households as at the chart date).
 */
export function familyTables(
  family: Family,
  asAt: string,
  tables: ReadonlyArray<'people' | 'households' | 'agencies'>,
): ReportTable[] {
  if (tables.length === 0) return [];
  const markup = renderToStaticMarkup(createElement(FamilyTable, { family, asAt, tables }));
  const section = childElements(markup)[0];
  if (!section) return [];
  const read = childElements(markup, section.innerStart, section.innerEnd).map((element): ReportTable => {
    if (element.name !== 'table') {
      // An empty table: a caption paragraph and the "none recorded" paragraph.
      const [caption, empty] = childElements(markup, element.innerStart, element.innerEnd);
      return {
        caption: caption ? textOf(markup, caption) : '',
        columns: [],
        rows: [],
        ...(empty ? { empty: textOf(markup, empty) } : {}),
      };
    }
    const caption = findElements(
      markup,
      (e) => e.name === 'caption',
      element.innerStart,
      element.innerEnd,
    )[0];
    const rows = findElements(markup, (e) => e.name === 'tr', element.innerStart, element.innerEnd);
    const cells = rows.map((row) =>
      childElements(markup, row.innerStart, row.innerEnd).map((cell) => textOf(markup, cell)),
    );
    return {
      caption: caption ? textOf(markup, caption) : '',
      columns: cells[0] ?? [],
      rows: cells.slice(1),
    };
  });
  // The report adds each household's address (the screen leaves it out, as the drawing does): an
  // address the recipient may see is part of the copy; a confidential one was taken out before.
  const households = tables.indexOf('households');
  const table = read[households];
  if (table && table.columns.length > 0) {
    const shown = family.households.filter((household) => isWithin(household, asAt));
    table.columns.push('Address');
    table.rows.forEach((row, i) => {
      const address = shown[i]?.address;
      const text = [address?.text, address?.postcode].filter((part) => part !== undefined && part !== '');
      row.push(text.length ? text.join(', ') : '—');
    });
  }
  return read;
}
