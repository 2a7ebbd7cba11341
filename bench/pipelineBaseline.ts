// DuckDB's own SQL for what `transform` computes on a first run — the baseline `pnpm bench --pipeline` measures the
// transform against. Plain SQL over the raw event files, written to CSV as the transform writes its files: the same
// rows, columns, order and formatting (docs/pipeline.md §2's definitions), so the two can be compared byte for byte
// (tests/pipelineBaseline.test.ts does, on small fixtures). It is a baseline, not a second implementation: it has no
// state, no incremental runs and no validation, only what one run over every event must compute.
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { defaultMasteryModel, type MasteryModel } from '../packages/pipeline/src/transform/masteryModel.js';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const columns = ['learner_id', 'event_type', 'event_id', 'session_id', 'timestamp', 'data', 'metadata', 'version', 'processed_at', 'partition_date', 's3_path'];
const iso = (column: string) => `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%gZ')`;
const count = (type: string) => `count(*) FILTER (WHERE event_type = '${type}')`;
// Instants ending in Z by the plain cast, others through TIMESTAMPTZ (which applies an offset or zone): the cheaper
// form the transform uses too, so the baseline is not slowed by a cast the transform avoids.
const instant = (column: string) =>
  `CASE WHEN ends_with(${column}, 'Z') THEN TRY_CAST(${column} AS TIMESTAMP) ELSE CAST(TRY_CAST(${column} AS TIMESTAMPTZ) AS TIMESTAMP) END`;
// A DOUBLE literal: DuckDB reads 0.1 as a DECIMAL, and the estimate must take the same IEEE steps as JavaScript's.
const double = (value: number) => `CAST(${String(value)} AS DOUBLE)`;
// JavaScript's Math.round(v × 10⁴) / 10⁴ (round4): the same for the non-negative values it gets here, and for the
// deltas, whose ×10⁴ is always within 10⁻¹² of a whole number.
const round4 = (value: string) => `(round((${value}) * 10000) / 10000)`;

/** Wall and CPU time of a step (ms; CPU time is this process's, DuckDB's threads included). */
export interface StepTime {
  wall: number;
  cpu: number;
}

/** What the baseline does, each step timed on its own. */
export interface BaselineTimings {
  /** Reading and typing the events, re-delivered ids kept once. */
  load: StepTime;
  /** `minute_metrics.csv`. */
  minutes: StepTime;
  /** `session_metrics.csv`. */
  sessions: StepTime;
  /** `mastery_deltas.csv`, the estimate stepped along each learner × content chain by a recursive CTE. */
  mastery: StepTime;
  /** The longest learner × content chain: the recursion's number of steps. */
  longestChain: number;
}

/**
 * Runs the baseline over `files` (raw event CSVs as `ingest` writes them) into `dir/{minute_metrics,session_metrics,
 * mastery_deltas}.csv`, with the transform's defaults (idle cap 300 s, active window 1,800 s, the mastery model).
 */
export async function runBaseline(db: DuckDBConnection, files: readonly string[], dir: string, model: MasteryModel = defaultMasteryModel): Promise<BaselineTimings> {
  const idleCap = 300;
  const activeWindow = 1_800;
  const timed = async (run: () => Promise<unknown>): Promise<StepTime> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  };
  await db.run(`SET TimeZone = 'UTC'`);
  const load = await timed(async () => {
    const schema = columns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
    const source = `read_csv([${files.map(quote).join(', ')}], header = true, columns = {${schema}}, quote = '"', escape = '"', nullstr = '', auto_detect = false)`;
    // The payload's fields in one parse per row; NULL (TRY) when `data` is not JSON, and such rows are left out like
    // rows whose instant cannot be read.
    const readable = `SELECT learner_id, event_type, event_id, session_id, ${instant('"timestamp"')} AS ts, COALESCE(data, '{}') AS data,
        ${instant('processed_at')} AS processed_raw, TRY_CAST(partition_date AS DATE) AS partition_raw, s3_path,
        TRY(json_extract_string(COALESCE(data, '{}'), ['$.content_id', '$.lesson_id', '$.assessment_id', '$.content_type', '$.page', '$.url', '$.score', '$.success'])) AS f
      FROM ${source}`;
    const fields = `learner_id, event_type, event_id, session_id, ts, COALESCE(processed_raw, ts) AS processed_at,
        COALESCE(partition_raw, CAST(ts AS DATE)) AS partition_date, COALESCE(f[1], f[2], f[3]) AS content_id, f[4] AS content_type,
        COALESCE(f[5], f[6], f[1]) AS page, TRY_CAST(f[7] AS DOUBLE) AS score, TRY_CAST(f[8] AS BOOLEAN) AS success`;
    await db.run(`CREATE OR REPLACE TEMP TABLE ev AS SELECT ${fields} FROM (${readable}) WHERE ts IS NOT NULL AND f IS NOT NULL`);
    // One row per event id: the first processed copy, ties broken by the row's contents. Only ids seen more than once
    // are read again, with every column the ordering needs (carrying the payload for every event would cost more).
    await db.run(`CREATE OR REPLACE TEMP TABLE repeated AS SELECT event_id FROM ev GROUP BY event_id HAVING count(*) > 1`);
    if (Number((await db.runAndReadAll(`SELECT count(*) AS n FROM repeated`)).getRowObjectsJS()[0]!.n) > 0) {
      await db.run(`DELETE FROM ev WHERE event_id IN (SELECT event_id FROM repeated)`);
      await db.run(`INSERT INTO ev SELECT ${fields} FROM (SELECT * FROM (${readable}) WHERE ts IS NOT NULL AND f IS NOT NULL AND event_id IN (SELECT event_id FROM repeated)
        QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY processed_raw NULLS LAST, s3_path, ts, data, learner_id, event_type, session_id, partition_raw) = 1)`);
    }
    await db.run(`DROP TABLE repeated`);
  });

  const minutes = await timed(() =>
    db.run(`COPY (SELECT learner_id, ${iso('minute')} AS minute_timestamp, session_id, total_events, page_views, interactions, assessments_started,
        assessments_completed, lessons_started, lessons_completed, errors, time_spent_seconds, ${iso('created_at')} AS created_at, partition_date
      FROM (SELECT learner_id, date_trunc('minute', ts) AS minute, session_id, count(*) AS total_events, ${count('page_view')} AS page_views,
          ${count('interaction')} AS interactions, ${count('assessment_start')} AS assessments_started, ${count('assessment_complete')} AS assessments_completed,
          ${count('lesson_start')} AS lessons_started, ${count('lesson_complete')} AS lessons_completed, ${count('error')} AS errors,
          CAST(sum(spent_ms) * 0.001 AS DECIMAL(10,2)) AS time_spent_seconds, min(processed_at) AS created_at, CAST(date_trunc('minute', ts) AS DATE) AS partition_date
        FROM (SELECT *, least(coalesce(date_diff('millisecond', ts, lead(ts) OVER (PARTITION BY session_id ORDER BY ts, event_id)), 0), ${idleCap * 1000}) AS spent_ms FROM ev)
        GROUP BY learner_id, minute, session_id
        ORDER BY partition_date, learner_id, minute, session_id))
      TO ${quote(join(dir, 'minute_metrics.csv'))} (FORMAT csv, HEADER true)`),
  );

  const completed = `(${count('lesson_complete')} + ${count('assessment_complete')})`;
  const attempted = `(greatest(${count('lesson_start')}, ${count('lesson_complete')}) + greatest(${count('assessment_start')}, ${count('assessment_complete')}))`;
  const sessions = await timed(() =>
    db.run(`COPY (SELECT session_id, learner_id, ${iso('first_ts')} AS session_start, ${iso('last_ts')} AS session_end, duration_seconds, total_events,
        unique_pages, total_interactions, lessons_attempted, lessons_completed, assessments_attempted, assessments_completed, avg_assessment_score,
        completion_rate, NOT ended AND last_ts >= max(last_ts) OVER () - INTERVAL ${activeWindow} SECOND AS is_active,
        ${iso('last_ts')} AS last_activity, ${iso('first_processed')} AS created_at, ${iso('last_processed')} AS updated_at, partition_date
      FROM (SELECT session_id, arg_min(learner_id, ts) AS learner_id, min(ts) AS first_ts, max(ts) AS last_ts,
          CAST(round(date_diff('millisecond', min(ts), max(ts)) / 1000.0, 2) AS DECIMAL(10,2)) AS duration_seconds, count(*) AS total_events,
          count(DISTINCT page) FILTER (WHERE event_type = 'page_view') AS unique_pages, ${count('interaction')} AS total_interactions,
          ${count('lesson_start')} AS lessons_attempted, ${count('lesson_complete')} AS lessons_completed,
          ${count('assessment_start')} AS assessments_attempted, ${count('assessment_complete')} AS assessments_completed,
          CAST(round(avg(score) FILTER (WHERE event_type = 'assessment_complete'), 2) AS DECIMAL(5,2)) AS avg_assessment_score,
          CAST(round(least(1.0, ${completed} / nullif(${attempted}, 0)), 4) AS DECIMAL(5,4)) AS completion_rate,
          bool_or(event_type = 'session_end') AS ended, min(processed_at) AS first_processed, max(processed_at) AS last_processed, CAST(min(ts) AS DATE) AS partition_date
        FROM ev GROUP BY session_id)
      ORDER BY partition_date, first_ts, session_id)
      TO ${quote(join(dir, 'session_metrics.csv'))} (FORMAT csv, HEADER true)`),
  );

  // Bayesian knowledge tracing (masteryModel.ts's nextMastery, in the same IEEE steps): the posterior after evidence s
  // from mastery p, then the chance to learn.
  const { slip, guess, learn } = model;
  const next = (p: string, s: string) => {
    const right = `((${p}) * (1 - ${double(slip)}) / ((${p}) * (1 - ${double(slip)}) + (1 - (${p})) * ${double(guess)}))`;
    const wrong = `((${p}) * ${double(slip)} / ((${p}) * ${double(slip)} + (1 - (${p})) * (1 - ${double(guess)})))`;
    const posterior = `((${s}) * ${right} + (1 - (${s})) * ${wrong})`;
    return `(${posterior} + (1 - ${posterior}) * ${double(learn)})`;
  };
  let longestChain = 0;
  const mastery = await timed(async () => {
    await db.run(`CREATE OR REPLACE TEMP TABLE evidence AS
      SELECT learner_id, content_id,
        COALESCE(content_type, CASE WHEN event_type LIKE 'assessment%' THEN 'assessment' WHEN event_type LIKE 'lesson%' THEN 'lesson' ELSE 'skill' END) AS content_type,
        event_id, event_type, session_id, ts, processed_at, partition_date,
        CAST(CASE WHEN event_type = 'interaction' THEN CASE WHEN success THEN 1.0 ELSE 0.0 END ELSE least(1.0, greatest(0.0, score / 100.0)) END AS DOUBLE) AS s,
        row_number() OVER (PARTITION BY learner_id, content_id ORDER BY ts, event_id) AS k
      FROM ev
      WHERE content_id IS NOT NULL AND ((event_type IN ('assessment_complete', 'lesson_complete') AND score IS NOT NULL) OR (event_type = 'interaction' AND success IS NOT NULL))`);
    // Each step of the recursion takes every chain one piece of evidence further: as many steps as the longest chain.
    await db.run(`CREATE OR REPLACE TEMP TABLE steps AS
      WITH RECURSIVE chain(learner_id, content_id, k, before, after) AS (
        SELECT learner_id, content_id, k, ${double(model.prior)}, ${next(double(model.prior), 's')} FROM evidence WHERE k = 1
        UNION ALL
        SELECT e.learner_id, e.content_id, e.k, c.after, ${next('c.after', 'e.s')} FROM chain c
          JOIN evidence e ON e.learner_id = c.learner_id AND e.content_id = c.content_id AND e.k = c.k + 1)
      SELECT learner_id, content_id, k, ${round4('before')} AS previous, ${round4('after')} AS current FROM chain`);
    await db.run(`COPY (SELECT e.learner_id, e.content_id, e.content_type, CAST(m.previous AS DECIMAL(5,4)) AS previous_mastery,
        CAST(m.current AS DECIMAL(5,4)) AS current_mastery, CAST(${round4('m.current - m.previous')} AS DECIMAL(5,4)) AS mastery_delta,
        e.event_id AS trigger_event_id, e.event_type AS trigger_event_type, e.session_id,
        CAST(${round4(`CAST(e.k AS DOUBLE) / (CAST(e.k AS DOUBLE) + ${double(model.confidenceHalfEvidence)})`)} AS DECIMAL(5,4)) AS confidence_score,
        e.k AS evidence_count, ${iso('e.ts')} AS "timestamp", ${iso('e.processed_at')} AS created_at, e.partition_date
      FROM evidence e JOIN steps m USING (learner_id, content_id, k)
      ORDER BY e.partition_date, e.learner_id, e.content_id, e.ts, e.event_id)
      TO ${quote(join(dir, 'mastery_deltas.csv'))} (FORMAT csv, HEADER true)`);
    longestChain = Number((await db.runAndReadAll(`SELECT COALESCE(max(k), 0) AS k FROM evidence`)).getRowObjectsJS()[0]!.k);
    await db.run(`DROP TABLE steps`);
    await db.run(`DROP TABLE evidence`);
  });
  await db.run(`DROP TABLE ev`);
  return { load, minutes, sessions, mastery, longestChain };
}

/**
 * The baseline bench/pipeline-results.md compared against before it was made equivalent (kept as a row for
 * continuity): 7 of minute_metrics' 14 columns, 6 of session_metrics' 19, no mastery, no re-delivered ids removed,
 * every instant through the time-zone-aware cast.
 */
export async function runNarrowBaseline(db: DuckDBConnection, file: string, dir: string): Promise<void> {
  await db.run(`SET TimeZone = 'UTC'`);
  await db.run(`CREATE TEMP TABLE ev_narrow AS SELECT learner_id, event_type, event_id, session_id, CAST(CAST("timestamp" AS TIMESTAMPTZ) AS TIMESTAMP) AS ts, data
    FROM read_csv(${quote(file)}, header = true, all_varchar = true, quote = '"', escape = '"')`);
  await db.run(`COPY (SELECT learner_id, date_trunc('minute', ts) AS m, session_id, count(*), count(*) FILTER (WHERE event_type = 'page_view'),
      count(*) FILTER (WHERE event_type = 'interaction'), round(sum(spent), 2)
    FROM (SELECT *, least(coalesce(date_diff('millisecond', ts, lead(ts) OVER (PARTITION BY session_id ORDER BY ts, event_id)), 0) / 1000.0, 300) AS spent FROM ev_narrow)
    GROUP BY learner_id, m, session_id ORDER BY 2, 1, 3) TO ${quote(join(dir, 'narrow-minutes.csv'))} (FORMAT csv)`);
  await db.run(`COPY (SELECT session_id, min(ts), max(ts), count(*), count(DISTINCT json_extract_string(data, '$.page')),
      round(avg(TRY_CAST(json_extract_string(data, '$.score') AS DOUBLE)) FILTER (WHERE event_type = 'assessment_complete'), 2)
    FROM ev_narrow GROUP BY session_id ORDER BY 2, 1) TO ${quote(join(dir, 'narrow-sessions.csv'))} (FORMAT csv)`);
  await db.run(`DROP TABLE ev_narrow`);
}
