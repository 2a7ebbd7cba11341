import type { Queryable } from '../queryable.js';

/**
 * The canonical tables `learnlens dataset` writes, with the indexes the adapter's statements use (org first, then
 * time or user), and `learnlens_audit_log` for exports. Idempotent (IF NOT EXISTS), in the current search_path.
 */
export const canonicalSchemaSql = `
create table if not exists orgs (
  org_id text primary key, name text not null, timezone text not null, score_scale text not null
);
create table if not exists teams (
  team_id text primary key, org_id text not null, name text not null, manager_id text not null
);
create table if not exists users (
  user_id text primary key, org_id text not null, team_id text, role text not null
    check (role in ('admin', 'manager', 'learner')),
  display_name text not null, email text not null, plan text not null, created_at timestamptz not null,
  cohort_id text, academic_year integer
);
-- Seed 003's cohort columns, for a schema created before they existed.
alter table users add column if not exists cohort_id text;
alter table users add column if not exists academic_year integer;
create index if not exists users_org_team on users (org_id, team_id);
create table if not exists activities (
  activity_id text primary key, org_id text not null, title text not null, kind text not null,
  difficulty text not null, category text not null, score_scale text not null,
  difficulty_level integer check (difficulty_level between 1 and 5), times_attempted integer, times_correct integer,
  avg_time_seconds double precision, status text
);
-- Seed 003's question columns, for a schema created before they existed.
alter table activities add column if not exists difficulty_level integer check (difficulty_level between 1 and 5);
alter table activities add column if not exists times_attempted integer;
alter table activities add column if not exists times_correct integer;
alter table activities add column if not exists avg_time_seconds double precision;
alter table activities add column if not exists status text;
create table if not exists assignments (
  assignment_id text primary key, org_id text not null, team_id text not null, activity_id text not null,
  title text not null, assigned_by text not null, assigned_at timestamptz not null, due_at timestamptz not null,
  required boolean not null
);
create index if not exists assignments_org_due on assignments (org_id, due_at);
create table if not exists assignment_assignees (
  assignment_id text not null, org_id text not null, user_id text not null, primary key (assignment_id, user_id)
);
create table if not exists attempts (
  attempt_id text primary key, org_id text not null, user_id text not null, activity_id text not null,
  score double precision, duration_seconds integer, talk_ms integer, listen_ms integer,
  started_at timestamptz not null, ended_at timestamptz,
  goal_band double precision, task1_band double precision, task2_band double precision
);
create index if not exists attempts_org_started on attempts (org_id, started_at);
create index if not exists attempts_org_user_started on attempts (org_id, user_id, started_at);
create table if not exists sessions (
  session_id text primary key, org_id text not null, user_id text not null, session_start timestamptz not null,
  session_end timestamptz not null, duration_seconds double precision not null, total_events integer not null
);
create index if not exists sessions_org_start on sessions (org_id, session_start);
create table if not exists events (
  event_id text primary key, org_id text not null, user_id text not null, session_id text not null,
  attempt_id text, activity_id text, event_type text not null, occurred_at timestamptz not null, payload text not null
);
create index if not exists events_org_type_occurred on events (org_id, event_type, occurred_at);
create index if not exists events_org_occurred on events (org_id, occurred_at);
create table if not exists mastery_deltas (
  delta_id text primary key, org_id text not null, user_id text not null, content_id text not null,
  content_type text not null, previous_mastery double precision not null, current_mastery double precision not null,
  mastery_delta double precision not null, confidence_score double precision not null, evidence_count integer not null,
  session_id text not null, occurred_at timestamptz not null
);
create index if not exists mastery_org_occurred on mastery_deltas (org_id, occurred_at);
create table if not exists question_flags (
  flag_id text primary key, org_id text not null, activity_id text not null, user_id text not null,
  reason text not null, status text not null, created_at timestamptz not null
);
create index if not exists question_flags_org_activity on question_flags (org_id, activity_id, status);
create table if not exists tutoring_sessions (
  session_id text primary key, org_id text not null, tutor_id text not null, student_id text not null,
  scheduled_start timestamptz not null, scheduled_end timestamptz not null, actual_start timestamptz,
  actual_end timestamptz, topics_covered text not null
);
create index if not exists tutoring_sessions_org_start on tutoring_sessions (org_id, scheduled_start);
create table if not exists ai_usage_log (
  id text primary key, org_id text not null, user_id text, operation_type text not null, model text not null,
  tokens_input integer, tokens_output integer, cost_usd double precision, duration_ms integer, success boolean not null,
  created_at timestamptz not null
);
create index if not exists ai_usage_log_org_created on ai_usage_log (org_id, created_at);
create table if not exists spaced_repetition (
  card_id text primary key, org_id text not null, user_id text not null, activity_id text not null,
  ease_factor double precision not null, interval_days integer not null, repetitions integer not null,
  next_review_at timestamptz not null, last_reviewed_at timestamptz not null, unique (user_id, activity_id)
);
create index if not exists spaced_repetition_org_user on spaced_repetition (org_id, user_id, next_review_at);
create table if not exists learnlens_audit_log (
  audit_id text primary key, at timestamptz not null, org_id text not null, user_id text not null, role text not null,
  action text not null, format text not null, row_count bigint not null, query text not null, params jsonb not null
);
create index if not exists learnlens_audit_log_org_at on learnlens_audit_log (org_id, at);
`;

/** Creates the canonical tables (and the audit log) if they do not exist yet. */
export async function createCanonicalSchema(db: Queryable): Promise<void> {
  await db.query(canonicalSchemaSql);
}
