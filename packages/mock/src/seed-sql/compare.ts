// Comparing the mock's answers with PostgreSQL's. Values are normalised first
// (numeric strings and bigints to numbers, timestamps to ISO instants) so that
// a difference reported is a difference in meaning, not in representation.

/** A normalised cell: a number, a string (ids, ISO dates, ISO instants) or null. */
export type Cell = number | string | null;
/** A normalised row. */
export type Row = Record<string, Cell>;

/** A PostgreSQL numeric / bigint / float8 value (pg returns the first two as strings) as a number, or null. */
export function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(n)) throw new Error(`not a number: ${String(value)}`);
  return n;
}

/** A timestamp (Date or ISO string) as a canonical ISO instant, or null; equal instants give equal strings. */
export function instant(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${String(value)}`);
  return new Date(ms).toISOString();
}

/** True when two numbers agree within 1e-9 relative (1e-12 absolute near zero, where float noise dominates). */
export function close(a: number, b: number): boolean {
  const diff = Math.abs(a - b);
  return a === b || diff <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || diff <= 1e-12;
}

function same(a: Cell, b: Cell): boolean {
  if (typeof a === 'number' && typeof b === 'number') return close(a, b);
  return a === b;
}

const MAX_LINES = 25;

/**
 * Differences between the mock's rows and the reference rows, matched by the `key` column: missing rows, extra
 * rows and differing cells, one line each (the first 25). An empty list means they agree.
 */
export function diffRows(actual: Row[], expected: Row[], key: string): string[] {
  const lines: string[] = [];
  const byKey = new Map(expected.map((r) => [r[key], r]));
  const seen = new Set<Cell>();
  for (const row of actual) {
    const k = row[key] ?? null;
    seen.add(k);
    const ref = byKey.get(k);
    if (!ref) {
      lines.push(`${key}=${k}: only in the mock ${JSON.stringify(row)}`);
      continue;
    }
    for (const column of Object.keys(ref)) {
      const a = row[column] ?? null;
      const e = ref[column] ?? null;
      if (!same(a, e)) lines.push(`${key}=${k} ${column}: mock ${a}, seed SQL ${e}`);
    }
  }
  for (const ref of expected) {
    if (!seen.has(ref[key] ?? null)) lines.push(`${key}=${ref[key]}: only in the seed SQL ${JSON.stringify(ref)}`);
  }
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more`] : lines;
}
