// Seed 002's SQL (docs "Reporting and Analytics"), copied character for
// character. Only the placeholders are substituted, by `bindSeedSql`: the
// seed's literal org 'org_abc123' becomes $1 and now() becomes the query's
// fixed `now`, so results are reproducible.

/**
 * Seed 002's tables. Changes from its DDL, all forced: ids are text (ours are not uuids); the generated
 * `date_key` is dropped (PostgreSQL rejects `started_at::date` of a timestamptz as not immutable);
 * fact_kpi_events.attempt_id references fact_scenario_attempts, since the seed's `scenario_attempts`
 * is the app's own table and outside the star schema; `user_role` is declared with our three roles.
 */
export const seed002Tables = `
create type user_role as enum ('admin', 'manager', 'learner');

create table fact_scenario_attempts (
  attempt_id text primary key,
  org_id text not null,
  user_id text not null,
  scenario_id text,
  score numeric,
  duration_seconds int,
  talk_ms int,
  listen_ms int,
  started_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz default now()
);

create table fact_kpi_events (
  id text primary key,
  attempt_id text references fact_scenario_attempts(attempt_id) on delete cascade,
  org_id text not null,
  user_id text not null,
  scenario_id text,
  event_type text not null,
  event_value jsonb,
  timestamp_ms int,
  created_at timestamptz default now()
);

create table dim_users (
  user_id text primary key,
  org_id text not null,
  name text,
  email text,
  role user_role,
  created_at timestamptz,
  updated_at timestamptz default now()
);
`;

/** `mv_leaderboard_month`, verbatim. */
export const mvLeaderboardMonth = `create materialized view mv_leaderboard_month as
select
  org_id,
  user_id,
  date_trunc('month', started_at) as month,
  avg(score) as avg_score,
  count(*) as attempts,
  sum(duration_seconds) as total_duration,
  avg(talk_ms::float / (talk_ms + listen_ms) * 100) as avg_talk_percentage
from fact_scenario_attempts
where score is not null
group by org_id, user_id, date_trunc('month', started_at);`;

/**
 * The leaderboard query on `mv_leaderboard_month`, verbatim except that total_duration and
 * avg_talk_percentage are added to the select list (the view holds them; the widget shows them) and
 * ties are ordered by user_id, as the catalog orders them.
 */
export const leaderboardQuery = `select
  user_id,
  avg_score,
  attempts,
  total_duration, avg_talk_percentage,
  rank() over (partition by org_id, month order by avg_score desc) as rank
from mv_leaderboard_month
where org_id = 'org_abc123'
  and month = date_trunc('month', now())
order by rank, user_id;`;

/** `mv_org_overview`, verbatim. */
export const mvOrgOverview = `create materialized view mv_org_overview as
select
  org_id,
  count(distinct user_id) as active_users,
  count(*) as total_attempts,
  avg(score) as avg_score,
  max(ended_at) as last_activity,
  count(*) filter (where ended_at >= now() - interval '7 days') as attempts_this_week,
  count(*) filter (where ended_at >= now() - interval '30 days') as attempts_this_month
from fact_scenario_attempts
where ended_at is not null
group by org_id;`;

/** The overview query, verbatim. */
export const orgOverviewQuery = `select * from mv_org_overview where org_id = 'org_abc123';`;

/** `mv_scenario_insights`, verbatim. */
export const mvScenarioInsights = `create materialized view mv_scenario_insights as
select
  org_id,
  scenario_id,
  count(*) as attempt_count,
  avg(score) as avg_score,
  stddev(score) as score_stddev,
  avg(duration_seconds) as avg_duration,
  percentile_cont(0.5) within group (order by score) as median_score,
  max(ended_at) as last_attempted
from fact_scenario_attempts
where score is not null
group by org_id, scenario_id;`;

/** "Average score by month", verbatim. */
export const averageScoreByMonth = `select
  date_trunc('month', started_at) as month,
  avg(score) as avg_score,
  count(*) as attempts
from fact_scenario_attempts
where org_id = 'org_abc123'
group by date_trunc('month', started_at)
order by month desc;`;

/** "Filler word frequency over time", verbatim. */
export const fillerWordFrequency = `select
  date_trunc('week', a.started_at) as week,
  count(*) as filler_count,
  count(distinct e.attempt_id) as attempts_with_fillers
from fact_kpi_events e
join fact_scenario_attempts a on e.attempt_id = a.attempt_id
where e.org_id = 'org_abc123'
  and e.event_type = 'filler_word'
group by date_trunc('week', a.started_at)
order by week;`;

/**
 * The admin heatmap's daily counts (seed 002 "calendar heatmap of daily attempts"; the seed gives no SQL, so
 * this is the plain reading: calendar day of started_at in the viewer's zone, $2).
 */
export const dailyAttempts = `select (started_at at time zone $2)::date as day, count(*) as attempts, count(distinct user_id) as active_users
from fact_scenario_attempts
where org_id = 'org_abc123'
group by 1
order by 1;`;

/**
 * Binds a seed statement: its literal org becomes $1, and `now()` the timestamp `now` (a literal, since
 * materialized views take no parameters; `now` is checked to be an ISO instant, so nothing else gets in).
 */
export function bindSeedSql(sql: string, now?: string): string {
  let bound = sql.replaceAll("'org_abc123'", '$1');
  if (now !== undefined) {
    if (Number.isNaN(Date.parse(now)) || !/^[0-9T:.+Z-]+$/.test(now)) throw new Error(`not an ISO instant: ${now}`);
    bound = bound.replaceAll('now()', `'${now}'::timestamptz`);
  }
  return bound;
}
