import type { DuckDBConnection } from '@duckdb/node-api';
import { eventTypes as t } from '../eventTypes.js';
import { statementsFor, type MemoryBudget } from './memoryBudget.js';
import type { ReprocessScope } from './partitions.js';

/** How the transform estimates time and activity; every field has a documented default. */
export interface MetricsOptions {
  /** A gap between two events of a session longer than this counts as idle: at most this much is credited (default 300 s). */
  idleCapSeconds?: number;
  /** A session without a `session_end` event is active while its last event lies within this of the newest one (default 1,800 s). */
  activeWindowSeconds?: number;
}

// Memory an event holds in the minute rows' window and the session rows' groups (measured: 3M events under 96 MB ran
// out of memory in one statement and passed in two).
const eventBytes = 64;

const n = (type: string) => `count(*) FILTER (WHERE event_type = '${type}')`;

/**
 * Marks the sessions to recompute (temporary table `affected`): every session with an event in a changed partition,
 * and every session the tables already hold for those partitions (so a session whose events were withdrawn goes).
 * A session spanning midnight is recomputed whole from all its events, whichever day changed. With every loaded event
 * reprocessed and empty tables (a first run) that is every loaded session, and the table is not needed.
 */
export async function markAffectedSessions(db: DuckDBConnection, scope: ReprocessScope): Promise<void> {
  if (scope.everyEvent && scope.emptyTables) return;
  await db.run(`CREATE OR REPLACE TEMP TABLE affected AS
    SELECT DISTINCT session_id FROM ev WHERE partition_date IN (SELECT partition_date FROM changed)
    UNION SELECT session_id FROM session_metrics WHERE partition_date IN (SELECT partition_date FROM changed)
    UNION SELECT session_id FROM minute_metrics WHERE partition_date IN (SELECT partition_date FROM changed)`);
}

/**
 * Computes the minute and session rows of the affected sessions into the temporary tables `minute_new` and
 * `session_new` (`applyMinuteAndSessionMetrics` then puts them in place). Time spent: each event is credited the gap to
 * the next event of its session, capped at `idleCapSeconds`; a session's last event is credited nothing (its end is
 * not known), so a minute's `time_spent_seconds` is the time from its events to the events that followed them.
 * It writes no lasting table, so it runs before the run's transaction (temporary tables written inside one are held in
 * memory until it ends).
 */
export async function computeMinuteAndSessionMetrics(db: DuckDBConnection, scope: ReprocessScope, budget: MemoryBudget, options: MetricsOptions = {}): Promise<void> {
  // Gaps are summed in whole milliseconds, exactly, and rounded once: summed as seconds in doubles, the total depended
  // on the order DuckDB's threads added them, and a minute landing on half a hundredth came out 0.01 apart between
  // runs (1 row in 1.8M at 10M events).
  const idleCapMs = Math.round((options.idleCapSeconds ?? 300) * 1000);
  await db.run(`CREATE OR REPLACE TEMP TABLE minute_new AS SELECT * FROM minute_metrics WHERE false`);
  await db.run(`CREATE OR REPLACE TEMP TABLE session_new AS SELECT * FROM session_metrics WHERE false`);
  // Every loaded session is affected when every loaded event is reprocessed: then the filter would keep every row.
  const affected = scope.everyEvent ? [] : ['session_id IN (SELECT session_id FROM affected)'];
  // The sessions in parts sized from the memory limit, each its own statement: the window and the groups of one
  // statement hold about its share of the events, so a small limit takes more statements, not more memory.
  const events = Number((await db.runAndReadAll(`SELECT COALESCE(sum(events), 0) AS n FROM seen`)).getRowObjectsJS()[0]!.n);
  const slices = statementsFor(events, eventBytes, budget);
  for (let slice = 0; slice < slices; slice++) {
    const filters = slices > 1 ? [...affected, `hash(session_id) % ${slices} = ${slice}`] : affected;
    const where = filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : '';
    // The gaps are computed inline over the few columns the minute rows need, not kept as a copy of the events.
    await db.run(`INSERT INTO minute_new
      SELECT learner_id, date_trunc('minute', ts) AS minute, session_id,
        count(*), ${n(t.pageView)}, ${n(t.interaction)}, ${n(t.assessmentStart)}, ${n(t.assessmentComplete)},
        ${n(t.lessonStart)}, ${n(t.lessonComplete)}, ${n(t.error)},
        CAST(sum(spent_ms) * 0.001 AS DECIMAL(10, 2)), min(processed_at), CAST(date_trunc('minute', ts) AS DATE)
      FROM (
        SELECT learner_id, session_id, ts, event_type, processed_at,
          least(coalesce(date_diff('millisecond', ts, lead(ts) OVER (PARTITION BY session_id ORDER BY ts, event_id)), 0), ${idleCapMs}) AS spent_ms
        FROM ev ${where}
      ) GROUP BY learner_id, minute, session_id`);
    await db.run(`INSERT INTO session_new
      SELECT session_id, arg_min(learner_id, ts), min(ts), max(ts),
        round(date_diff('millisecond', min(ts), max(ts)) / 1000.0, 2),
        count(*), count(DISTINCT page) FILTER (WHERE event_type = '${t.pageView}'), ${n(t.interaction)},
        ${n(t.lessonStart)}, ${n(t.lessonComplete)}, ${n(t.assessmentStart)}, ${n(t.assessmentComplete)},
        round(avg(score) FILTER (WHERE event_type = '${t.assessmentComplete}'), 2),
        round(least(1.0, (${n(t.lessonComplete)} + ${n(t.assessmentComplete)})
          / nullif(greatest(${n(t.lessonStart)}, ${n(t.lessonComplete)}) + greatest(${n(t.assessmentStart)}, ${n(t.assessmentComplete)}), 0)), 4),
        false, max(ts), min(processed_at), max(processed_at), CAST(min(ts) AS DATE),
        bool_or(event_type = '${t.sessionEnd}')
      FROM ev ${where} GROUP BY session_id`);
  }
}

/** Replaces the affected sessions' minute and session rows with those `computeMinuteAndSessionMetrics` computed. */
export async function applyMinuteAndSessionMetrics(db: DuckDBConnection, scope: ReprocessScope, options: MetricsOptions = {}): Promise<void> {
  const activeWindow = options.activeWindowSeconds ?? 1_800;
  if (!(scope.everyEvent && scope.emptyTables)) {
    await db.run(`DELETE FROM minute_metrics WHERE session_id IN (SELECT session_id FROM affected)`);
    await db.run(`DELETE FROM session_metrics WHERE session_id IN (SELECT session_id FROM affected)`);
  }
  await db.run(`INSERT INTO minute_metrics SELECT * FROM minute_new`);
  await db.run(`INSERT INTO session_metrics SELECT * FROM session_new`);
  await db.run(`DROP TABLE minute_new`);
  await db.run(`DROP TABLE session_new`);
  // "Currently active" is judged against the newest activity the tables know, not the wall clock, so a rerun on
  // the same events gives the same rows.
  await db.run(`UPDATE session_metrics SET is_active = NOT _ended
      AND last_activity >= (SELECT max(last_activity) FROM session_metrics) - INTERVAL ${activeWindow} SECOND
    WHERE is_active IS DISTINCT FROM (NOT _ended AND last_activity >= (SELECT max(last_activity) FROM session_metrics) - INTERVAL ${activeWindow} SECOND)`);
}
