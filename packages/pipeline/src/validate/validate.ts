import type { DuckDBConnection } from '@duckdb/node-api';
import type { Watermarks } from '../retention/watermarks.js';
import type { RetainedTable } from '../retention/windows.js';
import { durationMismatchesSql, eventCountMismatchesSql, type RawEventsSource, type RawSummarySource, type ValidationCutoffs } from './validationSql.js';

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

/** A check left out before a date because retention deleted rows there on purpose: the cutoff and the table it came from. */
export interface ValidationSkip {
  /** The first date compared (YYYY-MM-DD). */
  before: string;
  /** The table whose retention watermark set it. */
  because: RetainedTable;
}

/** What `validate` found. */
export interface ValidationReport {
  ok: boolean;
  eventCountMismatches: EventCountMismatch[];
  durationMismatches: DurationMismatch[];
  /** What was not compared because of retention (absent when every day and session was compared). */
  skipped?: { eventCounts?: ValidationSkip; sessions?: ValidationSkip };
}

// The latest of the named tables' watermarks: each deleted rows the comparison needs.
function latest(watermarks: Watermarks, tables: readonly RetainedTable[]): ValidationSkip | undefined {
  let skip: ValidationSkip | undefined;
  for (const table of tables) {
    const cutoff = watermarks[table];
    if (cutoff !== undefined && (skip === undefined || cutoff > skip.before)) skip = { before: cutoff, because: table };
  }
  return skip;
}

/**
 * What retention watermarks leave out of the validation: a day's event counts need its raw events and its minute
 * rows; a session's duration needs all its raw events and its stored row.
 */
export function validationSkips(watermarks: Watermarks): NonNullable<ValidationReport['skipped']> {
  const eventCounts = latest(watermarks, ['raw_events', 'minute_metrics']);
  const sessions = latest(watermarks, ['raw_events', 'session_metrics']);
  return { ...(eventCounts ? { eventCounts } : {}), ...(sessions ? { sessions } : {}) };
}

/** Runs one SQL statement and resolves with its rows as plain objects. */
export type RowReader = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * Runs both validation queries through `read` over `source`, `minute_metrics` and `session_metrics`, leaving out the
 * days and sessions before the retention `watermarks` (see `validationSkips`).
 */
export async function runValidationWith(read: RowReader, source: RawEventsSource | RawSummarySource, toleranceSeconds = 60, watermarks: Watermarks = {}): Promise<ValidationReport> {
  const skipped = validationSkips(watermarks);
  const cutoffs: ValidationCutoffs = {
    ...(skipped.eventCounts ? { eventCounts: skipped.eventCounts.before } : {}),
    ...(skipped.sessions ? { sessions: skipped.sessions.before } : {}),
  };
  const counts = (await read(eventCountMismatchesSql(source, cutoffs))).map((r) => ({
    event_date: String(r.event_date),
    raw_count: Number(r.raw_count),
    aggregated_count: Number(r.aggregated_count),
  }));
  const durations = (await read(durationMismatchesSql(source, toleranceSeconds, cutoffs))).map((r) => ({
    session_id: String(r.session_id),
    calculated_duration: Number(r.calculated_duration),
    stored_duration: r.stored_duration === null ? null : Number(r.stored_duration),
  }));
  return {
    ok: counts.length === 0 && durations.length === 0,
    eventCountMismatches: counts,
    durationMismatches: durations,
    ...(Object.keys(skipped).length > 0 ? { skipped } : {}),
  };
}

/**
 * Runs both validation queries in a DuckDB connection over `minute_metrics`, `session_metrics` and the raw events:
 * `ev` by default, or their summary (see `RawSummarySource`), leaving out what lies before the retention `watermarks`.
 */
export function runValidation(
  db: DuckDBConnection,
  toleranceSeconds = 60,
  source: RawEventsSource | RawSummarySource = { table: 'ev', timestamp: 'ts' },
  watermarks: Watermarks = {},
): Promise<ValidationReport> {
  return runValidationWith(async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJS(), source, toleranceSeconds, watermarks);
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

/** The report's line on what retention left out, if anything. */
function skippedLine(report: ValidationReport): string {
  const { eventCounts, sessions } = report.skipped ?? {};
  const parts = [
    ...(eventCounts ? [`event counts of days before ${eventCounts.before} (retention cutoff of ${eventCounts.because})`] : []),
    ...(sessions ? [`sessions that started before ${sessions.before} (retention cutoff of ${sessions.because})`] : []),
  ];
  return parts.length === 0 ? '' : `skipped: ${parts.join('; ')}: retention deleted rows there on purpose\n`;
}

/** A readable report, one line per mismatch, and a last line on what retention left out. */
export function formatValidationReport(report: ValidationReport): string {
  if (report.ok) return `validation passed: event counts match per day; every session duration is within tolerance\n${skippedLine(report)}`;
  const lines = [`validation failed: ${report.eventCountMismatches.length} day(s) with event count mismatches, ${report.durationMismatches.length} session(s) with duration mismatches`];
  for (const m of report.eventCountMismatches) lines.push(`  ${m.event_date}: ${m.raw_count} raw events, ${m.aggregated_count} counted in minute_metrics`);
  for (const m of report.durationMismatches) {
    lines.push(
      m.stored_duration === null
        ? `  session ${m.session_id}: has raw events but no session_metrics row`
        : `  session ${m.session_id}: raw span ${m.calculated_duration} s, stored ${m.stored_duration} s`,
    );
  }
  return `${lines.join('\n')}\n${skippedLine(report)}`;
}
