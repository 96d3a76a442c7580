import type { ReactNode } from 'react';

/** One row or column of a state grid: a label a designer reads and the values it stands for. */
export interface GridAxis<T> {
  label: string;
  value: T;
}

/** Props of {@link StateGrid}. */
export interface StateGridProps<R, C> {
  /** What the grid shows ("Person symbols by gender identity"). */
  caption: string;
  rows: readonly GridAxis<R>[];
  columns: readonly GridAxis<C>[];
  /** Draws one cell; `label` is "row label, column label" for the cell's accessible title. */
  renderCell: (row: R, column: C, label: string) => ReactNode;
}

/**
 * A labelled grid of states from a declarative list (React Spectrum chromatic style): rows × columns,
 * each cell one combination. A real table, so the labels are read with each cell.
 */
export function StateGrid<R, C>({ caption, rows, columns, renderCell }: StateGridProps<R, C>) {
  return (
    <table className="story-grid">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {columns.map((column) => (
              <td key={column.label}>
                {renderCell(row.value, column.value, `${row.label}, ${column.label}`)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A labelled list of examples side by side, each with a caption above it. */
export function StateRow({ items }: { items: readonly { label: string; node: ReactNode }[] }) {
  return (
    <div className="story-row">
      {items.map((item) => (
        <figure key={item.label}>
          <figcaption>{item.label}</figcaption>
          {item.node}
        </figure>
      ))}
    </div>
  );
}
