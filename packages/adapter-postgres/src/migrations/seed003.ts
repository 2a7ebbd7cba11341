import { quoteIdent } from '../identifiers.js';
import type { Queryable } from '../queryable.js';

/**
 * Seed 003's (TutorAssist's) own tables, as far as the seed spells them out, in schema `schema`: `workspaces`,
 * `workspace_members`, `student_profiles` (with Action 13's `academic_year`, `cohort_id`), `topics` (name and
 * `metadata`, which holds Action 12's `mastery_threshold`), `questions` (1–5 `difficulty`, `topic_id`, `status`, the
 * counters `update_question_stats()` keeps), `attempts`, `question_flags`, `assignments` (a collection of questions
 * for one student, `assignment_items`), `sessions` (with Action 11's actual start/end and `topics_covered`),
 * `ai_usage_log` (Action 9) and `spaced_repetition` (SM-2). Where the seed names no column, the names are the ones
 * its prose uses. Ids are text here, so a uuid or any other id fits. Plus `learnlens_audit_log` for exports.
 * Idempotent (IF NOT EXISTS). The seed keeps its tables in `public`; a separate schema lets them sit beside the
 * canonical tables, whose names (`attempts`, `sessions`, …) they share.
 */
export function seed003TablesSql(schema: string): string {
  const s = quoteIdent(schema, 'schema');
  return `
create schema if not exists ${s};
create table if not exists ${s}.workspaces (id text primary key, name text not null, timezone text);
create table if not exists ${s}.workspace_members (
  workspace_id text not null references ${s}.workspaces, user_id text not null,
  role text not null check (role in ('owner', 'tutor', 'student')), display_name text,
  primary key (workspace_id, user_id)
);
create table if not exists ${s}.student_profiles (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, user_id text not null, name text,
  academic_year integer, cohort_id text, cohort_name text, unique (workspace_id, user_id)
);
create index if not exists idx_student_profiles_cohort on ${s}.student_profiles (workspace_id, cohort_id, academic_year);
create table if not exists ${s}.topics (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, name text not null, metadata jsonb default '{}'::jsonb
);
create table if not exists ${s}.questions (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, prompt_text text,
  difficulty integer check (difficulty between 1 and 5), topic_id text references ${s}.topics, status text not null default 'active',
  origin text default 'manual', times_attempted integer not null default 0, times_correct integer not null default 0,
  avg_time_seconds double precision, created_at timestamptz default now(), updated_at timestamptz default now()
);
create table if not exists ${s}.attempts (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, student_user_id text not null,
  question_id text not null references ${s}.questions, assignment_id text, is_correct boolean,
  time_spent_seconds integer, submitted_at timestamptz not null default now(), context_json jsonb default '{}'::jsonb
);
create table if not exists ${s}.question_flags (
  id text primary key default gen_random_uuid()::text, question_id text not null references ${s}.questions, student_user_id text not null,
  reason text not null, status text not null default 'open', created_at timestamptz not null default now()
);
create table if not exists ${s}.assignments (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, created_by text not null, student_user_id text not null,
  title text not null, status text not null default 'active', due_at timestamptz, created_at timestamptz not null default now(),
  completed_at timestamptz
);
create table if not exists ${s}.assignment_items (
  assignment_id text not null references ${s}.assignments, question_id text not null references ${s}.questions,
  order_index integer not null default 0, primary key (assignment_id, question_id)
);
create table if not exists ${s}.sessions (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, tutor_user_id text not null, student_user_id text not null,
  scheduled_start timestamptz not null, scheduled_end timestamptz not null, actual_start timestamptz,
  actual_end timestamptz, topics_covered text[], session_metadata jsonb default '{}'::jsonb
);
create table if not exists ${s}.ai_usage_log (
  id text primary key default gen_random_uuid()::text, workspace_id text, user_id text, operation_type text not null, model text not null,
  tokens_input integer, tokens_output integer, tokens_total integer, cost_usd decimal(10, 6), duration_ms integer,
  success boolean default true, error_message text, metadata jsonb default '{}'::jsonb, created_at timestamptz default now()
);
create index if not exists idx_ai_usage_workspace on ${s}.ai_usage_log (workspace_id, created_at);
create index if not exists idx_ai_usage_operation on ${s}.ai_usage_log (operation_type, created_at);
create table if not exists ${s}.spaced_repetition (
  id text primary key default gen_random_uuid()::text, workspace_id text not null, student_user_id text not null,
  question_id text not null references ${s}.questions, ease_factor double precision not null default 2.5,
  interval_days integer not null default 0, repetitions integer not null default 0, next_review timestamptz not null,
  last_reviewed timestamptz, unique (student_user_id, question_id)
);
create table if not exists ${s}.learnlens_audit_log (
  audit_id text primary key, at timestamptz not null, org_id text not null, user_id text not null, role text not null,
  action text not null, format text not null, row_count bigint not null, query text not null, params jsonb not null
);
`;
}

/**
 * The read-only views the seed 003 preset reads TutorAssist's tutors and assignments through, over the seed's tables in
 * `schema` (a host creates them once with `createSeed003Views`; they hold no data of their own):
 * - `learnlens_members`: every workspace member with the team a student is in. A tutor sees the students they tutor,
 *   as a manager sees their team's learners: a student's team is the tutor (a member with role 'tutor') of their latest
 *   session or assignment, by its scheduled start or creation, ties by tutor id; a student no tutor has taught is in
 *   the team of the workspace's owner (the first by user id), or, in a workspace without one (the seed: "each tutor has
 *   one workspace"), of its first tutor.
 * - `learnlens_teams`: one team per owner and tutor (team_id = manager_id = their user id).
 * - `learnlens_assignment_items`: one Learnlens assignment per question of a seed assignment (a question set for one
 *   student): id `<assignment id>:<question id>`, the question as its activity, the student as its one assignee, the
 *   student's team as its team, created_by / created_at / due_at as assigned_by / assigned_at / due_at (no due date:
 *   due at creation).
 */
export function seed003ViewsSql(schema: string): string {
  const s = quoteIdent(schema, 'schema');
  return `
create or replace view ${s}.learnlens_members as
select m.workspace_id, m.user_id, m.role, m.display_name,
  case when m.role = 'student' then coalesce(
    (select x.tutor from (
        select e.tutor_user_id as tutor, e.scheduled_start as at from ${s}.sessions e
        where e.workspace_id = m.workspace_id and e.student_user_id = m.user_id
        union all
        select a.created_by, a.created_at from ${s}.assignments a
        where a.workspace_id = m.workspace_id and a.student_user_id = m.user_id
      ) x
      join ${s}.workspace_members t on t.workspace_id = m.workspace_id and t.user_id = x.tutor and t.role = 'tutor'
      order by x.at desc, x.tutor collate "C" limit 1),
    (select min(o.user_id collate "C") from ${s}.workspace_members o where o.workspace_id = m.workspace_id and o.role = 'owner'),
    (select min(o.user_id collate "C") from ${s}.workspace_members o where o.workspace_id = m.workspace_id and o.role = 'tutor'))
  end as team_id
from ${s}.workspace_members m;
create or replace view ${s}.learnlens_teams as
select m.workspace_id, m.user_id as team_id, coalesce(m.display_name, m.user_id) as name, m.user_id as manager_id
from ${s}.workspace_members m where m.role in ('owner', 'tutor');
create or replace view ${s}.learnlens_assignment_items as
select a.id || ':' || i.question_id as assignment_id, a.workspace_id, s.team_id, i.question_id, a.title, a.created_by,
  a.created_at, coalesce(a.due_at, a.created_at) as due_at, a.student_user_id
from ${s}.assignments a
join ${s}.assignment_items i on i.assignment_id = a.id
join ${s}.learnlens_members s on s.workspace_id = a.workspace_id and s.user_id = a.student_user_id;
`;
}

/** Creates seed 003's tables in `schema` (see `seed003TablesSql`) and the views the preset reads (`seed003ViewsSql`). */
export async function createSeed003Tables(db: Queryable, schema: string): Promise<void> {
  await db.query(seed003TablesSql(schema));
  await createSeed003Views(db, schema);
}

/** Creates (or replaces) the views the seed 003 preset reads over a host's existing seed 003 tables in `schema`. */
export async function createSeed003Views(db: Queryable, schema: string): Promise<void> {
  await db.query(seed003ViewsSql(schema));
}
