import {
  tableSchemas as domainTableSchemas,
  type Activity,
  type AiUsage,
  type Assignment,
  type AssignmentAssignee,
  type Attempt,
  type ColumnType,
  type LearnerEvent,
  type LearningSession,
  type MasteryDelta,
  type Org,
  type QuestionFlag,
  type SpacedRepetition,
  type Team,
  type TutoringSession,
  type User,
} from '@learnlens/data-client';
import type { TableName } from '@learnlens/mock';

/** How a dataset column is stored: an export column type, or a boolean (written as "true"/"false"). */
export type TableColumnType = ColumnType | 'boolean';

/** One column of a dataset table. */
export interface TableColumn {
  name: string;
  type: TableColumnType;
  /** Whether the domain schema allows null (written as an empty CSV cell). */
  nullable: boolean;
  /** Whether a row may leave it out (a file without the column reads without it); absent = no. */
  optional?: boolean;
}

/** The zod schema a table's rows satisfy (the domain schemas of @learnlens/data-client). */
export interface RowSchema {
  shape: Record<string, { safeParse(value: unknown): { success: boolean } }>;
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: ZodIssueLike[] } };
}

/** The part of a zod issue the CLI reports. */
export interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
}

type Types<T> = { [K in keyof T]-?: TableColumnType };

// Typed per domain row so that a column added to a schema fails to compile here until it has a type.
const orgs: Types<Org> = { org_id: 'string', name: 'string', timezone: 'string', score_scale: 'string' };
const teams: Types<Team> = { team_id: 'string', org_id: 'string', name: 'string', manager_id: 'string' };
const users: Types<User> = {
  user_id: 'string',
  org_id: 'string',
  team_id: 'string',
  role: 'string',
  display_name: 'string',
  email: 'string',
  plan: 'string',
  created_at: 'timestamp',
  cohort_id: 'string',
  academic_year: 'int',
};
const activities: Types<Activity> = {
  activity_id: 'string',
  org_id: 'string',
  title: 'string',
  kind: 'string',
  difficulty: 'string',
  category: 'string',
  score_scale: 'string',
  difficulty_level: 'int',
  times_attempted: 'int',
  times_correct: 'int',
  avg_time_seconds: 'double',
  status: 'string',
};
const assignments: Types<Assignment> = {
  assignment_id: 'string',
  org_id: 'string',
  team_id: 'string',
  activity_id: 'string',
  title: 'string',
  assigned_by: 'string',
  assigned_at: 'timestamp',
  due_at: 'timestamp',
  required: 'boolean',
};
const assignmentAssignees: Types<AssignmentAssignee> = { assignment_id: 'string', org_id: 'string', user_id: 'string' };
const attempts: Types<Attempt> = {
  attempt_id: 'string',
  org_id: 'string',
  user_id: 'string',
  activity_id: 'string',
  score: 'double',
  duration_seconds: 'int',
  talk_ms: 'int',
  listen_ms: 'int',
  started_at: 'timestamp',
  ended_at: 'timestamp',
  goal_band: 'double',
  task1_band: 'double',
  task2_band: 'double',
};
const sessions: Types<LearningSession> = {
  session_id: 'string',
  org_id: 'string',
  user_id: 'string',
  session_start: 'timestamp',
  session_end: 'timestamp',
  duration_seconds: 'double',
  total_events: 'int',
};
const events: Types<LearnerEvent> = {
  event_id: 'string',
  org_id: 'string',
  user_id: 'string',
  session_id: 'string',
  attempt_id: 'string',
  activity_id: 'string',
  event_type: 'string',
  occurred_at: 'timestamp',
  payload: 'string',
};
const masteryDeltas: Types<MasteryDelta> = {
  delta_id: 'string',
  org_id: 'string',
  user_id: 'string',
  content_id: 'string',
  content_type: 'string',
  previous_mastery: 'double',
  current_mastery: 'double',
  mastery_delta: 'double',
  confidence_score: 'double',
  evidence_count: 'int',
  session_id: 'string',
  occurred_at: 'timestamp',
};

const questionFlags: Types<QuestionFlag> = {
  flag_id: 'string',
  org_id: 'string',
  activity_id: 'string',
  user_id: 'string',
  reason: 'string',
  status: 'string',
  created_at: 'timestamp',
};
const tutoringSessions: Types<TutoringSession> = {
  session_id: 'string',
  org_id: 'string',
  tutor_id: 'string',
  student_id: 'string',
  scheduled_start: 'timestamp',
  scheduled_end: 'timestamp',
  actual_start: 'timestamp',
  actual_end: 'timestamp',
  topics_covered: 'string',
};
const aiUsage: Types<AiUsage> = {
  id: 'string',
  org_id: 'string',
  user_id: 'string',
  operation_type: 'string',
  model: 'string',
  tokens_input: 'int',
  tokens_output: 'int',
  cost_usd: 'double',
  duration_ms: 'int',
  success: 'boolean',
  created_at: 'timestamp',
};
const spacedRepetition: Types<SpacedRepetition> = {
  card_id: 'string',
  org_id: 'string',
  user_id: 'string',
  activity_id: 'string',
  ease_factor: 'double',
  interval_days: 'int',
  repetitions: 'int',
  next_review_at: 'timestamp',
  last_reviewed_at: 'timestamp',
};

/** Each dataset table's domain schema. */
export const tableSchemas = domainTableSchemas as unknown as Record<TableName, RowSchema>;

const tableTypes: Record<TableName, Record<string, TableColumnType>> = {
  orgs,
  teams,
  users,
  activities,
  assignments,
  assignment_assignees: assignmentAssignees,
  attempts,
  sessions,
  events,
  mastery_deltas: masteryDeltas,
  question_flags: questionFlags,
  tutoring_sessions: tutoringSessions,
  ai_usage_log: aiUsage,
  spaced_repetition: spacedRepetition,
};

/** A table's columns in the order of its domain schema, with their storage types. */
export function tableColumns(table: TableName): TableColumn[] {
  const schema = tableSchemas[table];
  return Object.keys(schema.shape).map((name) => ({
    name,
    type: tableTypes[table][name]!,
    nullable: schema.shape[name]!.safeParse(null).success,
    optional: schema.shape[name]!.safeParse(undefined).success,
  }));
}
