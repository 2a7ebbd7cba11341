// A fact table's ids, read by row position. Generated tables number their rows
// in final order (`evt-00000001`, …), so an id is a function of its position and
// need not be held: at 8 million events one string per row was most of the heap.
// Rows read back from files keep the ids they came with, as a plain array
// (which has the same `at`).

/** The ids of a table's rows: `at(row)` is the id of row `row`, for rows 0 to length - 1. */
export interface IdColumn {
  readonly length: number;
  at(row: number): string | undefined;
}

/** Ids `prefix` + the 1-based row number zero-padded to `width` digits, made when read. */
export class NumberedIds implements IdColumn {
  constructor(
    readonly prefix: string,
    readonly width: number,
    readonly length: number,
  ) {}

  at(row: number): string | undefined {
    if (!(row >= 0 && row < this.length)) return undefined;
    return numberedId(this.prefix, this.width, row);
  }
}

/** The id of row `row` (0-based) in a table numbered with `prefix` and `width`. */
export function numberedId(prefix: string, width: number, row: number): string {
  return prefix + String(row + 1).padStart(width, '0');
}

/**
 * `ids` as a column: the numbered one when they are exactly what `NumberedIds(prefix, width)` makes (a table
 * generated here and read back from its files), so that they need not be held; else the array itself.
 */
export function idColumn(ids: string[], prefix: string, width: number): IdColumn {
  for (let i = 0; i < ids.length; i++) if (ids[i] !== numberedId(prefix, width, i)) return ids;
  return new NumberedIds(prefix, width, ids.length);
}
