import type { AuditColumn, CanonicalTable } from './canonical.js';

/** A constant a mapping may use: a number, a boolean, null, or a short string without backslashes. */
export type Constant = string | number | boolean | null;

/**
 * How a canonical column is computed from a host row. Only these shapes exist, so a mapping can name columns but
 * never carry SQL text: every column name is checked as a plain identifier and quoted.
 * - `"column"` — a column of the mapped table; `"alias.column"` — a column of one of its joins;
 * - `{ const }` — the same value on every row (e.g. the kind of every activity);
 * - `{ map, values, else? }` — a value looked up by the text of another expression (e.g. host roles → admin/manager/learner);
 * - `{ boolToScore }` — a boolean as a 0/1 score (seed 003 `is_correct`; null stays null);
 * - `{ coalesce }` — the first non-null of several expressions;
 * - `{ meanOf }` — the mean of the non-null values of several expressions (null when all are null);
 * - `{ jsonArray }` — an array column as JSON array text (seed 003 `sessions.topics_covered`; '[]' for null);
 * - `{ plusMs: [instant, ms] }` — an instant plus a number of milliseconds (seed 002: an attempt's start plus a KPI
 *   event's `timestamp_ms`); null when either is null.
 */
export type ColumnExpr =
  | string
  | { const: Constant }
  | { map: ColumnExpr; values: Record<string, Constant>; else?: Constant }
  | { boolToScore: ColumnExpr }
  | { coalesce: ColumnExpr[] }
  | { meanOf: ColumnExpr[] }
  | { jsonArray: ColumnExpr }
  | { plusMs: [ColumnExpr, ColumnExpr] };

/** A lookup joined to a mapped table: `table AS as ON as.column = <equals>` (a left join unless `inner`). */
export interface JoinSpec {
  /** The alias its columns are referred to by ("alias.column"). */
  as: string;
  /** "table" or "schema.table". */
  table: string;
  /** The join condition: `as.column` equals the column reference `equals` of the mapped table or an earlier join. */
  on: { column: string; equals: string };
  /** An inner join: rows without a match are dropped, and a row matching several times appears once per match. */
  inner?: boolean;
}

/** Where one canonical table's rows come from. */
export interface TableSpec {
  /** The host's table or view: "table" or "schema.table". */
  table: string;
  /** Lookups joined to it, in order. */
  joins?: JoinSpec[];
  /** Canonical column → expression. Optional canonical columns left out read as NULL. */
  columns: Record<string, ColumnExpr>;
}

/** An audit column's destination: a column of the audit table, or a key of one of its JSON(B) columns. */
export type AuditTarget = string | { json: string; key: string };

/** Where `writeAudit` inserts entries: one row per export in the host's audit table. */
export interface AuditSpec {
  table: string;
  /** Canonical audit column → destination; org_id, user_id, at, format and row_count are required. */
  columns: Partial<Record<AuditColumn, AuditTarget>>;
}

/** A host's mapping of its tables onto the canonical model. */
export interface MappingSpec {
  /** A label for error messages, e.g. "seed003". */
  name?: string;
  /** A schema that qualifies every table given without one. */
  schema?: string;
  /** Canonical table → its source. `users` is required (scope is resolved from it); unmapped tables read as empty. */
  tables: Partial<Record<CanonicalTable, TableSpec>>;
  /** The audit table for exports; without it `writeAudit` fails and exports are refused. */
  audit?: AuditSpec;
}
