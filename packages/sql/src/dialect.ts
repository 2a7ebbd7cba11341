import type { AdapterRequest, Bucket, TableName } from '@learnlens/data-client';

/** A result row as a driver returns it. */
export type Row = Record<string, unknown>;

/**
 * What the shared filters are written with, for one request's statement: the viewer's org, bound or encoded values,
 * the relation of each table, and local-day bounds. PostgreSQL, DuckDB and ClickHouse all implement it.
 */
export interface FilterSql {
  /** The viewer's org id, as a placeholder or literal; every relation read is filtered by it. */
  readonly org: string;
  /** A text value, as a placeholder or literal. */
  text(value: string): string;
  /** `expr` is one of `values` (a constant false for none). */
  inList(expr: string, values: readonly string[]): string;
  /** A table with its alias, ready to follow FROM or JOIN (dialects reading without aliases drop it). */
  rel(table: TableName, alias: string): string;
  /** The timestamp `expr` is at or after (`>=`) or before (`<`) the start of local day `isoDate` in the request's zone. */
  dayBound(expr: string, op: '>=' | '<', isoDate: string): string;
  /** The ISO weekday (1 = Monday … 7 = Sunday) of the timestamp `expr`, locally in the request's zone. */
  isoWeekday(expr: string): string;
}

/** How a dialect's output values are read back: local days and instants, as the dialect chose to select them. */
export interface ResultReader {
  /** The ISO date of a value a `dayOut` expression returned. */
  readDate(value: unknown): string;
  /** The ISO 8601 instant of a value an `instantOut` expression returned, or null. */
  readInstant(value: unknown): string | null;
}

/**
 * One request's statement in a dialect with window functions and bind parameters (PostgreSQL, DuckDB): the values it
 * binds and the few expressions the two write differently. A shared query definition is written only with these.
 *
 * Local days are dialect values (a PostgreSQL date, a DuckDB day number) that group, order and subtract whole days;
 * turn them into output with `dayOut`.
 */
export interface Sql extends FilterSql, ResultReader {
  /** An integer value. */
  int(value: number): string;
  /** An instant value from an ISO 8601 string. */
  instant(iso: string): string;
  /** A text expression compared in code-point order, whatever the database's collation. */
  textKey(expr: string): string;
  /** The local day of the timestamp `expr` in the request's zone. */
  localDay(expr: string): string;
  /** The local day of the instant `iso` in the request's zone. */
  today(iso: string): string;
  /**
   * The local day starting the day, week (from `weekStart`: 0 = Sunday, 1 = Monday (default) … 6 = Saturday) or month
   * that holds the timestamp `expr`.
   */
  bucketStart(bucket: Bucket, expr: string, weekStart?: number): string;
  /** The local hour (0–23) of the timestamp `expr`. */
  localHour(expr: string): string;
  /**
   * The instant `days` calendar days before `iso` in the request's zone, as `now() - interval 'N days'` is in a session
   * with that time zone: across a DST change the window is an hour longer or shorter than N × 24 hours.
   */
  daysBefore(iso: string, days: number): string;
  /** A local day as an output value (read back with `readDate`). */
  dayOut(dayExpr: string): string;
  /** A timestamp as an output value that sorts in time order (read back with `readInstant`). */
  instantOut(expr: string): string;
  /** The aggregate percentile_cont(0.5) of `expr`: the middle value, or the mean of the two middle values. */
  median(expr: string): string;
  /** `expr` rounded to 2 decimals, halves away from zero (PostgreSQL numeric round). */
  round2(expr: string): string;
  /**
   * The value a computed float (an average, deviation, rate…) is ranked and sorted by: `expr` rounded to 9 decimals,
   * so values equal in exact arithmetic but computed in another order or formula (which differ in the last bits) tie
   * and fall to the query's id. The one rule of every float sort key (`sortKey`) and rank.
   */
  rankKey(expr: string): string;
  /**
   * The number at top-level key `key` (a constant of the query, never a request value) of the JSON text `expr`, or
   * null when the key is missing or holds anything but a number.
   */
  jsonNumber(expr: string, key: string): string;
  /** An aggregate collecting one record per row, with `fields` (name → expression), ordered by `orderBy`. */
  collect(fields: Readonly<Record<string, string>>, orderBy: string): string;
}

/** What the shared queries run against: a dialect that starts a statement per request, and a runner for it. */
export interface SqlDb<S extends Sql = Sql> {
  /** Starts the statement of one request. */
  begin(request: Pick<AdapterRequest, 'scope' | 'params'>): S;
  /** Runs `text` with the values bound on `statement`. */
  exec(text: string, statement: S): Promise<Row[]>;
}
