import type { DuckDBConnection } from '@duckdb/node-api';
import { rawEventColumns } from '../rawEvent.js';
import { sqlString } from './sqlText.js';

/**
 * Reads raw event files (the `raw_events` CSV that `ingest` writes, or Parquet/CSV files in the same columns, in a
 * date-partitioned tree or not) into the temporary table `ev`: one row per `event_id` (a re-delivered event is kept
 * once: the first processed), instants as UTC `TIMESTAMP`s, and the payload fields the metrics read pulled out.
 * Rows whose timestamp cannot be read are counted in `unreadable` and left out.
 */
export async function loadEvents(db: DuckDBConnection, files: { csv: string[]; parquet: string[] }): Promise<{ unreadable: number }> {
  const columns = rawEventColumns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  const sources: string[] = [];
  if (files.csv.length > 0) {
    sources.push(
      `SELECT ${rawEventColumns.map((c) => `"${c}"`).join(', ')} FROM read_csv([${files.csv.map(sqlString).join(', ')}], header = true, columns = {${columns}}, quote = '"', escape = '"', nullstr = '', auto_detect = false)`,
    );
  }
  if (files.parquet.length > 0) {
    sources.push(
      `SELECT ${rawEventColumns.map((c) => `CAST("${c}" AS VARCHAR) AS "${c}"`).join(', ')} FROM read_parquet([${files.parquet.map(sqlString).join(', ')}], union_by_name = true)`,
    );
  }
  const empty = `SELECT ${rawEventColumns.map((c) => `CAST(NULL AS VARCHAR) AS "${c}"`).join(', ')} WHERE false`;
  await db.run(`CREATE OR REPLACE TEMP TABLE raw_input AS ${sources.length > 0 ? sources.join(' UNION ALL ') : empty}`);
  await db.run(`CREATE OR REPLACE TEMP TABLE ev AS
    WITH typed AS (
      SELECT learner_id, event_type, event_id, session_id,
        CAST(TRY_CAST("timestamp" AS TIMESTAMPTZ) AS TIMESTAMP) AS ts,
        COALESCE(data, '{}') AS data,
        CAST(TRY_CAST(processed_at AS TIMESTAMPTZ) AS TIMESTAMP) AS processed_at,
        TRY_CAST(partition_date AS DATE) AS partition_date,
        s3_path
      FROM raw_input
    ), ranked AS (
      SELECT * FROM typed WHERE ts IS NOT NULL
      -- A window, not DISTINCT ON ... ORDER BY (which ran out of memory on 10M events: it cannot spill). Rows are
      -- read in parallel, in no set order: the row's contents break the last ties, so the copy kept never varies.
      QUALIFY row_number() OVER (PARTITION BY event_id
        ORDER BY processed_at NULLS LAST, s3_path, ts, data, learner_id, event_type, session_id, partition_date) = 1
    )
    SELECT learner_id, event_type, event_id, session_id, ts, data,
      COALESCE(processed_at, ts) AS processed_at,
      COALESCE(partition_date, CAST(ts AS DATE)) AS partition_date,
      COALESCE(json_extract_string(data, '$.content_id'), json_extract_string(data, '$.lesson_id'), json_extract_string(data, '$.assessment_id')) AS content_id,
      json_extract_string(data, '$.content_type') AS content_type,
      COALESCE(json_extract_string(data, '$.page'), json_extract_string(data, '$.url'), json_extract_string(data, '$.content_id')) AS page,
      TRY_CAST(json_extract_string(data, '$.score') AS DOUBLE) AS score,
      TRY_CAST(json_extract_string(data, '$.success') AS BOOLEAN) AS success,
      hash(event_id, learner_id, event_type, session_id, ts, data) AS fingerprint
    FROM ranked`);
  const reader = await db.runAndReadAll(`SELECT count(*) FILTER (WHERE CAST(TRY_CAST("timestamp" AS TIMESTAMPTZ) AS TIMESTAMP) IS NULL) AS n FROM raw_input`);
  return { unreadable: Number(reader.getRowObjectsJS()[0]?.n ?? 0) };
}
