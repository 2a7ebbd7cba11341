import type { DuckDBConnection } from '@duckdb/node-api';
import { durationMismatchesSql, eventCountMismatchesSql, type RawEventsSource, type RawSummarySource } from './validationSql.js';

/** A day whose raw event count differs from the events its minute rows count. */
export interface EventCountMismatch {
  event_date: string;
  raw_count: number;
  aggregated_count: number;
}

/** A session whose stored duration is off by more than the tolerance, or missing (`stored_duration` null). */
export interface DurationMismatch {
  session_id: string;
  calculated_duration: number;
  stored_duration: number | null;
}

/** What `validate` found. */
export interface ValidationReport {
  ok: boolean;
  eventCountMismatches: EventCountMismatch[];
  durationMismatches: DurationMismatch[];
}

/** Runs one SQL statement and resolves with its rows as plain objects. */
export type RowReader = (sql: string) => Promise<Record<string, unknown>[]>;

/** Runs both validation queries through `read` over `source`, `minute_metrics` and `session_metrics`. */
export async function runValidationWith(read: RowReader, source: RawEventsSource | RawSummarySource, toleranceSeconds = 60): Promise<ValidationReport> {
  const counts = (await read(eventCountMismatchesSql(source))).map((r) => ({
    event_date: String(r.event_date),
    raw_count: Number(r.raw_count),
    aggregated_count: Number(r.aggregated_count),
  }));
  const durations = (await read(durationMismatchesSql(source, toleranceSeconds))).map((r) => ({
    session_id: String(r.session_id),
    calculated_duration: Number(r.calculated_duration),
    stored_duration: r.stored_duration === null ? null : Number(r.stored_duration),
  }));
  return { ok: counts.length === 0 && durations.length === 0, eventCountMismatches: counts, durationMismatches: durations };
}

/**
 * Runs both validation queries in a DuckDB connection over `minute_metrics`, `session_metrics` and the raw events:
 * `ev` by default, or their summary (see `RawSummarySource`).
 */
export function runValidation(db: DuckDBConnection, toleranceSeconds = 60, source: RawEventsSource | RawSummarySource = { table: 'ev', timestamp: 'ts' }): Promise<ValidationReport> {
  return runValidationWith(async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJS(), source, toleranceSeconds);
}

/** How a validation run is recorded in `etl_job_status`: failed when any mismatch was found, each mismatch a failed record. */
export function validationJobResult(report: ValidationReport, eventsChecked: number) {
  const { eventCountMismatches: counts, durationMismatches: durations } = report;
  return {
    status: report.ok ? ('completed' as const) : ('failed' as const),
    recordsProcessed: eventsChecked,
    recordsFailed: counts.length + durations.length,
    bytesProcessed: 0,
    ...(report.ok ? {} : { error: `${counts.length} day(s) with event count mismatches, ${durations.length} session duration mismatch(es)` }),
  };
}

/** A readable report, one line per mismatch. */
export function formatValidationReport(report: ValidationReport): string {
  if (report.ok) return 'validation passed: event counts match per day; every session duration is within tolerance\n';
  const lines = [`validation failed: ${report.eventCountMismatches.length} day(s) with event count mismatches, ${report.durationMismatches.length} session(s) with duration mismatches`];
  for (const m of report.eventCountMismatches) lines.push(`  ${m.event_date}: ${m.raw_count} raw events, ${m.aggregated_count} counted in minute_metrics`);
  for (const m of report.durationMismatches) {
    lines.push(
      m.stored_duration === null
        ? `  session ${m.session_id}: has raw events but no session_metrics row`
        : `  session ${m.session_id}: raw span ${m.calculated_duration} s, stored ${m.stored_duration} s`,
    );
  }
  return `${lines.join('\n')}\n`;
}
