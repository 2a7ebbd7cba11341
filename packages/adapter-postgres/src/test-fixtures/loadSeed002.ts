import type { MockDataset } from '@learnlens/mock';
import { tableRows } from '@learnlens/mock';
import type { Queryable } from '../queryable.js';

type Row = Record<string, unknown>;

async function insert(db: Queryable, table: string, columns: Array<[string, string]>, rows: unknown[][]): Promise<void> {
  const names = columns.map(([n]) => n).join(', ');
  const arrays = columns.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ');
  await db.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, columns.map((_, c) => rows.map((r) => r[c])));
}

/**
 * Loads a generated dataset into seed 002's star schema: attempts into fact_scenario_attempts, events into
 * fact_kpi_events (created_at = when the event occurred, timestamp_ms = ms since its attempt started), users into
 * dim_users (learners as the seed's "trainee", with their team), activities into dim_scenarios, and teams, assignments
 * and their assignees into the tables the migrations add for them.
 */
export async function loadSeed002(db: Queryable, dataset: MockDataset): Promise<void> {
  const rows = (t: Parameters<typeof tableRows>[1]) => [...tableRows(dataset, t)] as Row[];
  const attempts = rows('attempts');
  const started = new Map(attempts.map((a) => [a.attempt_id, Date.parse(a.started_at as string)]));
  await insert(
    db,
    'fact_scenario_attempts',
    [['attempt_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['scenario_id', 'text'], ['score', 'numeric'], ['duration_seconds', 'int'], ['talk_ms', 'int'], ['listen_ms', 'int'], ['started_at', 'timestamptz'], ['ended_at', 'timestamptz']],
    attempts.map((a) => [a.attempt_id, a.org_id, a.user_id, a.activity_id, a.score, a.duration_seconds, a.talk_ms, a.listen_ms, a.started_at, a.ended_at]),
  );
  await insert(
    db,
    'fact_kpi_events',
    [['id', 'text'], ['attempt_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['scenario_id', 'text'], ['event_type', 'text'], ['event_value', 'jsonb'], ['timestamp_ms', 'int'], ['created_at', 'timestamptz']],
    rows('events').map((e) => {
      const start = e.attempt_id === null ? undefined : started.get(e.attempt_id);
      const offset = start === undefined ? null : Date.parse(e.occurred_at as string) - start;
      return [e.event_id, e.attempt_id, e.org_id, e.user_id, e.activity_id, e.event_type, e.payload === '' ? null : e.payload, offset, e.occurred_at];
    }),
  );
  await insert(
    db,
    'dim_users',
    [['user_id', 'text'], ['org_id', 'text'], ['team_id', 'text'], ['name', 'text'], ['email', 'text'], ['role', 'user_role'], ['created_at', 'timestamptz']],
    rows('users').map((u) => [u.user_id, u.org_id, u.team_id, u.display_name, u.email, u.role === 'learner' ? 'trainee' : u.role, u.created_at]),
  );
  await insert(
    db,
    'teams',
    [['team_id', 'text'], ['org_id', 'text'], ['name', 'text'], ['manager_id', 'text']],
    rows('teams').map((t) => [t.team_id, t.org_id, t.name, t.manager_id]),
  );
  await insert(
    db,
    'assignments',
    [['assignment_id', 'text'], ['org_id', 'text'], ['team_id', 'text'], ['scenario_id', 'text'], ['title', 'text'], ['assigned_by', 'text'], ['assigned_at', 'timestamptz'], ['due_at', 'timestamptz'], ['required', 'boolean']],
    rows('assignments').map((a) => [a.assignment_id, a.org_id, a.team_id, a.activity_id, a.title, a.assigned_by, a.assigned_at, a.due_at, a.required]),
  );
  await insert(
    db,
    'assignment_assignees',
    [['assignment_id', 'text'], ['org_id', 'text'], ['user_id', 'text']],
    rows('assignment_assignees').map((a) => [a.assignment_id, a.org_id, a.user_id]),
  );
  await insert(
    db,
    'dim_scenarios',
    [['scenario_id', 'text'], ['org_id', 'text'], ['title', 'text'], ['difficulty', 'text'], ['category', 'text']],
    rows('activities').map((a) => [a.activity_id, a.org_id, a.title, a.difficulty, a.category]),
  );
}
