/** A number a statement returned (64-bit integers and numerics may arrive as strings); null stays null. */
export function num(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A count or other number a statement always returns. */
export function count(value: unknown): number {
  return Number(value);
}

/** A boolean a statement returned (ClickHouse answers 0/1). */
export function bool(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

/**
 * The fields of a record a `collect` aggregate gave, in `keys` order: an object (PostgreSQL JSON, a DuckDB struct) or
 * already a tuple (ClickHouse).
 */
export function fieldsOf(record: unknown, keys: readonly string[]): unknown[] {
  if (Array.isArray(record)) return record;
  const r = record as Record<string, unknown>;
  return keys.map((k) => r[k]);
}
