// Comparators for result sorting, shared by the queries that take a `sort`.

/** Code-unit order of two strings, as SQL's binary collation sorts ids. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two nullable numbers (null or NaN = missing) ascending or descending, missing values last either way. */
export function compareNullsLast(a: number | null, b: number | null, descending: boolean): number {
  const aMissing = a === null || Number.isNaN(a);
  const bMissing = b === null || Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return descending ? b - a : a - b;
}
