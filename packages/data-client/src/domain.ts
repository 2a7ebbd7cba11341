import * as z from 'zod';

// The canonical model: one schema per table, in the snake_case column names
// that `learnlens dataset` writes and the SQL adapters map onto. Query results
// are camelCase and live with their catalog entries.

const id = z.string().min(1).max(200);
const timestamp = z.iso.datetime({ offset: true });

/** A viewer's role inside one org. */
export const roleSchema = z.enum(['admin', 'manager', 'learner']);
export type Role = z.infer<typeof roleSchema>;

/** How an activity's scores are scaled: 0–100 percent, a 0–9 IELTS-style band, or 0/1 correct. */
export const scoreScaleSchema = z.enum(['percent', 'band', 'binary']);
export type ScoreScale = z.infer<typeof scoreScaleSchema>;

/** An organization: the tenant boundary (seed 002 org, seed 000 organization, seed 003 workspace). */
export const orgSchema = z.object({
  org_id: id,
  name: z.string(),
  timezone: z.string(),
  score_scale: scoreScaleSchema,
});
export type Org = z.infer<typeof orgSchema>;

/** A team: one manager and the learners they manage. */
export const teamSchema = z.object({
  team_id: id,
  org_id: id,
  name: z.string(),
  manager_id: id,
});
export type Team = z.infer<typeof teamSchema>;

/** A user of one org; `team_id` is the team a learner belongs to or a manager manages. */
export const userSchema = z.object({
  user_id: id,
  org_id: id,
  team_id: id.nullable(),
  role: roleSchema,
  display_name: z.string(),
  email: z.string(),
  plan: z.enum(['free', 'starter', 'booster', 'master']),
  created_at: timestamp,
});
export type User = z.infer<typeof userSchema>;

/** Something a learner attempts: a scenario, writing task, lesson, assessment or question. */
export const activitySchema = z.object({
  activity_id: id,
  org_id: id,
  title: z.string(),
  kind: z.enum(['scenario', 'writing_task', 'lesson', 'assessment', 'question']),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  category: z.string(),
  score_scale: scoreScaleSchema,
});
export type Activity = z.infer<typeof activitySchema>;

/** One attempt at an activity; `score` is null when the attempt was not scored. */
export const attemptSchema = z.object({
  attempt_id: id,
  org_id: id,
  user_id: id,
  activity_id: id,
  score: z.number().nullable(),
  duration_seconds: z.number().int().nonnegative().nullable(),
  talk_ms: z.number().int().nonnegative().nullable(),
  listen_ms: z.number().int().nonnegative().nullable(),
  started_at: timestamp,
  ended_at: timestamp.nullable(),
  goal_band: z.number().nullable(),
  task1_band: z.number().nullable(),
  task2_band: z.number().nullable(),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** A typed, timestamped learner event with a JSON payload (seed 001 raw_events, seed 002 fact_kpi_events). */
export const eventSchema = z.object({
  event_id: id,
  org_id: id,
  user_id: id,
  session_id: id,
  attempt_id: id.nullable(),
  activity_id: id.nullable(),
  event_type: z.string().min(1),
  occurred_at: timestamp,
  payload: z.string(),
});
export type LearnerEvent = z.infer<typeof eventSchema>;

/** A learning session (seed 001 session_metrics). */
export const sessionSchema = z.object({
  session_id: id,
  org_id: id,
  user_id: id,
  session_start: timestamp,
  session_end: timestamp,
  duration_seconds: z.number().nonnegative(),
  total_events: z.number().int().nonnegative(),
});
export type LearningSession = z.infer<typeof sessionSchema>;

/** A change of one learner's mastery of one content item (seed 001 mastery_deltas); mastery is 0–1. */
export const masteryDeltaSchema = z.object({
  delta_id: id,
  org_id: id,
  user_id: id,
  content_id: id,
  content_type: z.string(),
  previous_mastery: z.number().min(0).max(1),
  current_mastery: z.number().min(0).max(1),
  mastery_delta: z.number().min(-1).max(1),
  confidence_score: z.number().min(0).max(1),
  evidence_count: z.number().int().nonnegative(),
  session_id: id,
  occurred_at: timestamp,
});
export type MasteryDelta = z.infer<typeof masteryDeltaSchema>;

/** An activity assigned to a team's learners with a due date; `required` false means optional. */
export const assignmentSchema = z.object({
  assignment_id: id,
  org_id: id,
  team_id: id,
  activity_id: id,
  title: z.string(),
  assigned_by: id,
  assigned_at: timestamp,
  due_at: timestamp,
  required: z.boolean(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** One learner an assignment was given to. */
export const assignmentAssigneeSchema = z.object({
  assignment_id: id,
  org_id: id,
  user_id: id,
});
export type AssignmentAssignee = z.infer<typeof assignmentAssigneeSchema>;

/** Who exported what (seed 000 account_audit_log): written before any exported byte is delivered. */
export const auditEntrySchema = z.object({
  audit_id: id,
  at: timestamp,
  org_id: id,
  user_id: id,
  role: roleSchema,
  action: z.literal('export'),
  format: z.enum(['csv', 'parquet']),
  row_count: z.number().int().nonnegative(),
  query: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The tables of a Learnlens dataset, in the order `learnlens dataset` writes them (one file each). */
export const tableNames = [
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
/** A table of a Learnlens dataset. */
export type TableName = (typeof tableNames)[number];

/** Each dataset table's row schema: the one definition of its columns, which backends derive their own from. */
export const tableSchemas = {
  orgs: orgSchema,
  teams: teamSchema,
  users: userSchema,
  activities: activitySchema,
  assignments: assignmentSchema,
  assignment_assignees: assignmentAssigneeSchema,
  attempts: attemptSchema,
  sessions: sessionSchema,
  events: eventSchema,
  mastery_deltas: masteryDeltaSchema,
} as const satisfies { readonly [T in TableName]: z.ZodObject };
