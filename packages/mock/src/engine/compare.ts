// Comparators for result sorting, shared by the queries that take a `sort`.

/**
 * Code-point order of two strings, as PostgreSQL's `COLLATE "C"` and DuckDB's and ClickHouse's byte order of UTF-8
 * sort them. JavaScript's `<` compares UTF-16 units, which puts characters above U+FFFF (surrogate pairs) before
 * U+E000–U+FFFF; the units where the strings first differ are compared with that corrected.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

// A surrogate unit starts a character above U+FFFF, so it ranks above every other unit.
const codePointRank = (unit: number) => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x10000 : unit);

/** Orders two nullable numbers (null or NaN = missing) ascending or descending, missing values last either way. */
export function compareNullsLast(a: number | null, b: number | null, descending: boolean): number {
  const aMissing = a === null || Number.isNaN(a);
  const bMissing = b === null || Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return descending ? b - a : a - b;
}
