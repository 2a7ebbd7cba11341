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
      ['created_at', T],
    ],
    orderBy: [],
    optional: false,
  },
  activities: {
    columns: [
      ['activity_id', V], ['org_id', V], ['title', V], ['kind', V], ['difficulty', V], ['category', V], ['score_scale', V],
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
};
