/** Where the validation reads raw events: the table and its timestamp column (`ev.ts` in DuckDB, `raw_events."timestamp"` in PostgreSQL). */
export interface RawEventsSource {
  table: string;
  timestamp: string;
}

/**
 * Seed 001's two validation queries, in a form that means what the seed intends and runs unchanged on DuckDB and
 * PostgreSQL. The seed's first query joins every raw event to its minute row and sums `total_events` over the join,
 * so a minute holding k events of a learner adds k × k: it reports every day that has a busy minute. Here each side
 * is counted per day first, then compared. The second is the seed's, plus sessions that have raw events but no
 * stored row (the seed's inner join hides them).
 */
export const eventCountMismatchesSql = ({ table, timestamp }: RawEventsSource) => `
  WITH raw AS (SELECT CAST(${timestamp} AS DATE) AS event_date, count(*) AS raw_count FROM ${table} GROUP BY 1),
  agg AS (SELECT CAST(minute_timestamp AS DATE) AS event_date, sum(total_events) AS aggregated_count FROM minute_metrics GROUP BY 1)
  SELECT CAST(raw.event_date AS VARCHAR) AS event_date, raw.raw_count, COALESCE(agg.aggregated_count, 0) AS aggregated_count
  FROM raw LEFT JOIN agg ON raw.event_date = agg.event_date
  WHERE raw.raw_count <> COALESCE(agg.aggregated_count, 0)
  ORDER BY 1`;

/** Sessions whose stored duration is more than `toleranceSeconds` off their raw first-to-last event span. */
export const durationMismatchesSql = ({ table, timestamp }: RawEventsSource, toleranceSeconds: number) => `
  WITH raw AS (
    SELECT session_id, EXTRACT(EPOCH FROM (max(${timestamp}) - min(${timestamp}))) AS calculated_duration
    FROM ${table} GROUP BY session_id
  )
  SELECT raw.session_id, CAST(raw.calculated_duration AS DOUBLE PRECISION) AS calculated_duration,
    CAST(sm.duration_seconds AS DOUBLE PRECISION) AS stored_duration
  FROM raw LEFT JOIN session_metrics sm ON raw.session_id = sm.session_id
  WHERE sm.session_id IS NULL OR abs(raw.calculated_duration - sm.duration_seconds) > ${toleranceSeconds}
  ORDER BY 1`;
