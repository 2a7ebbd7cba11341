import { tableNames, tableSchemas, type TableName } from '@learnlens/data-client';

/** A canonical column's SQL type, as the adapter's statements see it whatever the host's column type is. */
export type SqlType = 'text' | 'float8' | 'int8' | 'timestamptz' | 'boolean';

/** The canonical tables a mapping may map (the tables `learnlens dataset` writes). */
export const canonicalTables = tableNames;
/** A canonical table name. */
export type CanonicalTable = TableName;

/** The canonical columns of one table: the fields of its domain schema in @learnlens/data-client. */
export type CanonicalColumn<T extends CanonicalTable> = keyof (typeof tableSchemas)[T]['shape'] & string;

/** One canonical column: its SQL type and whether every mapping of its table must provide it. */
export interface ColumnSpec {
  type: SqlType;
  required: boolean;
}

// The columns a mapping of each table cannot leave out: keys, and what scope, filters and buckets read. Every other
// column may be unmapped and reads as NULL (the statements fall back to ids for missing names and titles).
const requiredColumns: { readonly [T in CanonicalTable]: readonly CanonicalColumn<T>[] } = {
  orgs: ['org_id'],
  teams: ['team_id', 'org_id', 'manager_id'],
  users: ['user_id', 'org_id', 'role'],
  activities: ['activity_id', 'org_id'],
  assignments: ['assignment_id', 'org_id', 'team_id', 'activity_id', 'assigned_at', 'due_at'],
  assignment_assignees: ['assignment_id', 'org_id', 'user_id'],
  attempts: ['attempt_id', 'org_id', 'user_id', 'activity_id', 'started_at'],
  sessions: ['session_id', 'org_id', 'user_id', 'session_start'],
  events: ['event_id', 'org_id', 'user_id', 'event_type', 'occurred_at'],
  mastery_deltas: ['delta_id', 'org_id', 'user_id', 'content_id', 'content_type', 'current_mastery', 'mastery_delta', 'occurred_at'],
  question_flags: ['flag_id', 'org_id', 'activity_id', 'user_id', 'created_at'],
  tutoring_sessions: ['session_id', 'org_id', 'tutor_id', 'student_id', 'scheduled_start'],
  ai_usage_log: ['id', 'org_id', 'operation_type', 'model', 'created_at'],
  spaced_repetition: ['card_id', 'org_id', 'user_id', 'activity_id', 'next_review_at'],
};

interface FieldDef {
  type: string;
  format?: string;
  innerType?: { def: FieldDef };
}

// Numbers are float8 so averages and ratios are float arithmetic, as in the mock engine; ids and enums are text so
// any id compares safely; ISO instants are timestamptz.
function sqlTypeOf(def: FieldDef): SqlType {
  while ((def.type === 'nullable' || def.type === 'optional') && def.innerType) def = def.innerType.def;
  if (def.type === 'number') return 'float8';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'string' && def.format === 'datetime') return 'timestamptz';
  if (def.type === 'string' || def.type === 'enum') return 'text';
  throw new TypeError(`No canonical SQL type for a zod "${def.type}" column`);
}

function columnsOf<T extends CanonicalTable>(table: T): Record<CanonicalColumn<T>, ColumnSpec> {
  const required: readonly string[] = requiredColumns[table];
  const shape = tableSchemas[table].shape as Record<string, { def: FieldDef }>;
  return Object.fromEntries(
    Object.entries(shape).map(([column, field]) => [column, { type: sqlTypeOf(field.def), required: required.includes(column) }]),
  ) as Record<CanonicalColumn<T>, ColumnSpec>;
}

/** Every canonical column by table, in the domain schemas' order, derived from @learnlens/data-client's zod schemas. */
export const canonicalColumns = Object.fromEntries(canonicalTables.map((t) => [t, columnsOf(t)])) as {
  readonly [T in CanonicalTable]: Readonly<Record<CanonicalColumn<T>, ColumnSpec>>;
};

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
