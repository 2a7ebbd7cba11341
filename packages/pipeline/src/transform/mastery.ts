import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDBDateValue, DuckDBTimestampValue } from '@duckdb/node-api';
import { eventTypes as t } from '../eventTypes.js';
import { confidenceOf, nextMastery, round4, type MasteryModel } from './masteryModel.js';

// Evidence: a completed lesson or assessment with a score, or an interaction that says whether it succeeded.
const evidenceFilter = (e: string) => `${e}.content_id IS NOT NULL AND (
  (${e}.event_type IN ('${t.assessmentComplete}', '${t.lessonComplete}') AND ${e}.score IS NOT NULL)
  OR (${e}.event_type = '${t.interaction}' AND ${e}.success IS NOT NULL))`;

/**
 * Recomputes mastery for each learner with events in a changed partition, from the first changed partition on: rows
 * from there are replaced; the estimate carries on from the last row before it (kept even when retention has removed
 * the raw events behind it). Evidence is read in (timestamp, event id) order.
 */
export async function rebuildMastery(db: DuckDBConnection, model: MasteryModel): Promise<number> {
  await db.run(`CREATE OR REPLACE TEMP TABLE mastery_from AS
    SELECT learner_id, min(partition_date) AS since FROM ev
    WHERE partition_date IN (SELECT partition_date FROM changed) GROUP BY learner_id`);
  await db.run(`CREATE OR REPLACE TEMP TABLE mastery_seed AS
    SELECT m.learner_id, m.content_id,
      CAST(arg_max(m.current_mastery, (m."timestamp", m.trigger_event_id)) AS DOUBLE) AS mastery,
      max(m.evidence_count) AS evidence
    FROM mastery_deltas m JOIN mastery_from f ON m.learner_id = f.learner_id AND m.partition_date < f.since
    GROUP BY m.learner_id, m.content_id`);
  await db.run(`DELETE FROM mastery_deltas m USING mastery_from f WHERE m.learner_id = f.learner_id AND m.partition_date >= f.since`);

  const result = await db.stream(`SELECT e.learner_id, e.content_id,
      COALESCE(e.content_type, CASE WHEN e.event_type LIKE 'assessment%' THEN 'assessment' WHEN e.event_type LIKE 'lesson%' THEN 'lesson' ELSE 'skill' END) AS content_type,
      CASE WHEN e.event_type = '${t.interaction}' THEN CASE WHEN e.success THEN 1.0 ELSE 0.0 END ELSE least(1.0, greatest(0.0, e.score / 100.0)) END AS evidence,
      e.event_id, e.event_type, e.session_id, epoch_ms(e.ts) AS ts_ms, epoch_ms(e.processed_at) AS processed_ms,
      CAST(e.partition_date AS VARCHAR) AS partition_date, s.mastery AS seed_mastery, s.evidence AS seed_evidence
    FROM ev e JOIN mastery_from f ON e.learner_id = f.learner_id AND e.partition_date >= f.since
    LEFT JOIN mastery_seed s ON s.learner_id = e.learner_id AND s.content_id = e.content_id
    WHERE ${evidenceFilter('e')}
    ORDER BY e.learner_id, e.content_id, e.ts, e.event_id`);

  const appender = await db.createAppender('mastery_deltas');
  let key = '';
  let mastery = 0;
  let evidence = 0;
  let rows = 0;
  const micros = (ms: unknown) => new DuckDBTimestampValue(BigInt(Number(ms)) * 1000n);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const row of chunk.getRowObjects(result.columnNames()) as Record<string, unknown>[]) {
      const rowKey = `${row.learner_id}\u0000${row.content_id}`;
      if (rowKey !== key) {
        key = rowKey;
        mastery = row.seed_mastery === null || row.seed_mastery === undefined ? model.prior : Number(row.seed_mastery);
        evidence = row.seed_evidence === null || row.seed_evidence === undefined ? 0 : Number(row.seed_evidence);
      }
      const previous = round4(mastery);
      mastery = nextMastery(mastery, Number(row.evidence), model);
      evidence++;
      const current = round4(mastery);
      appender.appendVarchar(String(row.learner_id));
      appender.appendVarchar(String(row.content_id));
      appender.appendVarchar(String(row.content_type));
      appender.appendDouble(previous);
      appender.appendDouble(current);
      appender.appendDouble(round4(current - previous));
      appender.appendVarchar(String(row.event_id));
      appender.appendVarchar(String(row.event_type));
      appender.appendVarchar(String(row.session_id));
      appender.appendDouble(round4(confidenceOf(evidence, model)));
      appender.appendBigInt(BigInt(evidence));
      appender.appendTimestamp(micros(row.ts_ms));
      appender.appendTimestamp(micros(row.processed_ms));
      appender.appendDate(DuckDBDateValue.fromParts(parseDate(String(row.partition_date))));
      appender.endRow();
      rows++;
    }
  }
  appender.closeSync();
  return rows;
}

function parseDate(text: string): { year: number; month: number; day: number } {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
