import type { DuckDBConnection } from '@duckdb/node-api';
import { rawEventColumns } from '../rawEvent.js';
import { sqlString } from './sqlText.js';

// The columns the transform reads: `metadata` and `version` are carried by the files but used by no metric.
const readColumns = ['learner_id', 'event_type', 'event_id', 'session_id', 'timestamp', 'data', 'processed_at', 'partition_date', 's3_path'] as const;

/** One SELECT over every raw event file, each column as text (the files are read where they lie, never copied). */
function rawSourceSql(files: { csv: string[]; parquet: string[] }): string {
  const columns = rawEventColumns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  const sources: string[] = [];
  if (files.csv.length > 0) {
    sources.push(
      `SELECT ${readColumns.map((c) => `"${c}"`).join(', ')} FROM read_csv([${files.csv.map(sqlString).join(', ')}], header = true, columns = {${columns}}, quote = '"', escape = '"', nullstr = '', auto_detect = false)`,
    );
  }
  if (files.parquet.length > 0) {
    sources.push(
      `SELECT ${readColumns.map((c) => `CAST("${c}" AS VARCHAR) AS "${c}"`).join(', ')} FROM read_parquet([${files.parquet.map(sqlString).join(', ')}], union_by_name = true)`,
    );
  }
  return sources.length > 0 ? sources.join(' UNION ALL ') : `SELECT ${readColumns.map((c) => `CAST(NULL AS VARCHAR) AS "${c}"`).join(', ')} WHERE false`;
}

const instant = (column: string) => `CAST(TRY_CAST(${column} AS TIMESTAMPTZ) AS TIMESTAMP)`;

// The payload fields the metrics read, pulled out of `data` with one parse per event (a list of paths), not one each.
const payloadPaths = ['$.content_id', '$.lesson_id', '$.assessment_id', '$.content_type', '$.page', '$.url', '$.score', '$.success'];

/**
 * Reads raw event files (the `raw_events` CSV that `ingest` writes, or Parquet/CSV files in the same columns, in a
 * date-partitioned tree or not) into the temporary table `ev`: one row per `event_id` (a re-delivered event is kept
 * once: the first processed), instants as UTC `TIMESTAMP`s, and the payload fields the metrics read pulled out.
 * Rows whose timestamp cannot be read are counted in `unreadable` and left out. The payload itself (`data`) is kept
 * only with `keepPayload` (the canonical `events` carry it): the metrics read the fields pulled out of it, and
 * without it the table is about a third narrower, which is what spills to disk on large inputs.
 *
 * The files are scanned twice and never copied whole: first only the event ids, to find those delivered more than
 * once (or with an unreadable copy), then everything. Only those few events go through the ordering that picks the
 * copy to keep; every other event is kept as it is read. Sorting all events by id (one window over every row) was the
 * transform's costliest step.
 */
export async function loadEvents(db: DuckDBConnection, files: { csv: string[]; parquet: string[] }, options: { keepPayload?: boolean } = {}): Promise<{ unreadable: number }> {
  const source = rawSourceSql(files);
  // NULL event ids form one group, as they formed one window partition before.
  await db.run(`CREATE OR REPLACE TEMP TABLE ev_repeated AS
    SELECT event_id, count(*) FILTER (WHERE ${instant('"timestamp"')} IS NULL) AS unreadable
    FROM (${source}) GROUP BY event_id
    HAVING count(*) > 1 OR count(*) FILTER (WHERE ${instant('"timestamp"')} IS NULL) > 0`);
  const repeated = (await db.runAndReadAll(`SELECT count(*) AS ids, COALESCE(sum(unreadable), 0) AS unreadable FROM ev_repeated`)).getRowObjectsJS()[0]!;
  const typed = `SELECT learner_id, event_type, event_id, session_id, ${instant('"timestamp"')} AS ts, COALESCE(data, '{}') AS data,
      ${instant('processed_at')} AS processed_at, TRY_CAST(partition_date AS DATE) AS partition_date, s3_path
    FROM (${source})`;
  const isRepeated = `EXISTS (SELECT 1 FROM ev_repeated r WHERE r.event_id IS NOT DISTINCT FROM typed.event_id)`;
  const kept =
    Number(repeated.ids) === 0
      ? `SELECT * FROM typed`
      : `SELECT * FROM typed WHERE NOT ${isRepeated}
        UNION ALL
        (SELECT * FROM typed WHERE ts IS NOT NULL AND ${isRepeated}
        -- Rows are read in parallel, in no set order: the row's contents break the last ties, so the copy kept never varies.
        QUALIFY row_number() OVER (PARTITION BY event_id
          ORDER BY processed_at NULLS LAST, s3_path, ts, data, learner_id, event_type, session_id, partition_date) = 1)`;
  await db.run(`CREATE OR REPLACE TEMP TABLE ev AS
    WITH typed AS (${typed}), kept AS (${kept}),
    fields AS (SELECT *, json_extract_string(data, [${payloadPaths.map(sqlString).join(', ')}]) AS f FROM kept)
    SELECT learner_id, event_type, event_id, session_id, ts,${options.keepPayload ? ' data,' : ''}
      COALESCE(processed_at, ts) AS processed_at,
      COALESCE(partition_date, CAST(ts AS DATE)) AS partition_date,
      COALESCE(f[1], f[2], f[3]) AS content_id,
      f[4] AS content_type,
      COALESCE(f[5], f[6], f[1]) AS page,
      TRY_CAST(f[7] AS DOUBLE) AS score,
      TRY_CAST(f[8] AS BOOLEAN) AS success,
      hash(event_id, learner_id, event_type, session_id, ts, data) AS fingerprint
    FROM fields`);
  return { unreadable: Number(repeated.unreadable) };
}
