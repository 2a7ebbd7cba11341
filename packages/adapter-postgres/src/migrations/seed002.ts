import type { Queryable } from '../queryable.js';

/**
 * Seed 002's star schema (docs "Reporting and Analytics"), with the changes a real server forces: ids are text, so
 * any id type the host uses (uuid or not) fits; the generated `date_key` (started_at::date, which PostgreSQL rejects
 * as not immutable for timestamptz) is dropped, and its indexes are on started_at instead; fact_kpi_events.attempt_id
 * references the fact table (the seed's `scenario_attempts` is the app's own table); `user_role` holds the seed's
 * three roles. Plus what the star schema has no table for: `teams` (with `dim_users.team_id`), `assignments` and
 * `assignment_assignees` for the manager and trainee dashboards, and `learnlens_audit_log` for exports.
 */
export const seed002TablesSql = `
do $$ begin
  create type user_role as enum ('admin', 'manager', 'trainee');
exception when duplicate_object then null;
end $$;

create table if not exists fact_scenario_attempts (
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
create index if not exists idx_fact_attempts_org_date on fact_scenario_attempts(org_id, started_at);
create index if not exists idx_fact_attempts_user_date on fact_scenario_attempts(org_id, user_id, started_at);
create index if not exists idx_fact_attempts_scenario on fact_scenario_attempts(org_id, scenario_id);

create table if not exists fact_kpi_events (
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
create index if not exists idx_fact_kpi_events_org_type on fact_kpi_events(org_id, event_type);

create table if not exists dim_users (
  user_id text primary key,
  org_id text not null,
  name text,
  email text,
  role user_role,
  created_at timestamptz,
  updated_at timestamptz default now()
);
create index if not exists idx_dim_users_org on dim_users(org_id);

create table if not exists dim_scenarios (
  scenario_id text primary key,
  org_id text not null,
  title text,
  difficulty text,
  category text,
  created_at timestamptz,
  updated_at timestamptz default now()
);

-- Teams and assignments: the seed's manager dashboard reads "users managed by this manager" (getTeamUserIds) and
-- tracks assigned scenarios with due dates, required or optional, but its star schema has no table for either.
create table if not exists teams (
  team_id text primary key,
  org_id text not null,
  name text,
  manager_id text not null
);
create index if not exists idx_teams_org on teams(org_id, manager_id);
alter table dim_users add column if not exists team_id text;
create index if not exists idx_dim_users_team on dim_users(org_id, team_id);

create table if not exists assignments (
  assignment_id text primary key,
  org_id text not null,
  team_id text not null,
  scenario_id text not null,
  title text,
  assigned_by text,
  assigned_at timestamptz not null,
  due_at timestamptz not null,
  required boolean not null default true
);
create index if not exists idx_assignments_org_due on assignments(org_id, due_at);

create table if not exists assignment_assignees (
  assignment_id text not null references assignments(assignment_id) on delete cascade,
  org_id text not null,
  user_id text not null,
  primary key (assignment_id, user_id)
);
create index if not exists idx_assignment_assignees_org_user on assignment_assignees(org_id, user_id);

create table if not exists learnlens_audit_log (
  audit_id text primary key, at timestamptz not null, org_id text not null, user_id text not null, role text not null,
  action text not null, format text not null, row_count bigint not null, query text not null, params jsonb not null
);
`;

/** Seed 002's three materialized views, verbatim, each with the unique index REFRESH … CONCURRENTLY needs. */
export const seed002ViewsSql = `
create materialized view if not exists mv_leaderboard_month as
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
group by org_id, user_id, date_trunc('month', started_at);
create unique index if not exists mv_leaderboard_month_key on mv_leaderboard_month(org_id, user_id, month);

create materialized view if not exists mv_org_overview as
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
group by org_id;
create unique index if not exists mv_org_overview_key on mv_org_overview(org_id);

create materialized view if not exists mv_scenario_insights as
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
group by org_id, scenario_id;
create unique index if not exists mv_scenario_insights_key on mv_scenario_insights(org_id, scenario_id);
`;

/** `refresh_reporting_views()` as the seed calls it: refreshes the three views concurrently (readers are not blocked). */
export const refreshReportingViewsSql = `
create or replace function refresh_reporting_views() returns void
language plpgsql as $$
begin
  refresh materialized view concurrently mv_leaderboard_month;
  refresh materialized view concurrently mv_org_overview;
  refresh materialized view concurrently mv_scenario_insights;
end;
$$;
`;

/** Seed 002's migrations in order: tables and indexes, materialized views, the refresh function. */
export const seed002Migrations: readonly string[] = [seed002TablesSql, seed002ViewsSql, refreshReportingViewsSql];

/** Runs `seed002Migrations` as one multi-statement query, which PostgreSQL applies atomically. */
export async function migrateSeed002(db: Queryable): Promise<void> {
  await db.query(seed002Migrations.join('\n'));
}
