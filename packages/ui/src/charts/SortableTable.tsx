'use client';
import { useMemo, useState, type ReactNode } from 'react';
import { ScrollRegion } from '../widget-shell/ScrollRegion.js';
import { tableMessages } from '../i18n/en/table.js';
import { useFormat } from '../widget-shell/useFormat.js';
import { SortHeader, type SortValue } from './SortHeader.js';

/** A column of a `SortableTable`. */
export interface SortableColumn<TRow, TId extends string = string> {
  /** Stable id, written to `data-column` and used as the sort field. */
  id: TId;
  /** Header words. */
  header: string;
  /** The cell of a row. */
  cell: (row: TRow) => ReactNode;
  /** The value the column sorts by; a column without one is not sortable. Nulls sort last either way. */
  sortValue?: (row: TRow) => number | string | null;
  /** Right-align (numbers). */
  end?: boolean;
  /** Shown on hover over the header: what the column counts. */
  hint?: string;
}

/** Props of `SortableTable`. */
export interface SortableTableProps<TRow, TId extends string> {
  /** Columns; the first is each row's header cell. */
  columns: readonly SortableColumn<TRow, TId>[];
  /** Rows in the query's order. */
  rows: readonly TRow[];
  /** A stable key per row. */
  rowKey: (row: TRow) => string;
  /** Stable `data-*` attributes per row. */
  rowData?: (row: TRow) => Record<`data-${string}`, string | number | undefined>;
  /** The sort shown first; default the query's order. */
  defaultSort?: SortValue<TId>;
  /** What the table lists, read by screen readers and shown above it. */
  caption: string;
  /** Accessible name of the scrolling region around the table. */
  label: string;
}

function compare(a: number | string | null, b: number | string | null, tag: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), tag);
}

/**
 * A small table sorted in the browser: for answers of a few dozen rows (tutors, cohorts, days × models) that the
 * query returns whole. It scrolls inside its widget, never the page.
 */
export function SortableTable<TRow, TId extends string>({ columns, rows, rowKey, rowData, defaultSort, caption, label }: SortableTableProps<TRow, TId>) {
  const format = useFormat(tableMessages);
  const [sort, setSort] = useState<SortValue<TId> | undefined>(defaultSort);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const descending = sort.startsWith('-');
    const id = (descending ? sort.slice(1) : sort) as TId;
    const value = columns.find((c) => c.id === id)?.sortValue;
    if (!value) return rows;
    return [...rows].sort((x, y) => {
      const a = value(x);
      const b = value(y);
      if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
      return descending ? compare(b, a, format.tag) : compare(a, b, format.tag);
    });
  }, [rows, sort, columns, format.tag]);
  const sortedBy = sort ? columns.find((c) => c.id === (sort.startsWith('-') ? sort.slice(1) : sort)) : undefined;
  const fullCaption = sortedBy ? `${caption}${format.t(sort!.startsWith('-') ? 'table.sortedDesc' : 'table.sortedAsc', { column: sortedBy.header })}` : caption;
  return (
    <ScrollRegion label={label}>
      <table className="ll-table" data-slot="table" data-sort={sort}>
        <caption>{fullCaption}</caption>
        <thead>
          <tr>
            {columns.map((c) =>
              c.sortValue ? (
                <SortHeader
                  key={c.id}
                  field={c.id}
                  label={c.header}
                  sort={(sort ?? '') as SortValue<TId>}
                  onSort={setSort}
                  end={c.end}
                  ascendingFirst={!c.end}
                  {...(c.hint ? { hint: c.hint } : {})}
                />
              ) : (
                <th key={c.id} scope="col" data-column={c.id} data-align={c.end ? 'end' : undefined} title={c.hint}>
                  {c.header}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} {...rowData?.(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.id} scope="row" data-column={c.id}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id} data-column={c.id} data-align={c.end ? 'end' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
