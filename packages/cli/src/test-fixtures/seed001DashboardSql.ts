// Reference SQL for seed 001's four Looker dashboards, written by hand over seed 001's own tables (RAW.raw_events,
// ANALYTICS.session_metrics, minute_metrics, mastery_deltas) on PostgreSQL — not over Learnlens's canonical tables.
// The seed names the dashboards but gives no SQL for them; each query follows the catalog entry's definition.
// Parameters: $1 the IANA time zone, $2 the first local day included, $3 the first local day excluded.

/** A timestamp column of seed 001 (UTC, without zone) as local wall time in $1. */
const local = (column: string) => `((${column} AT TIME ZONE 'UTC') AT TIME ZONE $1)`;
const inRange = (column: string) => `${local(column)}::date >= $2::date AND ${local(column)}::date < $3::date`;
/** The content item of a raw event, as the pipeline reads it (docs/pipeline.md: content_id, else lesson_id / assessment_id). */
const item = `coalesce(data->>'content_id', data->>'lesson_id', data->>'assessment_id')`;
const starts = `('lesson_start', 'assessment_start', 'attempt_started')`;
const completions = `('lesson_complete', 'assessment_complete', 'attempt_completed')`;

/** engagement: DAU/WAU/MAU per local day of [$2, $3) up to the local day of $4 (now); events; sessions started and hours. */
export const engagementSql = `
SELECT * FROM (
WITH active AS (SELECT DISTINCT learner_id, ${local('"timestamp"')}::date AS day FROM raw.raw_events),
cal AS (
  SELECT d::date AS day FROM generate_series($2::date, least($3::date - 1, ${local('$4::timestamptz AT TIME ZONE \'UTC\'')}::date), interval '1 day') AS d
)
SELECT to_char(cal.day, 'YYYY-MM-DD') AS day,
  (SELECT count(DISTINCT learner_id) FROM active WHERE active.day = cal.day)::int AS dau,
  (SELECT count(DISTINCT learner_id) FROM active WHERE active.day BETWEEN cal.day - 6 AND cal.day)::int AS wau,
  (SELECT count(DISTINCT learner_id) FROM active WHERE active.day BETWEEN cal.day - 29 AND cal.day)::int AS mau,
  (SELECT count(*) FROM raw.raw_events r WHERE ${local('r."timestamp"')}::date = cal.day)::int AS events,
  (SELECT count(*) FROM analytics.session_metrics s WHERE ${local('s.session_start')}::date = cal.day)::int AS sessions,
  (SELECT coalesce(sum(duration_seconds), 0)::float8 / 3600 FROM analytics.session_metrics s WHERE ${local('s.session_start')}::date = cal.day) AS "hoursSpent"
FROM cal
) days WHERE mau > 0 ORDER BY day`;

/** contentPerformance: per content item of the raw events in [$2, $3). */
export const contentPerformanceSql = `
WITH e AS (
  SELECT learner_id, session_id, event_type, "timestamp" AS ts, ${item} AS item,
    CASE WHEN jsonb_typeof(data->'score') = 'number' THEN (data->>'score')::float8 END AS score
  FROM raw.raw_events WHERE ${inRange('"timestamp"')}
),
visits AS (
  SELECT item, avg(extract(epoch FROM last - first)::float8) AS seconds
  FROM (SELECT item, min(ts) AS first, max(ts) AS last FROM e WHERE item IS NOT NULL GROUP BY learner_id, session_id, item) v
  GROUP BY item
)
SELECT e.item AS "contentId", count(DISTINCT learner_id)::int AS learners,
  count(*) FILTER (WHERE event_type IN ${starts})::int AS starts,
  count(*) FILTER (WHERE event_type IN ${completions})::int AS completions,
  count(DISTINCT learner_id) FILTER (WHERE event_type IN ${completions})::float8 / count(DISTINCT learner_id) AS "completionRate",
  avg(score) FILTER (WHERE event_type = 'assessment_complete') AS "avgAssessmentScore",
  max(visits.seconds) AS "avgTimeSeconds"
FROM e JOIN visits ON visits.item = e.item
WHERE e.item IS NOT NULL
GROUP BY e.item
ORDER BY e.item COLLATE "C"`;

const kinds = [
  ['lesson_start', 'lesson_complete'],
  ['assessment_start', 'assessment_complete'],
  ['attempt_started', 'attempt_completed'],
] as const;

/**
 * sessionQuality: the sessions of session_metrics started in [$2, $3) per local day; the completion rate from each
 * session's raw events (session_metrics.completion_rate's rule, with attempts as a third kind); errors from
 * minute_metrics.
 */
export const sessionQualitySql = `
WITH s AS (
  SELECT session_id, ${local('session_start')}::date AS day, duration_seconds::float8 AS d, total_events AS n
  FROM analytics.session_metrics WHERE ${inRange('session_start')}
),
k AS (
  SELECT session_id, ${kinds.map(([a, b], i) => `count(*) FILTER (WHERE event_type = '${a}') AS s${i}, count(*) FILTER (WHERE event_type = '${b}') AS c${i}`).join(', ')}
  FROM raw.raw_events GROUP BY session_id
),
errs AS (SELECT session_id, sum(errors) AS errors FROM analytics.minute_metrics GROUP BY session_id),
j AS (
  SELECT s.*, coalesce(errs.errors, 0) AS errors,
    CASE WHEN ${kinds.map((_, i) => `k.s${i} + k.c${i}`).join(' + ')} > 0
      THEN (${kinds.map((_, i) => `k.c${i}`).join(' + ')})::float8 / (${kinds.map((_, i) => `greatest(k.s${i}, k.c${i})`).join(' + ')}) END AS rate
  FROM s LEFT JOIN k ON k.session_id = s.session_id LEFT JOIN errs ON errs.session_id = s.session_id
)
SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS sessions, avg(d) AS "avgDurationSeconds",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS "medianDurationSeconds",
  ARRAY[count(*) FILTER (WHERE d < 60), count(*) FILTER (WHERE d >= 60 AND d < 300), count(*) FILTER (WHERE d >= 300 AND d < 900),
    count(*) FILTER (WHERE d >= 900 AND d < 1800), count(*) FILTER (WHERE d >= 1800 AND d < 3600), count(*) FILTER (WHERE d >= 3600)]::int[] AS "durationBuckets",
  avg(n)::float8 AS "avgEventsPerSession", avg(rate) AS "completionRate",
  count(*) FILTER (WHERE errors > 0)::float8 / count(*) AS "errorShare"
FROM j GROUP BY day ORDER BY day`;

/** masteryProgression: per learner and local ISO week, content items whose mastery crossed $4 from below. */
export const masteryProgressionSql = `
SELECT learner_id AS "learnerId", to_char(date_trunc('week', ${local('"timestamp"')}), 'YYYY-MM-DD') AS "bucketStart",
  count(DISTINCT content_id)::int AS "itemsCrossed"
FROM analytics.mastery_deltas
WHERE ${inRange('"timestamp"')} AND previous_mastery < $4 AND $4 <= current_mastery
GROUP BY 1, 2 ORDER BY 2, learner_id COLLATE "C"`;
