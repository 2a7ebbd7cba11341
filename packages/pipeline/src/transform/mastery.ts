import type { DuckDBConnection } from '@duckdb/node-api';
import { BIGINT, DOUBLE, DuckDBDataChunk } from '@duckdb/node-api';
import { eventTypes as t } from '../eventTypes.js';
import { confidenceOf, nextMastery, round4, type MasteryModel } from './masteryModel.js';
import type { ReprocessScope } from './partitions.js';

// Evidence rows read from DuckDB at once: bounds the memory this step holds, whatever the input size.
const masteryPage = 100_000;

// Evidence: a completed lesson or assessment with a score, or an interaction that says whether it succeeded.
const evidenceFilter = (e: string) => `${e}.content_id IS NOT NULL AND (
  (${e}.event_type IN ('${t.assessmentComplete}', '${t.lessonComplete}') AND ${e}.score IS NOT NULL)
  OR (${e}.event_type = '${t.interaction}' AND ${e}.success IS NOT NULL))`;

/** Mastery rows computed by `computeMastery`, waiting in temporary tables for `applyMastery`. */
export interface ComputedMastery {
  /** A first run: nothing to replace. */
  fresh: boolean;
  /** Rows computed. */
  rows: number;
}

/**
 * Recomputes mastery for each learner with events in a changed partition, from the first changed partition on, into
 * the temporary table `mastery_new` (`applyMastery` then replaces the rows from there); the estimate carries on from the last row
 * before it (kept even when retention has removed the raw events behind it). Evidence is read in (timestamp, event id)
 * order. It writes no lasting table, so it runs before the run's transaction: temporary tables written inside a
 * transaction are held in memory until it ends.
 */
export async function computeMastery(db: DuckDBConnection, scope: ReprocessScope, model: MasteryModel): Promise<ComputedMastery> {
  // A first run (every loaded event reprocessed, no rows kept): every learner's evidence from the start, nothing to
  // carry on from or to replace.
  const fresh = scope.everyEvent && scope.emptyTables;
  if (!fresh) {
    await db.run(`CREATE OR REPLACE TEMP TABLE mastery_from AS
      SELECT learner_id, min(partition_date) AS since FROM ev
      WHERE partition_date IN (SELECT partition_date FROM changed) GROUP BY learner_id`);
    await db.run(`CREATE OR REPLACE TEMP TABLE mastery_seed AS
      SELECT m.learner_id, m.content_id,
        CAST(arg_max(m.current_mastery, (m."timestamp", m.trigger_event_id)) AS DOUBLE) AS mastery,
        max(m.evidence_count) AS evidence
      FROM mastery_deltas m JOIN mastery_from f ON m.learner_id = f.learner_id AND m.partition_date < f.since
      GROUP BY m.learner_id, m.content_id`);
  }

  // Both sides of the join by position below are kept in their physical order.
  await db.run(`SET preserve_insertion_order = true`);
  try {
    return { fresh, rows: await computeInOrder(db, fresh, model) };
  } finally {
    await db.run(`SET preserve_insertion_order = false`);
  }
}

/** Computes the mastery rows into `mastery_new`, with insertion order preserved; returns how many. */
async function computeInOrder(db: DuckDBConnection, fresh: boolean, model: MasteryModel): Promise<number> {
  // The evidence rows, in reading order. Only numbers go through JavaScript (the estimate is a running state no SQL
  // window keeps): the learner and content, the evidence and the seed. The estimates are appended a whole chunk at a
  // time, then put beside their rows by position. Both sides are kept in their physical order for that, and a plain
  // ORDER BY sorts the rows: it spills (10M events pass under 96 MB), where a window numbering them and a hash join by
  // number held their rows in memory (3M events needed over 96 MB).
  const from = fresh
    ? `FROM ev e`
    : `FROM ev e JOIN mastery_from f ON e.learner_id = f.learner_id AND e.partition_date >= f.since
    LEFT JOIN mastery_seed s ON s.learner_id = e.learner_id AND s.content_id = e.content_id`;
  await db.run(`CREATE OR REPLACE TEMP TABLE mastery_input AS
    SELECT e.learner_id, e.content_id,
      COALESCE(e.content_type, CASE WHEN e.event_type LIKE 'assessment%' THEN 'assessment' WHEN e.event_type LIKE 'lesson%' THEN 'lesson' ELSE 'skill' END) AS content_type,
      e.event_id, e.event_type, e.session_id, e.ts, e.processed_at, e.partition_date,
      CAST(CASE WHEN e.event_type = '${t.interaction}' THEN CASE WHEN e.success THEN 1.0 ELSE 0.0 END ELSE least(1.0, greatest(0.0, e.score / 100.0)) END AS DOUBLE) AS evidence,
      ${fresh ? 'CAST(NULL AS DOUBLE) AS seed_mastery, CAST(NULL AS DOUBLE) AS seed_evidence' : 'CAST(s.mastery AS DOUBLE) AS seed_mastery, CAST(s.evidence AS DOUBLE) AS seed_evidence'}
    ${from}
    WHERE ${evidenceFilter('e')}
    ORDER BY e.learner_id, e.content_id, e.ts, e.event_id`);
  const total = Number((await db.runAndReadAll(`SELECT count(*) AS n FROM mastery_input`)).getRowObjectsJS()[0]!.n);
  await db.run(`CREATE OR REPLACE TEMP TABLE mastery_steps (position BIGINT, previous DOUBLE, current DOUBLE, delta DOUBLE, confidence DOUBLE, evidence BIGINT)`);
  const appender = await db.createAppender('mastery_steps');
  let learner: unknown = undefined;
  let content: unknown = undefined;
  let mastery = 0;
  let evidence = 0;
  let rows = 0;
  // Read a page at a time, each whole, never as an open stream: the appender flushes through the same connection
  // (every 204,800 rows), and any statement on a connection ends the result it is streaming, which once cut the
  // mastery rows off there without an error.
  for (let from = 0; from < total; from += masteryPage) {
    const page = await db.run(`SELECT rowid, learner_id, content_id, evidence, seed_mastery, seed_evidence FROM mastery_input
      WHERE rowid >= ${from} AND rowid < ${from + masteryPage}`);
    for (let c = 0; c < page.chunkCount; c++) {
      const chunk = page.getChunk(c);
      const size = chunk.rowCount;
      if (size === 0) continue;
      const [positions, learners, contents, scores, seedMastery, seedEvidence] = chunk.getColumns() as [bigint[], string[], string[], number[], (number | null)[], (number | null)[]];
      const previous = new Array<number>(size);
      const current = new Array<number>(size);
      const delta = new Array<number>(size);
      const confidence = new Array<number>(size);
      const counts = new Array<bigint>(size);
      for (let i = 0; i < size; i++) {
        if (learners[i] !== learner || contents[i] !== content) {
          learner = learners[i];
          content = contents[i];
          mastery = seedMastery[i] ?? model.prior;
          evidence = seedEvidence[i] ?? 0;
        }
        previous[i] = round4(mastery);
        mastery = nextMastery(mastery, scores[i]!, model);
        evidence++;
        current[i] = round4(mastery);
        delta[i] = round4(current[i]! - previous[i]!);
        confidence[i] = round4(confidenceOf(evidence, model));
        counts[i] = BigInt(evidence);
      }
      const out = DuckDBDataChunk.create([BIGINT, DOUBLE, DOUBLE, DOUBLE, DOUBLE, BIGINT], size);
      out.setColumns([positions, previous, current, delta, confidence, counts]);
      appender.appendDataChunk(out);
      rows += size;
    }
  }
  appender.closeSync();
  // Side by side by position. Each step carries the position of the row it was computed from, so a row read out of
  // order stops the run rather than putting an estimate beside the wrong event.
  await db.run(`CREATE OR REPLACE TEMP TABLE mastery_new AS
    SELECT i.learner_id, i.content_id, i.content_type, m.previous, m.current, m.delta, i.event_id, i.event_type, i.session_id,
      m.confidence, m.evidence, i.ts, i.processed_at, i.partition_date
    FROM (SELECT rowid AS position, * FROM mastery_input) i POSITIONAL JOIN mastery_steps m
    WHERE CASE WHEN i.position IS NOT DISTINCT FROM m.position THEN true ELSE error('mastery: estimates out of step with their evidence') END`);
  await db.run(`DROP TABLE mastery_steps`);
  await db.run(`DROP TABLE mastery_input`);
  return rows;
}

/** Replaces the mastery rows `computeMastery` recomputed (inside the run's transaction), and drops its table. */
export async function applyMastery(db: DuckDBConnection, computed: ComputedMastery): Promise<void> {
  if (!computed.fresh) {
    await db.run(`DELETE FROM mastery_deltas m USING mastery_from f WHERE m.learner_id = f.learner_id AND m.partition_date >= f.since`);
  }
  await db.run(`INSERT INTO mastery_deltas SELECT * FROM mastery_new`);
  await db.run(`DROP TABLE mastery_new`);
}
