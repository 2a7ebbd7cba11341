import type { TableName } from '@learnlens/data-client';

/** The DuckDB type each canonical column is loaded as. */
export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'BOOLEAN' | 'TIMESTAMPTZ';

/** One table's columns in file order, mirroring the zod schemas in @learnlens/data-client's domain.ts. */
export interface TableSpec {
  columns: ReadonlyArray<readonly [name: string, type: ColumnType]>;
  /** Columns the table is sorted by at load time, so time-range scans skip row groups. */
  orderBy: readonly string[];
  /** Whether a dataset may omit the file (the table is then empty). */
  optional: boolean;
}

const V = 'VARCHAR';
const D = 'DOUBLE';
const I = 'BIGINT';
const T = 'TIMESTAMPTZ';

/** Every table `learnlens dataset` writes, with its columns. Also the allow-list of table and column identifiers. */
export const tableSpecs: { readonly [K in TableName]: TableSpec } = {
  orgs: { columns: [['org_id', V], ['name', V], ['timezone', V], ['score_scale', V]], orderBy: [], optional: false },
  teams: { columns: [['team_id', V], ['org_id', V], ['name', V], ['manager_id', V]], orderBy: [], optional: false },
  users: {
    columns: [
      ['user_id', V], ['org_id', V], ['team_id', V], ['role', V], ['display_name', V], ['email', V], ['plan', V],
      ['created_at', T], ['cohort_id', V], ['academic_year', I],
    ],
    orderBy: [],
    optional: false,
  },
  activities: {
    columns: [
      ['activity_id', V], ['org_id', V], ['title', V], ['kind', V], ['difficulty', V], ['category', V], ['score_scale', V],
      ['difficulty_level', I], ['times_attempted', I], ['times_correct', I], ['avg_time_seconds', D], ['status', V],
    ],
    orderBy: [],
    optional: false,
  },
  assignments: {
    columns: [
      ['assignment_id', V], ['org_id', V], ['team_id', V], ['activity_id', V], ['title', V], ['assigned_by', V],
      ['assigned_at', T], ['due_at', T], ['required', 'BOOLEAN'],
    ],
    orderBy: [],
    optional: true,
  },
  assignment_assignees: { columns: [['assignment_id', V], ['org_id', V], ['user_id', V]], orderBy: [], optional: true },
  attempts: {
    columns: [
      ['attempt_id', V], ['org_id', V], ['user_id', V], ['activity_id', V], ['score', D], ['duration_seconds', I],
      ['talk_ms', I], ['listen_ms', I], ['started_at', T], ['ended_at', T], ['goal_band', D], ['task1_band', D],
      ['task2_band', D],
    ],
    orderBy: ['org_id', 'started_at'],
    optional: false,
  },
  sessions: {
    columns: [
      ['session_id', V], ['org_id', V], ['user_id', V], ['session_start', T], ['session_end', T], ['duration_seconds', D],
      ['total_events', I],
    ],
    orderBy: ['org_id', 'session_start'],
    optional: true,
  },
  events: {
    columns: [
      ['event_id', V], ['org_id', V], ['user_id', V], ['session_id', V], ['attempt_id', V], ['activity_id', V],
      ['event_type', V], ['occurred_at', T], ['payload', V],
    ],
    orderBy: ['org_id', 'occurred_at'],
    optional: true,
  },
  mastery_deltas: {
    columns: [
      ['delta_id', V], ['org_id', V], ['user_id', V], ['content_id', V], ['content_type', V], ['previous_mastery', D],
      ['current_mastery', D], ['mastery_delta', D], ['confidence_score', D], ['evidence_count', I], ['session_id', V],
      ['occurred_at', T],
    ],
    orderBy: ['org_id', 'occurred_at'],
    optional: true,
  },
  question_flags: {
    columns: [
      ['flag_id', V], ['org_id', V], ['activity_id', V], ['user_id', V], ['reason', V], ['status', V], ['created_at', T],
    ],
    orderBy: ['org_id', 'created_at'],
    optional: true,
  },
  tutoring_sessions: {
    columns: [
      ['session_id', V], ['org_id', V], ['tutor_id', V], ['student_id', V], ['scheduled_start', T], ['scheduled_end', T],
      ['actual_start', T], ['actual_end', T], ['topics_covered', V],
    ],
    orderBy: ['org_id', 'scheduled_start'],
    optional: true,
  },
  ai_usage_log: {
    columns: [
      ['id', V], ['org_id', V], ['user_id', V], ['operation_type', V], ['model', V], ['tokens_input', I], ['tokens_output', I],
      ['cost_usd', D], ['duration_ms', I], ['success', 'BOOLEAN'], ['created_at', T],
    ],
    orderBy: ['org_id', 'created_at'],
    optional: true,
  },
  spaced_repetition: {
    columns: [
      ['card_id', V], ['org_id', V], ['user_id', V], ['activity_id', V], ['ease_factor', D], ['interval_days', I],
      ['repetitions', I], ['next_review_at', T], ['last_reviewed_at', T],
    ],
    orderBy: ['org_id', 'last_reviewed_at'],
    optional: true,
  },
};
