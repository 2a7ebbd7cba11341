/**
 * Seed 001's two validation queries, in a form that means what the seed intends. The seed's first query joins every
 * raw event to its minute row and sums `total_events` over the join, so a minute holding k events of a learner adds
 * k × k: it reports every day that has a busy minute. Here each side is counted per day first, then compared. The
 * second query is the seed's, plus sessions that have raw events but no stored row (the seed's inner join hides them).
 * Both read `ev` (raw events: `ts`, `learner_id`, `session_id`), `minute_metrics` and `session_metrics`.
 */
export const eventCountMismatchesSql = `
  WITH raw AS (SELECT CAST(ts AS DATE) AS event_date, count(*) AS raw_count FROM ev GROUP BY 1),
  agg AS (SELECT CAST(minute_timestamp AS DATE) AS event_date, sum(total_events) AS aggregated_count FROM minute_metrics GROUP BY 1)
  SELECT strftime(raw.event_date, '%Y-%m-%d') AS event_date, raw.raw_count, COALESCE(agg.aggregated_count, 0) AS aggregated_count
  FROM raw LEFT JOIN agg USING (event_date)
  WHERE raw.raw_count <> COALESCE(agg.aggregated_count, 0)
  ORDER BY 1`;

/** Sessions whose stored duration is more than `toleranceSeconds` off their raw first-to-last event span. */
export const durationMismatchesSql = (toleranceSeconds: number) => `
  WITH raw AS (SELECT session_id, date_diff('second', min(ts), max(ts)) AS calculated_duration FROM ev GROUP BY session_id)
  SELECT raw.session_id, raw.calculated_duration, CAST(sm.duration_seconds AS DOUBLE) AS stored_duration
  FROM raw LEFT JOIN session_metrics sm ON raw.session_id = sm.session_id
  WHERE sm.session_id IS NULL OR abs(raw.calculated_duration - sm.duration_seconds) > ${toleranceSeconds}
  ORDER BY 1`;
