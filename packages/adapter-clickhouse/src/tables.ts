import { tableNames, type TableName } from '@learnlens/data-client';
import { tableIdent } from './literal.js';

/** How a canonical column is stored: text, numbers, a 0/1 flag, or a UTC instant to the second; `?` = nullable. */
export type ColumnKind = 'text' | 'text?' | 'float' | 'float?' | 'int' | 'int?' | 'bool' | 'time' | 'time?';

/** One canonical table: its columns in dataset order and its MergeTree sorting and partition keys. */
export interface TableSpec {
  columns: ReadonlyArray<readonly [name: string, kind: ColumnKind]>;
  orderBy: readonly string[];
  /** Monthly partitions by this time column (fact tables only). */
  partitionBy?: string;
}

/** The ClickHouse type of each column kind. DateTime is second precision in 18.16 (no DateTime64). */
export const columnTypes: Record<ColumnKind, string> = {
  text: 'String',
  'text?': 'Nullable(String)',
  float: 'Float64',
  'float?': 'Nullable(Float64)',
  int: 'Int64',
  'int?': 'Nullable(Int64)',
  bool: 'UInt8',
  time: "DateTime('UTC')",
  'time?': "Nullable(DateTime('UTC'))",
};

/** The canonical tables (the schemas of @learnlens/data-client's domain.ts); also the allow-list of columns. */
export const tableSpecs: { readonly [K in TableName]: TableSpec } = {
  orgs: { columns: [['org_id', 'text'], ['name', 'text'], ['timezone', 'text'], ['score_scale', 'text']], orderBy: ['org_id'] },
  teams: { columns: [['team_id', 'text'], ['org_id', 'text'], ['name', 'text'], ['manager_id', 'text']], orderBy: ['org_id', 'team_id'] },
  users: {
    columns: [
      ['user_id', 'text'], ['org_id', 'text'], ['team_id', 'text?'], ['role', 'text'], ['display_name', 'text'],
      ['email', 'text'], ['plan', 'text'], ['created_at', 'time'], ['cohort_id', 'text?'], ['academic_year', 'int?'],
    ],
    orderBy: ['org_id', 'user_id'],
  },
  activities: {
    columns: [
      ['activity_id', 'text'], ['org_id', 'text'], ['title', 'text'], ['kind', 'text'], ['difficulty', 'text'],
      ['category', 'text'], ['score_scale', 'text'], ['difficulty_level', 'int?'], ['times_attempted', 'int?'],
      ['times_correct', 'int?'], ['avg_time_seconds', 'float?'], ['status', 'text?'],
    ],
    orderBy: ['org_id', 'activity_id'],
  },
  assignments: {
    columns: [
      ['assignment_id', 'text'], ['org_id', 'text'], ['team_id', 'text'], ['activity_id', 'text'], ['title', 'text'],
      ['assigned_by', 'text'], ['assigned_at', 'time'], ['due_at', 'time'], ['required', 'bool'],
    ],
    orderBy: ['org_id', 'due_at', 'assignment_id'],
  },
  assignment_assignees: {
    columns: [['assignment_id', 'text'], ['org_id', 'text'], ['user_id', 'text']],
    orderBy: ['org_id', 'assignment_id', 'user_id'],
  },
  attempts: {
    columns: [
      ['attempt_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['activity_id', 'text'], ['score', 'float?'],
      ['duration_seconds', 'int?'], ['talk_ms', 'int?'], ['listen_ms', 'int?'], ['started_at', 'time'],
      ['ended_at', 'time?'], ['goal_band', 'float?'], ['task1_band', 'float?'], ['task2_band', 'float?'],
    ],
    orderBy: ['org_id', 'started_at'],
    partitionBy: 'started_at',
  },
  sessions: {
    columns: [
      ['session_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['session_start', 'time'], ['session_end', 'time'],
      ['duration_seconds', 'float'], ['total_events', 'int'],
    ],
    orderBy: ['org_id', 'session_start'],
    partitionBy: 'session_start',
  },
  events: {
    columns: [
      ['event_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['session_id', 'text'], ['attempt_id', 'text?'],
      ['activity_id', 'text?'], ['event_type', 'text'], ['occurred_at', 'time'], ['payload', 'text'],
    ],
    orderBy: ['org_id', 'occurred_at'],
    partitionBy: 'occurred_at',
  },
  mastery_deltas: {
    columns: [
      ['delta_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['content_id', 'text'], ['content_type', 'text'],
      ['previous_mastery', 'float'], ['current_mastery', 'float'], ['mastery_delta', 'float'], ['confidence_score', 'float'],
      ['evidence_count', 'int'], ['session_id', 'text'], ['occurred_at', 'time'],
    ],
    orderBy: ['org_id', 'occurred_at'],
    partitionBy: 'occurred_at',
  },
  question_flags: {
    columns: [
      ['flag_id', 'text'], ['org_id', 'text'], ['activity_id', 'text'], ['user_id', 'text'], ['reason', 'text'],
      ['status', 'text'], ['created_at', 'time'],
    ],
    orderBy: ['org_id', 'created_at'],
  },
  tutoring_sessions: {
    columns: [
      ['session_id', 'text'], ['org_id', 'text'], ['tutor_id', 'text'], ['student_id', 'text'], ['scheduled_start', 'time'],
      ['scheduled_end', 'time'], ['actual_start', 'time?'], ['actual_end', 'time?'], ['topics_covered', 'text'],
    ],
    orderBy: ['org_id', 'scheduled_start'],
  },
  ai_usage_log: {
    columns: [
      ['id', 'text'], ['org_id', 'text'], ['user_id', 'text?'], ['operation_type', 'text'], ['model', 'text'],
      ['tokens_input', 'int?'], ['tokens_output', 'int?'], ['cost_usd', 'float?'], ['duration_ms', 'int?'], ['success', 'bool'],
      ['created_at', 'time'],
    ],
    orderBy: ['org_id', 'created_at'],
  },
  spaced_repetition: {
    columns: [
      ['card_id', 'text'], ['org_id', 'text'], ['user_id', 'text'], ['activity_id', 'text'], ['ease_factor', 'float'],
      ['interval_days', 'int'], ['repetitions', 'int'], ['next_review_at', 'time'], ['last_reviewed_at', 'time'],
    ],
    orderBy: ['org_id', 'user_id', 'activity_id'],
  },
};

/** The audit table's default name. */
export const AUDIT_TABLE = 'learnlens_audit_log';

/** The table names a host maps the canonical tables (and the audit log) onto, e.g. `{ attempts: 'attempts_all' }`. */
export type TableNamesOption = Partial<Record<TableName | 'audit_log', string>>;

/** Every table a statement may name, already quoted: identifiers come only from here. */
export type TableRefs = { readonly [K in TableName | 'audit_log']: string };

/** Quotes the table names, each `name` or `database.name`; the canonical name where the host mapped none. */
export function tableRefs(names: TableNamesOption = {}): TableRefs {
  const known = new Set<string>([...tableNames, 'audit_log']);
  for (const key of Object.keys(names)) {
    if (!known.has(key)) throw new TypeError(`Unknown table "${key}" in tables; known: ${[...known].join(', ')}`);
  }
  const out: Record<string, string> = {};
  for (const table of tableNames) out[table] = tableIdent(names[table] ?? table);
  out.audit_log = tableIdent(names.audit_log ?? AUDIT_TABLE);
  return out as unknown as TableRefs;
}
