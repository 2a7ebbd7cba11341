/** Where the validation reads raw events: the table and its timestamp column (`ev.ts` in DuckDB, `raw_events."timestamp"` in PostgreSQL). */
export interface RawEventsSource {
  table: string;
  timestamp: string;
}

/**
 * The raw side already summarised, as two queries: `days` gives `event_date, raw_count` (events per UTC day), and
 * `sessions` gives `session_id, first_ts, last_ts` (each session's first and last event). The numbers are those the
 * raw events give; only where they are counted differs.
 */
export interface RawSummarySource {
  days: string;
  sessions: string;
}

const rawDays = (source: RawEventsSource | RawSummarySource) =>
  'days' in source ? source.days : `SELECT CAST(${source.timestamp} AS DATE) AS event_date, count(*) AS raw_count FROM ${source.table} GROUP BY 1`;

const rawDurations = (source: RawEventsSource | RawSummarySource) =>
  'sessions' in source
    ? `SELECT session_id, first_ts, EXTRACT(EPOCH FROM (last_ts - first_ts)) AS calculated_duration FROM (${source.sessions}) s`
    : `SELECT session_id, min(${source.timestamp}) AS first_ts, EXTRACT(EPOCH FROM (max(${source.timestamp}) - min(${source.timestamp}))) AS calculated_duration
    FROM ${source.table} GROUP BY session_id`;

/** A date literal both DuckDB and PostgreSQL read; `date` is checked, as it is written into SQL. */
function dateSql(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`a retention cutoff must be a date YYYY-MM-DD, not "${date}"`);
  return `CAST('${date}' AS DATE)`;
}

/**
 * The first days the validation compares, from the retention watermarks: before them retention deleted rows on
 * purpose, so a difference there is no fault. Absent: every day is compared.
 */
export interface ValidationCutoffs {
  /** Days before this date are not compared by event counts. */
  eventCounts?: string;
  /** Sessions whose first raw event or stored start lies before this date are not compared. */
  sessions?: string;
}

/**
 * Seed 001's two validation queries, in a form that means what the seed intends and runs unchanged on DuckDB and
 * PostgreSQL. The seed's first query joins every raw event to its minute row and sums `total_events` over the join,
 * so a minute holding k events of a learner adds k × k: it reports every day that has a busy minute. Here each side
 * is counted per day first, then compared. The second is the seed's, plus sessions that have raw events but no
 * stored row (the seed's inner join hides them).
 */
export const eventCountMismatchesSql = (source: RawEventsSource | RawSummarySource, cutoffs: ValidationCutoffs = {}) => `
  WITH raw AS (${rawDays(source)}),
  agg AS (SELECT CAST(minute_timestamp AS DATE) AS event_date, sum(total_events) AS aggregated_count FROM minute_metrics GROUP BY 1)
  SELECT CAST(raw.event_date AS VARCHAR) AS event_date, raw.raw_count, COALESCE(agg.aggregated_count, 0) AS aggregated_count
  FROM raw LEFT JOIN agg ON raw.event_date = agg.event_date
  WHERE raw.raw_count <> COALESCE(agg.aggregated_count, 0)${cutoffs.eventCounts === undefined ? '' : ` AND raw.event_date >= ${dateSql(cutoffs.eventCounts)}`}
  ORDER BY 1`;

/**
 * Sessions whose stored duration is more than `toleranceSeconds` off their raw first-to-last event span. Past a
 * sessions cutoff, a session is compared only when both its first raw event and its stored start are on or after it:
 * one that began before it may have lost its first raw events, or its stored row, to retention.
 */
export const durationMismatchesSql = (source: RawEventsSource | RawSummarySource, toleranceSeconds: number, cutoffs: ValidationCutoffs = {}) => `
  WITH raw AS (
    ${rawDurations(source)}
  )
  SELECT raw.session_id, CAST(raw.calculated_duration AS DOUBLE PRECISION) AS calculated_duration,
    CAST(sm.duration_seconds AS DOUBLE PRECISION) AS stored_duration
  FROM raw LEFT JOIN session_metrics sm ON raw.session_id = sm.session_id
  WHERE (sm.session_id IS NULL OR abs(raw.calculated_duration - sm.duration_seconds) > ${toleranceSeconds})${
    cutoffs.sessions === undefined
      ? ''
      : ` AND CAST(raw.first_ts AS DATE) >= ${dateSql(cutoffs.sessions)} AND (sm.session_id IS NULL OR CAST(sm.session_start AS DATE) >= ${dateSql(cutoffs.sessions)})`
  }
  ORDER BY 1`;
