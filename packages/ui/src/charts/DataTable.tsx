'use client';
import type { ReactNode } from 'react';

/** A column of a chart's data table. */
export interface DataColumn<TRow> {
  /** Header content. */
  header: ReactNode;
  /** The cell of a row. */
  cell: (row: TRow) => ReactNode;
  /** Right-align numbers. */
  end?: boolean;
  /** Which columns give way first in a narrow widget: 3 hides first, then 2; none always shows. */
  priority?: 2 | 3;
  /** Lets long text wrap onto more lines instead of widening the table. */
  wrap?: boolean;
  /** Extra attributes of the header cell (e.g. `aria-sort`). */
  headerProps?: Record<string, string | undefined>;
}

/** Props of `DataTable`. */
export interface DataTableProps<TRow> {
  /** Columns; the first one is each row's header cell. */
  columns: readonly DataColumn<TRow>[];
  /** Rows, in display order. */
  rows: readonly TRow[];
  /** A stable key per row. */
  rowKey: (row: TRow) => string;
  /** Stable `data-*` attributes per row. */
  rowData?: (row: TRow) => Record<`data-${string}`, string | number | undefined>;
  /** What the table lists; read by screen readers. */
  caption: string;
  /** Visible, or in the page for screen readers only (the chart's accessible alternative). */
  visible: boolean;
}

/** The accessible data table behind a chart: the same numbers, one row per plotted point. */
export function DataTable<TRow>({ columns, rows, rowKey, rowData, caption, visible }: DataTableProps<TRow>) {
  return (
    <table className={visible ? 'll-table' : 'll-table ll-sr-only'} data-slot="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" data-align={c.end ? 'end' : undefined} data-priority={c.priority} {...c.headerProps}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" data-wrap={c.wrap ? 'true' : undefined}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={i} data-align={c.end ? 'end' : undefined} data-priority={c.priority} data-wrap={c.wrap ? 'true' : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
