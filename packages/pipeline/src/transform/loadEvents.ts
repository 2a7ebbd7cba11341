import type { DuckDBConnection } from '@duckdb/node-api';
import { rawEventColumns } from '../rawEvent.js';
import { csvBufferBytes, memoryBudget, type MemoryBudget } from './memoryBudget.js';
import { sqlString } from './sqlText.js';

// The columns the transform reads: `metadata` and `version` are carried by the files but used by no metric.
const readColumns = ['learner_id', 'event_type', 'event_id', 'session_id', 'timestamp', 'data', 'processed_at', 'partition_date', 's3_path'] as const;

/** One SELECT over every raw event file, each column as text (the files are read where they lie, never copied). */
function rawSourceSql(files: { csv: string[]; parquet: string[] }, bufferBytes: number): string {
  const columns = rawEventColumns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  const sources: string[] = [];
  if (files.csv.length > 0) {
    sources.push(
      `SELECT ${readColumns.map((c) => `"${c}"`).join(', ')} FROM read_csv([${files.csv.map(sqlString).join(', ')}], header = true, columns = {${columns}}, quote = '"', escape = '"', nullstr = '', auto_detect = false, buffer_size = ${bufferBytes})`,
    );
  }
  if (files.parquet.length > 0) {
    sources.push(
      `SELECT ${readColumns.map((c) => `CAST("${c}" AS VARCHAR) AS "${c}"`).join(', ')} FROM read_parquet([${files.parquet.map(sqlString).join(', ')}], union_by_name = true)`,
    );
  }
  return sources.length > 0 ? sources.join(' UNION ALL ') : `SELECT ${readColumns.map((c) => `CAST(NULL AS VARCHAR) AS "${c}"`).join(', ')} WHERE false`;
}

// An instant as a UTC TIMESTAMP. Strings ending in `Z` (what `ingest` writes, and most feeds) are read by the plain
// TIMESTAMP cast, which gives the same instant as the time-zone-aware one for them at a fraction of the cost; any
// other string (an offset, a zone name) goes through TIMESTAMPTZ, which applies it.
const instant = (column: string) =>
  `CASE WHEN ends_with(${column}, 'Z') THEN TRY_CAST(${column} AS TIMESTAMP) ELSE CAST(TRY_CAST(${column} AS TIMESTAMPTZ) AS TIMESTAMP) END`;

// The payload fields the metrics read, pulled out of `data` with one parse per event (a list of paths), not one each.
const payloadPaths = ['$.content_id', '$.lesson_id', '$.assessment_id', '$.content_type', '$.page', '$.url', '$.score', '$.success'];

// The fields as a list, or NULL when `data` is not JSON: TRY turns the parse error that would end the whole run into a
// NULL for that row alone (measured over 1M events: about 0.04 s of CPU more than the bare parse, under 1% of a first
// run; only a vector holding a bad row is parsed again row by row). Any JSON gives a list, of NULLs if need be.
const payloadFields = (column: string) => `TRY(json_extract_string(${column}, [${payloadPaths.map(sqlString).join(', ')}]))`;

/** Raw rows (`source`, a SELECT of the read columns as text) typed, as the ordering of re-delivered copies reads them. */
const typedSql = (source: string) => `SELECT learner_id, event_type, event_id, session_id, ${instant('"timestamp"')} AS ts, COALESCE(data, '{}') AS data,
      ${instant('processed_at')} AS processed_at, TRY_CAST(partition_date AS DATE) AS partition_date, s3_path
    FROM (${source})`;

/** The columns of `ev` from typed rows (`kept`), the payload's fields pulled out. */
// A row whose payload cannot be read gets no instant: it is then counted and left out with those whose timestamp cannot be.
const eventColumnsSql = (kept: string, keepPayload: boolean) => `WITH fields AS (SELECT *, ${payloadFields('data')} AS f FROM (${kept}))
    SELECT learner_id, event_type, event_id, session_id, CASE WHEN f IS NOT NULL THEN ts END AS ts,${keepPayload ? ' data,' : ''}
      COALESCE(processed_at, ts) AS processed_at,
      COALESCE(partition_date, CAST(ts AS DATE)) AS partition_date,
      COALESCE(f[1], f[2], f[3]) AS content_id,
      f[4] AS content_type,
      COALESCE(f[5], f[6], f[1]) AS page,
      TRY_CAST(f[7] AS DOUBLE) AS score,
      TRY_CAST(f[8] AS BOOLEAN) AS success,
      hash(event_id, learner_id, event_type, session_id, ts, data) AS fingerprint
    FROM fields`;

/**
 * Reads raw event files (the `raw_events` CSV that `ingest` writes, or Parquet/CSV files in the same columns, in a
 * date-partitioned tree or not) into the temporary table `ev`: one row per `event_id` (a re-delivered event is kept
 * once: the first processed), instants as UTC `TIMESTAMP`s, and the payload fields the metrics read pulled out.
 * Rows whose timestamp or payload (`data` that is not JSON) cannot be read are counted in `unreadable` and left out. The payload itself (`data`) is kept
 * only with `keepPayload` (the canonical `events` carry it): the metrics read the fields pulled out of it, and
 * without it the table is about a third narrower, which is what spills to disk on large inputs.
 *
 * The files are scanned once into `ev`, every row as it is read. Ids that occur more than once among the readable
 * rows are then found from `ev` itself (grouping 64-bit hashes of the ids, then the few candidates by the ids
 * themselves); only when there are some are the files read again, for those ids alone, so that the ordering that
 * picks the copy to keep sees every column of each copy, and their rows in `ev` are replaced by the copies kept.
 * Sorting all events by id (one window over every row) was once the transform's costliest step; a separate scan of
 * every id before the load was the next.
 */
export async function loadEvents(
  db: DuckDBConnection,
  files: { csv: string[]; parquet: string[] },
  /** `budget`: the connection's, when the caller has read it already (else read here). */
  options: { keepPayload?: boolean; budget?: MemoryBudget } = {},
): Promise<{ unreadable: number }> {
  const source = rawSourceSql(files, csvBufferBytes(options.budget ?? (await memoryBudget(db))));
  const keepPayload = options.keepPayload ?? false;
  await db.run(`CREATE OR REPLACE TEMP TABLE ev AS ${eventColumnsSql(typedSql(source), keepPayload)}`);
  const unreadable = Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ev WHERE ts IS NULL`)).getRowObjectsJS()[0]!.n);
  if (unreadable > 0) await db.run(`DELETE FROM ev WHERE ts IS NULL`);
  // NULL event ids form one group, as they formed one window partition before (hash(NULL) is one value too).
  // Hashes seen twice first: with none (the usual case) no id repeats, and `ev` is not scanned a second time.
  await db.run(`CREATE OR REPLACE TEMP TABLE ev_repeated_hashes AS SELECT hash(event_id) AS h FROM ev GROUP BY 1 HAVING count(*) > 1`);
  const candidates = Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ev_repeated_hashes`)).getRowObjectsJS()[0]!.n);
  await db.run(`CREATE OR REPLACE TEMP TABLE ev_repeated AS
    SELECT event_id FROM ev WHERE ${candidates > 0 ? 'hash(event_id) IN (SELECT h FROM ev_repeated_hashes)' : 'false'}
    GROUP BY event_id HAVING count(*) > 1`);
  await db.run(`DROP TABLE ev_repeated_hashes`);
  const repeated = candidates > 0 ? Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ev_repeated`)).getRowObjectsJS()[0]!.n) : 0;
  if (repeated > 0) {
    const isRepeated = (alias: string) => `EXISTS (SELECT 1 FROM ev_repeated r WHERE r.event_id IS NOT DISTINCT FROM ${alias}.event_id)`;
    // The copies are set apart first, so the window that picks one runs over them alone, not beside the files' reader.
    await db.run(`CREATE OR REPLACE TEMP TABLE ev_copies AS SELECT * FROM (${source}) raw WHERE ${isRepeated('raw')}`);
    const copies = `SELECT * FROM ev_copies`;
    // Unreadable copies were left out of `ev`; they stay out of the choice of the copy to keep too.
    const kept = `SELECT * FROM (${typedSql(copies)}) WHERE ts IS NOT NULL AND ${payloadFields('data')} IS NOT NULL
      -- Rows are read in parallel, in no set order: the row's contents break the last ties, so the copy kept never varies.
      QUALIFY row_number() OVER (PARTITION BY event_id
        ORDER BY processed_at NULLS LAST, s3_path, ts, data, learner_id, event_type, session_id, partition_date) = 1`;
    await db.run(`DELETE FROM ev WHERE ${isRepeated('ev')}`);
    await db.run(`INSERT INTO ev ${eventColumnsSql(kept, keepPayload)}`);
    await db.run(`DROP TABLE ev_copies`);
  }
  return { unreadable };
}
