import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { OutputFormat } from './exportTables.js';
import { sqlString } from './sqlText.js';

const iso = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%gZ')`;

/** The canonical tables the pipeline derives from transformed events. */
export const canonicalPipelineTables = ['events', 'sessions', 'mastery_deltas'] as const;

/** A canonical table the pipeline writes. */
export type CanonicalTable = (typeof canonicalPipelineTables)[number];

/** The columns of each, in `@learnlens/data-client`'s domain order (what `canonicalTableSql` selects). */
export const canonicalColumns: Record<CanonicalTable, readonly string[]> = {
  events: ['event_id', 'org_id', 'user_id', 'session_id', 'attempt_id', 'activity_id', 'event_type', 'occurred_at', 'payload'],
  sessions: ['session_id', 'org_id', 'user_id', 'session_start', 'session_end', 'duration_seconds', 'total_events'],
  mastery_deltas: [
    'delta_id', 'org_id', 'user_id', 'content_id', 'content_type', 'previous_mastery', 'current_mastery', 'mastery_delta',
    'confidence_score', 'evidence_count', 'session_id', 'occurred_at',
  ],
};

/**
 * The canonical tables (`@learnlens/data-client` domain.ts, in its column order) as the SQL over the pipeline's
 * tables and the loaded events. Ids the seed's tables lack are derived so a rerun gives the same ones.
 */
export const canonicalTableSql = (orgId: string, timestamp: (column: string) => string): Record<CanonicalTable, string> => ({
  events: `SELECT event_id, ${sqlString(orgId)} AS org_id, learner_id AS user_id, session_id,
      json_extract_string(data, '$.attempt_id') AS attempt_id, content_id AS activity_id, event_type,
      ${timestamp('ts')} AS occurred_at, data AS payload
    FROM ev ORDER BY ts, event_id`,
  sessions: `SELECT session_id, ${sqlString(orgId)} AS org_id, learner_id AS user_id, ${timestamp('session_start')} AS session_start,
      ${timestamp('session_end')} AS session_end, CAST(duration_seconds AS DOUBLE) AS duration_seconds, total_events
    FROM session_metrics ORDER BY session_start, session_id`,
  mastery_deltas: `SELECT 'md-' || substr(md5(trigger_event_id || chr(0) || content_id), 1, 16) AS delta_id, ${sqlString(orgId)} AS org_id,
      learner_id AS user_id, content_id, content_type, CAST(previous_mastery AS DOUBLE) AS previous_mastery,
      CAST(current_mastery AS DOUBLE) AS current_mastery, CAST(mastery_delta AS DOUBLE) AS mastery_delta,
      CAST(confidence_score AS DOUBLE) AS confidence_score, evidence_count, session_id, ${timestamp('"timestamp"')} AS occurred_at
    FROM mastery_deltas ORDER BY "timestamp", learner_id, content_id, trigger_event_id`,
});

/**
 * Writes the canonical `events`, `sessions` and `mastery_deltas` tables of one org into `dir` (the shapes `learnlens
 * dataset` writes), so the DuckDB adapter, `learnlens query --data` and `datasetFromRows` answer the catalog's
 * `learnerActivitySummary`, `masteryTrend` and `eventFrequency` from transformed events. `activity_id` is the event's
 * `content_id`, `attempt_id` its `data.attempt_id`; `payload` is its `data`.
 */
export async function exportCanonical(db: DuckDBConnection, orgId: string, dir: string, format: OutputFormat): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const sql = canonicalTableSql(orgId, format === 'parquet' ? (c) => `CAST(${c} AS TIMESTAMPTZ)` : iso);
  const written: string[] = [];
  for (const [table, select] of Object.entries(sql)) {
    const file = join(dir, `${table}.${format}`);
    const temporary = `${file}.tmp`;
    const options = format === 'csv' ? `FORMAT csv, HEADER true` : format === 'json' ? `FORMAT json, ARRAY true` : `FORMAT parquet`;
    try {
      await db.run(`COPY (${select}) TO ${sqlString(temporary)} (${options})`);
      renameSync(temporary, file);
    } finally {
      rmSync(temporary, { force: true });
    }
    written.push(file);
  }
  return written;
}
