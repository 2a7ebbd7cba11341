/** A canonical column's SQL type, as the adapter's statements see it whatever the host's column type is. */
export type SqlType = 'text' | 'float8' | 'int8' | 'timestamptz' | 'boolean';

/** The canonical tables a mapping may map (the tables `learnlens dataset` writes). */
export const canonicalTables = [
  'orgs',
  'teams',
  'users',
  'activities',
  'assignments',
  'assignment_assignees',
  'attempts',
  'sessions',
  'events',
  'mastery_deltas',
] as const;
/** A canonical table name. */
export type CanonicalTable = (typeof canonicalTables)[number];

/** One canonical column: its SQL type and whether every mapping of its table must provide it. */
export interface ColumnSpec {
  type: SqlType;
  required: boolean;
}

const t = (required = false): ColumnSpec => ({ type: 'text', required });
const f: ColumnSpec = { type: 'float8', required: false };
const i: ColumnSpec = { type: 'int8', required: false };
const ts = (required = false): ColumnSpec => ({ type: 'timestamptz', required });

/**
 * Every canonical column by table (the snake_case columns of @learnlens/data-client's domain schemas). Numbers are
 * float8 so averages and ratios are float arithmetic, as in the mock engine; ids are text so any id compares safely.
 */
export const canonicalColumns = {
  orgs: { org_id: t(true), name: t(), timezone: t(), score_scale: t() },
  teams: { team_id: t(true), org_id: t(true), name: t(), manager_id: t(true) },
  users: {
    user_id: t(true),
    org_id: t(true),
    team_id: t(),
    role: t(true),
    display_name: t(),
    email: t(),
    plan: t(),
    created_at: ts(),
  },
  activities: {
    activity_id: t(true),
    org_id: t(true),
    title: t(),
    kind: t(),
    difficulty: t(),
    category: t(),
    score_scale: t(),
  },
  assignments: {
    assignment_id: t(true),
    org_id: t(true),
    team_id: t(true),
    activity_id: t(true),
    title: t(),
    assigned_by: t(),
    assigned_at: ts(true),
    due_at: ts(true),
    required: { type: 'boolean', required: false },
  },
  assignment_assignees: { assignment_id: t(true), org_id: t(true), user_id: t(true) },
  attempts: {
    attempt_id: t(true),
    org_id: t(true),
    user_id: t(true),
    activity_id: t(true),
    score: f,
    duration_seconds: f,
    talk_ms: f,
    listen_ms: f,
    started_at: ts(true),
    ended_at: ts(),
    goal_band: f,
    task1_band: f,
    task2_band: f,
  },
  sessions: {
    session_id: t(true),
    org_id: t(true),
    user_id: t(true),
    session_start: ts(true),
    session_end: ts(),
    duration_seconds: f,
    total_events: i,
  },
  events: {
    event_id: t(true),
    org_id: t(true),
    user_id: t(true),
    session_id: t(),
    attempt_id: t(),
    activity_id: t(),
    event_type: t(true),
    occurred_at: ts(true),
    payload: t(),
  },
  mastery_deltas: {
    delta_id: t(true),
    org_id: t(true),
    user_id: t(true),
    content_id: t(true),
    content_type: t(true),
    previous_mastery: f,
    current_mastery: { type: 'float8', required: true },
    mastery_delta: { type: 'float8', required: true },
    confidence_score: f,
    evidence_count: i,
    session_id: t(),
    occurred_at: ts(true),
  },
} as const satisfies { [T in CanonicalTable]: Record<string, ColumnSpec> };

/** The canonical columns of one table. */
export type CanonicalColumn<T extends CanonicalTable> = keyof (typeof canonicalColumns)[T] & string;

/** The canonical audit entry's columns (seed 000 account_audit_log), written by `writeAudit`. */
export const auditColumns = {
  audit_id: 'text',
  at: 'timestamptz',
  org_id: 'text',
  user_id: 'text',
  role: 'text',
  action: 'text',
  format: 'text',
  row_count: 'int8',
  query: 'text',
  params: 'jsonb',
} as const;
/** A canonical audit column. */
export type AuditColumn = keyof typeof auditColumns;
