import type { DuckDBConnection } from '@duckdb/node-api';
import type { Watermarks } from '../retention/watermarks.js';
import { canonicalPipelineTables, type CanonicalTable } from '../transform/canonical.js';
import { outputTableNames, type OutputTable } from '../transform/tables.js';
import { canonicalTableBatches, seedTableBatches, type RowBatch } from './rowBatches.js';

/**
 * Where `transform` copies its tables besides the files: a backend an adapter reads. Each backend implements the two
 * writes in its own SQL; what is written (the rows, their order and formats) is the same for all.
 */
export interface TableSink {
  /** The backend's name, for messages ("postgres", "clickhouse"). */
  readonly name: string;
  /** Called once before any write (PostgreSQL opens its transaction here). */
  begin(): Promise<void>;
  /** Replaces every row of one of seed 001's tables with `rows`; returns the count written. */
  replaceSeedTable(table: OutputTable, rows: AsyncIterable<RowBatch>): Promise<number>;
  /** Replaces one org's rows of a canonical table with `rows`; returns the count written. */
  replaceOrgRows(table: CanonicalTable, orgId: string, rows: AsyncIterable<RowBatch>): Promise<number>;
  /** Called after every write succeeded. */
  commit(): Promise<void>;
  /** Called when a write failed (PostgreSQL rolls back; ClickHouse has nothing to undo beyond the table being written). */
  rollback(): Promise<void>;
  /** The cutoffs `retention --apply` recorded on this backend, read before anything is written: rows before them stay deleted. */
  retentionCutoffs?(): Promise<Watermarks>;
}

/** What `syncTables` wrote: rows per seed table and, with an org, per canonical table. */
export interface SyncSummary {
  backend: string;
  seedTables: Partial<Record<OutputTable, number>>;
  canonical?: { orgId: string; rows: Partial<Record<CanonicalTable, number>> };
}

/** Options of `syncTables`. */
export interface SyncOptions {
  /** Seed tables to copy (default: all four). */
  tables?: readonly OutputTable[];
  /** Also replace this org's rows in the canonical `events`, `sessions` and `mastery_deltas` (needs the loaded events). */
  canonicalOrg?: string;
}

/**
 * Copies the pipeline's tables from its state database into a backend: seed 001's tables whole, and with an org its
 * canonical rows, so the adapters answer the catalog from transformed events. One code path for every backend.
 */
export async function syncTables(db: DuckDBConnection, sink: TableSink, options: SyncOptions = {}): Promise<SyncSummary> {
  const summary: SyncSummary = { backend: sink.name, seedTables: {} };
  await sink.begin();
  try {
    for (const table of options.tables ?? outputTableNames) {
      summary.seedTables[table] = await sink.replaceSeedTable(table, seedTableBatches(db, table));
    }
    if (options.canonicalOrg !== undefined) {
      const rows: Partial<Record<CanonicalTable, number>> = {};
      for (const table of canonicalPipelineTables) {
        rows[table] = await sink.replaceOrgRows(table, options.canonicalOrg, canonicalTableBatches(db, table, options.canonicalOrg));
      }
      summary.canonical = { orgId: options.canonicalOrg, rows };
    }
    await sink.commit();
  } catch (error) {
    await sink.rollback().catch(() => undefined);
    throw error;
  }
  return summary;
}
