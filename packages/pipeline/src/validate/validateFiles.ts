import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadEvents } from '../transform/loadEvents.js';
import { exportTable, type OutputFormat } from '../transform/exportTables.js';
import { startJob } from '../transform/jobStatus.js';
import { sqlString } from '../transform/sqlText.js';
import { outputTables } from '../transform/tables.js';
import { openState, rawEventFiles } from '../transform/transform.js';
import { stateWatermarks } from '../retention/watermarks.js';
import { runValidation, validationJobResult, type ValidationReport } from './validate.js';

/** Options of `validateFiles`. */
export interface ValidateFilesOptions {
  /** Raw event folders or files, as for `transform`. */
  events: readonly string[];
  /** The folder `transform` wrote: `minute_metrics` and `session_metrics` are read from its files. */
  out: string;
  /** Session duration tolerance in seconds (default 60, as the seed). */
  toleranceSeconds?: number;
}

function tableFile(out: string, table: 'minute_metrics' | 'session_metrics'): { path: string; format: OutputFormat } {
  for (const format of ['parquet', 'csv', 'json'] as const) {
    const path = join(out, `${table}.${format}`);
    if (existsSync(path)) return { path, format };
  }
  throw new Error(`${join(out, `${table}.csv`)} does not exist: run learnlens transform first`);
}

function readerSql(table: 'minute_metrics' | 'session_metrics', file: { path: string; format: OutputFormat }): string {
  if (file.format === 'parquet') return `read_parquet(${sqlString(file.path)})`;
  const columns = outputTables[table].filter(([n]) => !n.startsWith('_')).map(([n, t]) => `'${n}': '${t}'`).join(', ');
  return file.format === 'json'
    ? `read_json(${sqlString(file.path)}, format = 'array', columns = {${columns}})`
    : `read_csv(${sqlString(file.path)}, header = true, columns = {${columns}}, quote = '"', escape = '"', auto_detect = false, timestampformat = '%Y-%m-%dT%H:%M:%S.%gZ')`;
}

/**
 * Runs seed 001's validation queries over raw event files and the metric files a transform wrote (what a reader of
 * those files sees, not the pipeline's state), and records the result as a `validate` row in `etl_job_status`. Days
 * and sessions before the retention watermarks in the pipeline's state are left out, and the report says so.
 */
export async function validateFiles(options: ValidateFilesOptions): Promise<ValidationReport> {
  const metricFiles = { minute_metrics: tableFile(options.out, 'minute_metrics'), session_metrics: tableFile(options.out, 'session_metrics') };
  const state = await openState(options.out);
  try {
    const watermarks = await stateWatermarks(state.db);
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    const db = await instance.connect();
    let report: ValidationReport;
    let events = 0;
    try {
      await db.run(`SET TimeZone = 'UTC'`);
      await loadEvents(db, rawEventFiles(options.events));
      for (const table of ['minute_metrics', 'session_metrics'] as const) {
        await db.run(`CREATE TEMP TABLE ${table} AS SELECT * FROM ${readerSql(table, metricFiles[table])}`);
      }
      report = await runValidation(db, options.toleranceSeconds ?? 60, undefined, watermarks);
      events = Number((await db.runAndReadAll('SELECT count(*) AS n FROM ev')).getRowObjectsJS()[0]?.n ?? 0);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
    const job = await startJob(state.db, 'validate');
    await job.finish(validationJobResult(report, events));
    await exportTable(state.db, 'etl_job_status', options.out, metricFiles.minute_metrics.format);
    return report;
  } finally {
    state.db.closeSync();
    state.instance.closeSync();
  }
}
