import { floatSortColumns } from '@learnlens/sql';

// The one rule of every float sort key and rank in ClickHouse, as @learnlens/sql's dialects and the mock apply it:
// a computed float is compared on 9 decimals, so values equal in exact arithmetic tie and fall to the query's id.
// ClickHouse needs it most: its stddev comes from its own formula, and e.g. 0/1 scores at 7 of 13 and 7 of 14 (both
// a variance of 7/26) differed in the last bits and swapped places.

// A figure shown rounded to 2 decimals (a band, accuracyPct) sorts by its whole hundredths instead: @learnlens/sql's
// hundredthsKey, the same SQL here.

/** The value a computed float `expr` is ranked and sorted by: rounded to 9 decimals. */
export function rankKey(expr: string): string {
  return `round(${expr}, 9)`;
}

/** What the output column `column` of a sort field orders by: the rank key for a computed float, else itself. */
export function sortKey(column: string): string {
  return floatSortColumns.has(column) ? rankKey(column) : column;
}
