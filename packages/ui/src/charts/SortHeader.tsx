'use client';

/** A sort as the catalog's list queries take it: a field, with a leading "-" for descending. */
export type SortValue<F extends string> = F | `-${F}`;

/** The sort after clicking `field`'s header: descending first, then ascending, then descending again. */
export function nextSortOf<F extends string>(current: SortValue<F>, field: F, ascendingFirst = false): SortValue<F> {
  if (current === `-${field}`) return field;
  if (current === field) return `-${field}`;
  return ascendingFirst ? field : `-${field}`;
}

/** The `aria-sort` of `field`'s column under `current`. */
export function ariaSortOf<F extends string>(current: SortValue<F>, field: F): 'ascending' | 'descending' | 'none' {
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return 'none';
}

/** Props of `SortHeader`. */
export interface SortHeaderProps<F extends string> {
  /** The column's sort field. */
  field: F;
  /** The header's words. */
  label: string;
  /** The sort in force. */
  sort: SortValue<F>;
  /** Called with the next sort when the header is clicked. */
  onSort: (sort: SortValue<F>) => void;
  /** Right-align (number columns). */
  end?: boolean;
  /** Sort ascending on the first click (text columns); default descending (numbers: largest first). */
  ascendingFirst?: boolean;
  /** A hint shown on hover, e.g. what the column counts. */
  hint?: string;
}

/** A column header that sorts the table by its field, with `aria-sort` and an arrow. */
export function SortHeader<F extends string>({ field, label, sort, onSort, end, ascendingFirst, hint }: SortHeaderProps<F>) {
  const state = ariaSortOf(sort, field);
  return (
    <th scope="col" aria-sort={state} data-align={end ? 'end' : undefined} data-column={field} title={hint}>
      <button type="button" className="ll-sort" data-slot="sort" onClick={() => onSort(nextSortOf(sort, field, ascendingFirst))}>
        {label}
        <span aria-hidden="true">{state === 'ascending' ? '↑' : state === 'descending' ? '↓' : '↕'}</span>
      </button>
    </th>
  );
}
