import { randomUUID } from 'node:crypto';
import { clickHouseTableSql, type ClickHouseStatements } from '../sync/clickhouseSink.js';
import { clickHouseWatermarks } from '../retention/watermarks.js';
import { validationSkips, type ValidationReport } from '../validate/validate.js';
import type { ValidationCutoffs } from '../validate/validationSql.js';
import { chIdent, chString, chTime, tableExists } from './statements.js';

/** Options of `validateClickHouse`. */
export interface ValidateClickHouseOptions {
  /** Database holding `raw_events`, `minute_metrics`, `session_metrics` and `etl_job_status` (default: the connection's). */
  database?: string;
  /** Largest allowed difference between a stored session duration and its raw first-to-last span, seconds (default 60). */
  toleranceSeconds?: number;
}

/**
 * Seed 001's event count query for ClickHouse 18.16 (no window functions, no CTEs): raw and minute counts are each
 * summed per day, then joined. A day without minute rows counts 0 (`ifNull`, so it holds with `join_use_nulls` either way).
 * Days before `cutoffs.eventCounts` (a retention watermark) are not compared.
 */
export const clickHouseEventCountSql = (db: string, cutoffs: ValidationCutoffs = {}) => `
  SELECT event_date, raw_count, ifNull(aggregated_count, 0) AS aggregated FROM
    (SELECT toString(toDate(timestamp)) AS event_date, count() AS raw_count FROM ${db}.raw_events GROUP BY event_date)
  ALL LEFT JOIN
    (SELECT toString(toDate(minute_timestamp)) AS event_date, sum(total_events) AS aggregated_count FROM ${db}.minute_metrics GROUP BY event_date)
  USING event_date
  WHERE raw_count != aggregated${cutoffs.eventCounts === undefined ? '' : ` AND event_date >= ${chString(cutoffs.eventCounts)}`}
  ORDER BY event_date`;

/**
 * Seed 001's duration query for ClickHouse: the raw first-to-last span per session beside the stored duration, and
 * sessions with raw events but no stored row (`matched` is 0 for them, whether unmatched columns join as NULL or as
 * defaults). `present` is computed from a column on purpose: 18.16 hands a right-side constant to unmatched rows too.
 */
export const clickHouseDurationSql = (db: string, toleranceSeconds: number, cutoffs: ValidationCutoffs = {}) => `
  SELECT session_id, calculated_duration, stored_duration, ifNull(present, 0) AS matched FROM
    (SELECT session_id, toFloat64(toUInt32(max(timestamp)) - toUInt32(min(timestamp))) AS calculated_duration, toString(toDate(min(timestamp))) AS first_day
     FROM ${db}.raw_events GROUP BY session_id)
  ALL LEFT JOIN
    (SELECT session_id, toFloat64(duration_seconds) AS stored_duration, toUInt8(length(session_id) >= 0) AS present, toString(toDate(session_start)) AS stored_day
     FROM ${db}.session_metrics)
  USING session_id
  WHERE (matched = 0 OR abs(calculated_duration - stored_duration) > ${Number(toleranceSeconds)})${
    // Past a retention cutoff a session is compared only when its first raw event and its stored start both lie on or after it.
    cutoffs.sessions === undefined ? '' : ` AND first_day >= ${chString(cutoffs.sessions)} AND (ifNull(present, 0) = 0 OR stored_day >= ${chString(cutoffs.sessions)})`
  }
  ORDER BY session_id`;

/**
 * Runs seed 001's validation queries on ClickHouse over `raw_events`, `minute_metrics` and `session_metrics`, and
 * records the run as an `etl_job_status` row (job type `validate`) there, as the PostgreSQL path does. Days and
 * sessions before the retention cutoffs in `learnlens_retention` are left out, and the report says so.
 */
export async function validateClickHouse(connection: ClickHouseStatements, options: ValidateClickHouseOptions = {}): Promise<ValidationReport> {
  const database = options.database ?? connection.database;
  const tolerance = options.toleranceSeconds ?? 60;
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new RangeError(`toleranceSeconds must be a number of seconds ≥ 0, not ${tolerance}`);
  for (const table of ['raw_events', 'minute_metrics', 'session_metrics']) {
    if (!(await tableExists(connection, database, table))) {
      throw new Error(`ClickHouse has no table ${database}.${table}: validate needs raw_events (see clickHouseRawEventsSql) and the tables "transform --adapter clickhouse" writes`);
    }
  }
  const started = new Date();
  const db = chIdent(database);
  const skipped = validationSkips(await clickHouseWatermarks(connection, database));
  const cutoffs: ValidationCutoffs = {
    ...(skipped.eventCounts ? { eventCounts: skipped.eventCounts.before } : {}),
    ...(skipped.sessions ? { sessions: skipped.sessions.before } : {}),
  };
  const counts = (await connection.select(clickHouseEventCountSql(db, cutoffs))).map((r) => ({
    event_date: String(r.event_date),
    raw_count: Number(r.raw_count),
    aggregated_count: Number(r.aggregated),
  }));
  const durations = (await connection.select(clickHouseDurationSql(db, tolerance, cutoffs))).map((r) => ({
    session_id: String(r.session_id),
    calculated_duration: Number(r.calculated_duration),
    stored_duration: Number(r.matched) === 0 ? null : Number(r.stored_duration),
  }));
  const report: ValidationReport = {
    ok: counts.length === 0 && durations.length === 0,
    eventCountMismatches: counts,
    durationMismatches: durations,
    ...(Object.keys(skipped).length > 0 ? { skipped } : {}),
  };
  const [raw] = await connection.select(`SELECT count() AS n FROM ${db}.raw_events`);
  const failed = counts.length + durations.length;
  const status = `${db}.${chIdent('etl_job_status')}`;
  await connection.command(clickHouseTableSql('etl_job_status', status));
  const now = chTime(new Date());
  const row = {
    job_id: randomUUID(),
    job_type: 'validate',
    status: report.ok ? 'completed' : 'failed',
    started_at: chTime(started),
    completed_at: now,
    records_processed: Number(raw?.n ?? 0),
    records_failed: failed,
    bytes_processed: 0,
    error_message: report.ok ? null : `${counts.length} day(s) with event count mismatches, ${durations.length} session duration mismatch(es)`,
    retry_count: 0,
    created_at: now,
    updated_at: now,
  };
  await connection.insertJson(status, JSON.stringify(row));
  return report;
}
