import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Family } from '@kinmap/model';
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
  return childElements(markup, section.innerStart, section.innerEnd).map((element) => {
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
}
