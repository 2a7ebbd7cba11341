import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { listInputFiles } from '../ingest/inputFiles.js';
import { syncTables, type SyncSummary, type TableSink } from '../sync/tableSink.js';
import { recordStateWatermarks, stateWatermarks, trimToWatermarks } from '../retention/watermarks.js';
import { runValidation, validationJobResult, type ValidationReport } from '../validate/validate.js';
import { exportCanonical } from './canonical.js';
import { exportTable, type OutputFormat } from './exportTables.js';
import { createInputStateTables, rememberInputs, stampFiles, unchangedInputs } from './inputState.js';
import { startJob } from './jobStatus.js';
import { loadEvents } from './loadEvents.js';
import { memoryBudget } from './memoryBudget.js';
import { applyMastery, computeMastery, type ComputedMastery } from './mastery.js';
import { defaultMasteryModel, type MasteryModel } from './masteryModel.js';
import { applyMinuteAndSessionMetrics, computeMinuteAndSessionMetrics, markAffectedSessions, type MetricsOptions } from './metrics.js';
import { findChangedPartitions, rememberPartitions, reprocessScope, type ReprocessScope } from './partitions.js';
import { createTableSql, outputTableNames, type OutputTable } from './tables.js';

/** Options of `transform`. */
export interface TransformOptions {
  /** Folders or files of raw events: `raw_events*.csv|parquet` in a folder, or any CSV/Parquet file in a sub-folder (a date-partitioned tree). */
  events: readonly string[];
  /** Folder for `<table>.<format>`; it also keeps the pipeline's state in `.learnlens/` so later runs are incremental. */
  out: string;
  /** Output format (default csv). */
  format?: OutputFormat;
  /** Partitions (YYYY-MM-DD) to reprocess even if their events did not change. */
  dates?: readonly string[];
  /** Mastery model parameters over `defaultMasteryModel`. */
  mastery?: Partial<MasteryModel>;
  /** Time-spent and activity rules. */
  metrics?: MetricsOptions;
  /** Run the seed's validation queries after the run and record them (default true). */
  validate?: boolean;
  /** Session duration tolerance of the validation, seconds (default 60, as the seed). */
  toleranceSeconds?: number;
  /** DuckDB memory limit, e.g. "1GB"; beyond it DuckDB spills to `.learnlens/tmp` (default "1GB"). */
  memoryLimit?: string;
  /** DuckDB threads (default: DuckDB's choice). */
  threads?: number;
  /**
   * Also write the canonical `events`, `sessions` and `mastery_deltas` tables of this org to `out/canonical/`, for the
   * adapters that read `learnlens dataset`'s tables (raw events carry no org: run once per org).
   */
  canonicalOrg?: string;
  /**
   * Also copy the tables into a backend an adapter reads (`postgresSink`, `clickHouseSink`), after the files: seed
   * 001's tables whole and, with `canonicalOrg`, that org's canonical rows.
   */
  sink?: TableSink;
}

/** What a run did. */
export interface TransformSummary {
  jobId: string;
  /** Partitions reprocessed (new, changed or forced), in date order. */
  partitions: string[];
  /** Events read (after removing re-delivered copies), and rows whose timestamp could not be read. */
  events: number;
  unreadable: number;
  /** Files written, per table. */
  files: Record<OutputTable, string>;
  /** The validation, when it ran. */
  validation?: ValidationReport;
  /** What was copied into the backend, with `sink`. */
  synced?: SyncSummary;
}

/** The raw event files under the given paths (see `TransformOptions.events`). */
export function rawEventFiles(paths: readonly string[]): { csv: string[]; parquet: string[]; bytes: number } {
  const csv: string[] = [];
  const parquet: string[] = [];
  let bytes = 0;
  for (const path of paths) {
    const isDir = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
    for (const file of listInputFiles([path])) {
      if (file.kind !== 'csv' && file.kind !== 'parquet') continue;
      const inSubfolder = isDir && relative(path, file.path).includes(sep);
      if (isDir && !inSubfolder && !basename(file.path).startsWith('raw_events')) continue;
      (file.kind === 'csv' ? csv : parquet).push(file.path);
      bytes += statSync(file.path).size;
    }
  }
  return { csv, parquet, bytes };
}

/** Opens (or creates) the pipeline's state database in `out/.learnlens/`. */
export async function openState(out: string, options: Pick<TransformOptions, 'memoryLimit' | 'threads'> = {}): Promise<{ instance: DuckDBInstance; db: DuckDBConnection }> {
  const stateDir = join(out, '.learnlens');
  mkdirSync(join(stateDir, 'tmp'), { recursive: true });
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: options.memoryLimit ?? '1GB',
    // Every export and stream has its ORDER BY, so intermediate tables need not keep insertion order (which costs memory).
    preserve_insertion_order: 'false',
    temp_directory: join(stateDir, 'tmp'),
  };
  if (options.threads !== undefined) config.threads = String(options.threads);
  const instance = await DuckDBInstance.create(join(stateDir, 'pipeline.duckdb'), config);
  const db = await instance.connect();
  await db.run(`SET TimeZone = 'UTC'`);
  for (const table of outputTableNames) await db.run(createTableSql(table));
  await createInputStateTables(db);
  return { instance, db };
}

/**
 * Turns raw events into seed 001's `minute_metrics`, `session_metrics` and `mastery_deltas`, incrementally by
 * `partition_date`: only partitions whose events changed since the last run (or are forced with `dates`) are
 * reprocessed, their rows replaced, so a rerun changes nothing and late events redo their day. Each run writes an
 * `etl_job_status` row, then runs the validation queries (a second row, `validate`), then writes every table.
 * The work runs in DuckDB, which streams and spills to disk: memory stays within `memoryLimit` whatever the input size.
 */
export async function transform(options: TransformOptions): Promise<TransformSummary> {
  const files = rawEventFiles(options.events);
  mkdirSync(options.out, { recursive: true });
  const { instance, db } = await openState(options.out, options);
  const format = options.format ?? 'csv';
  try {
    const budget = await memoryBudget(db);
    const job = await startJob(db, 'transform');
    let summary: Omit<TransformSummary, 'files' | 'validation'>;
    let trimmed = 0;
    try {
      // Stamped before reading, so a file written while it is read counts as changed next time.
      const stamps = stampFiles([...files.csv, ...files.parquet]);
      const backendCutoffs = (await options.sink?.retentionCutoffs?.()) ?? {};
      // The same files as last time, untouched, and nothing forced: no partition can have changed, so the files are
      // not read again. (Canonical rows are written from the events themselves, so that case reads them.)
      const same = (options.dates ?? []).length === 0 && options.canonicalOrg === undefined ? await unchangedInputs(db, stamps) : undefined;
      // All the heavy work writes temporary tables only, and runs before the transaction — loading the events, finding
      // what changed, computing the minute, session and mastery rows — because work done inside one holds memory the
      // limit cannot spill until it ends (3M events needed 160 MB that way; 10M pass under 96 MB this way). None of it touches a
      // table that outlives the connection, so a failed run still leaves every table as it was; the transaction then
      // only deletes the rows being replaced and copies the new ones in.
      let prepared: { unreadable: number; partitions: string[]; scope: ReprocessScope; mastery: ComputedMastery } | undefined;
      if (!same) {
        const { unreadable } = await loadEvents(db, files, { keepPayload: options.canonicalOrg !== undefined, budget });
        const partitions = await findChangedPartitions(db, options.dates ?? []);
        const scope = await reprocessScope(db);
        await markAffectedSessions(db, scope);
        await computeMinuteAndSessionMetrics(db, scope, budget, options.metrics);
        const mastery = await computeMastery(db, scope, { ...defaultMasteryModel, ...options.mastery });
        prepared = { unreadable, partitions, scope, mastery };
      }
      await db.run('BEGIN TRANSACTION');
      let partitions: string[] = [];
      let processed = 0;
      let read = same ?? { events: 0, unreadable: 0 };
      if (prepared) {
        const { unreadable, scope } = prepared;
        partitions = prepared.partitions;
        await applyMinuteAndSessionMetrics(db, scope, options.metrics);
        await applyMastery(db, prepared.mastery);
        await rememberPartitions(db);
        // From the per-day counts `seen` already holds (every loaded event, by day), not another scan of the events.
        const counts = (
          await db.runAndReadAll(`SELECT COALESCE(sum(events), 0) AS events,
            COALESCE(sum(events) FILTER (WHERE partition_date IN (SELECT partition_date FROM changed)), 0) AS processed FROM seen`)
        ).getRowObjectsJS()[0]!;
        read = { events: Number(counts.events), unreadable };
        processed = Number(counts.processed);
        await rememberInputs(db, stamps, read, { sessionsComplete: scope.everyEvent && scope.emptyTables });
      }
      // Rows retention deleted (here or on the backend) stay deleted: nothing before its cutoffs is kept or written.
      await recordStateWatermarks(db, backendCutoffs);
      trimmed = await trimToWatermarks(db, await stateWatermarks(db));
      await db.run('COMMIT');
      // The loaded events are only read again for the canonical tables: without them, their memory (or their spill
      // files) goes back to the sorts of the exports.
      if (options.canonicalOrg === undefined) await db.run('DROP TABLE IF EXISTS ev');
      summary = { jobId: job.jobId, partitions, ...read };
      await job.finish({ status: 'completed', recordsProcessed: processed, recordsFailed: read.unreadable, bytesProcessed: files.bytes });
    } catch (error) {
      await db.run('ROLLBACK').catch(() => undefined);
      await job.finish({ status: 'failed', recordsProcessed: 0, recordsFailed: 0, bytesProcessed: files.bytes, error: (error as Error).message });
      await exportTable(db, 'etl_job_status', options.out, format);
      throw error;
    }
    let validation: ValidationReport | undefined;
    if (options.validate ?? true) validation = await recordValidation(db, options.toleranceSeconds ?? 60);
    const written = {} as Record<OutputTable, string>;
    for (const table of outputTableNames) {
      const file = join(options.out, `${table}.${format}`);
      // Nothing reprocessed or trimmed: the data files on disk already hold these rows; only the job log grew.
      const unchanged = summary.partitions.length === 0 && trimmed === 0 && table !== 'etl_job_status' && existsSync(file);
      written[table] = unchanged ? file : await exportTable(db, table, options.out, format);
    }
    if (options.canonicalOrg !== undefined) await exportCanonical(db, options.canonicalOrg, join(options.out, 'canonical'), format);
    const synced = options.sink && (await syncTables(db, options.sink, options.canonicalOrg === undefined ? {} : { canonicalOrg: options.canonicalOrg }));
    return { ...summary, files: written, ...(validation ? { validation } : {}), ...(synced ? { synced } : {}) };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/**
 * Runs the validation queries over the state tables and the raw side's summary kept from the last read of the events
 * (`_raw_days`, `_raw_sessions`: the same counts and spans `ev` gives), recording a `validate` job row. Days and
 * sessions before the retention watermarks are not compared: their rows were deleted on purpose.
 */
export async function recordValidation(db: DuckDBConnection, toleranceSeconds: number): Promise<ValidationReport> {
  const job = await startJob(db, 'validate');
  const report = await runValidation(
    db,
    toleranceSeconds,
    { days: 'SELECT event_date, raw_count FROM _raw_days', sessions: 'SELECT session_id, first_ts, last_ts FROM _raw_sessions' },
    await stateWatermarks(db),
  );
  const checked = (await db.runAndReadAll(`SELECT COALESCE(sum(raw_count), 0) AS n FROM _raw_days`)).getRowObjectsJS()[0]!;
  await job.finish(validationJobResult(report, Number(checked.n)));
  return report;
}
