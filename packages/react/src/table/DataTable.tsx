import type { ReactNode } from 'react';

/** Props of the internal {@link DataTable}. */
export interface DataTableProps {
  caption: ReactNode;
  /** Column headings; the first column holds each row's heading (`th scope="row"`). */
  columns: readonly string[];
  /** One array of cell texts per row, as many as `columns`. */
  rows: ReadonlyArray<{ key: string; cells: readonly string[] }>;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  className?: string;
}

/**
 * A plain accessible table: caption, `th scope="col"` headings, and a `th scope="row"` per row.
 * Cells are text nodes, so names are shown literally and never interpreted as markup.
 */
export function DataTable({ caption, columns, rows, empty, className }: DataTableProps) {
  if (rows.length === 0) {
    return (
      <div className={className}>
        <p className="kinmap-table-caption">{caption}</p>
        <p>{empty}</p>
      </div>
    );
  }
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
