import * as z from 'zod';
import { roleSchema } from './role.js';

// The canonical model: one schema per table, in the snake_case column names
// that `learnlens dataset` writes and the SQL adapters map onto. Query results
// are camelCase and live with their catalog entries.

const id = z.string().min(1).max(200);
const timestamp = z.iso.datetime({ offset: true });

export { roleSchema, type Role } from './role.js';

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
  /** The learner's cohort (seed 003 `student_profiles.cohort_id`); null for staff and outside tutoring orgs. */
  cohort_id: id.nullable().optional(),
  /** The learner's academic year, e.g. 2026 (seed 003 `student_profiles.academic_year`); null where cohort_id is. */
  academic_year: z.number().int().nullable().optional(),
});
export type User = z.infer<typeof userSchema>;

/** Whether a question is in use: seed 003 `questions.status` (its indexes filter on 'active'). */
export const questionStatusSchema = z.enum(['active', 'draft', 'archived']);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

/**
 * Something a learner attempts: a scenario, writing task, lesson, assessment or question. For a tutoring org
 * (seed 003 `questions`) `category` is the question's topic (seed `topics`), `difficulty` its declared band and
 * `difficulty_level` the same declaration as the seed's 1–5 number; a question also carries the counters seed 003's
 * `update_question_stats()` keeps and a status. These are null outside tutoring orgs (and the counters for lessons
 * and assessments).
 */
export const activitySchema = z.object({
  activity_id: id,
  org_id: id,
  title: z.string(),
  kind: z.enum(['scenario', 'writing_task', 'lesson', 'assessment', 'question']),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  category: z.string(),
  score_scale: scoreScaleSchema,
  /** Declared difficulty 1–5 (1–2 easy, 3 medium, 4–5 hard). */
  difficulty_level: z.number().int().min(1).max(5).nullable().optional(),
  /** Submitted attempts (`update_question_stats`: +1 per submitted answer, graded or not). */
  times_attempted: z.number().int().nonnegative().nullable().optional(),
  /** Submitted attempts graded correct. */
  times_correct: z.number().int().nonnegative().nullable().optional(),
  /** Mean time spent over the submitted attempts, seconds; null before the first. */
  avg_time_seconds: z.number().nonnegative().nullable().optional(),
  status: questionStatusSchema.nullable().optional(),
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

/** Why a learner flagged a question (seed 003 `question_flags.reason`, the seed's hard-coded flag reasons). */
export const flagReasonSchema = z.enum(['incorrect_answer', 'unclear_wording', 'typo', 'too_difficult', 'other']);
export type FlagReason = z.infer<typeof flagReasonSchema>;

/** A flag's review state: open until a tutor resolves it (the question was fixed) or dismisses it. */
export const flagStatusSchema = z.enum(['open', 'resolved', 'dismissed']);
export type FlagStatus = z.infer<typeof flagStatusSchema>;

/** A learner's report of a problem with a question (seed 003 `question_flags`); at most one per learner and question. */
export const questionFlagSchema = z.object({
  flag_id: id,
  org_id: id,
  /** The question (seed `question_id`). */
  activity_id: id,
  /** The learner who flagged it (seed `student_user_id`). */
  user_id: id,
  reason: flagReasonSchema,
  status: flagStatusSchema,
  created_at: timestamp,
});
export type QuestionFlag = z.infer<typeof questionFlagSchema>;

/**
 * A scheduled one-to-one tutoring session (seed 003 `sessions` with Action 11's actual start/end and topics
 * covered). `actual_start` and `actual_end` are null when the student did not show up.
 */
export const tutoringSessionSchema = z.object({
  session_id: id,
  org_id: id,
  /** The tutor (a manager of the org; seed `tutor_user_id`). */
  tutor_id: id,
  /** The learner (seed `student_user_id`). */
  student_id: id,
  scheduled_start: timestamp,
  scheduled_end: timestamp,
  actual_start: timestamp.nullable(),
  actual_end: timestamp.nullable(),
  /** The topics (activity categories) worked on, as a JSON array of names; "[]" when none or a no-show. */
  topics_covered: z.string(),
});
export type TutoringSession = z.infer<typeof tutoringSessionSchema>;

/** One call to an AI model (seed 003 `ai_usage_log`, Action 9). */
export const aiUsageSchema = z.object({
  id: id,
  org_id: id,
  /** Who triggered it; null for background jobs (embeddings). */
  user_id: id.nullable(),
  /** e.g. 'generate_question', 'generate_embedding', 'explain_answer', 'generate_hint'. */
  operation_type: z.string().min(1),
  model: z.string().min(1),
  tokens_input: z.number().int().nonnegative().nullable(),
  tokens_output: z.number().int().nonnegative().nullable(),
  cost_usd: z.number().nonnegative().nullable(),
  duration_ms: z.number().int().nonnegative().nullable(),
  success: z.boolean(),
  created_at: timestamp,
});
export type AiUsage = z.infer<typeof aiUsageSchema>;

/**
 * One learner's SM-2 card for one question (seed 003 `spaced_repetition`), as it stands after their last graded
 * attempt: the state an SM-2 scheduler reaches by replaying those attempts in order.
 */
export const spacedRepetitionSchema = z.object({
  card_id: id,
  org_id: id,
  user_id: id,
  /** The question. */
  activity_id: id,
  /** SM-2 easiness factor: 2.5 for a new card, never below 1.3 in SM-2 (not enforced: hosts' variants differ). */
  ease_factor: z.number().positive(),
  /** Days until the next review. */
  interval_days: z.number().int().nonnegative(),
  /** Successful reviews in a row (0 after a wrong answer). */
  repetitions: z.number().int().nonnegative(),
  /** When the card is due again: last_reviewed_at + interval_days. */
  next_review_at: timestamp,
  last_reviewed_at: timestamp,
});
export type SpacedRepetition = z.infer<typeof spacedRepetitionSchema>;

export { auditEntrySchema, type AuditEntry } from './auditEntry.js';

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
  'question_flags',
  'tutoring_sessions',
  'ai_usage_log',
  'spaced_repetition',
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
  question_flags: questionFlagSchema,
  tutoring_sessions: tutoringSessionSchema,
  ai_usage_log: aiUsageSchema,
  spaced_repetition: spacedRepetitionSchema,
} as const satisfies { readonly [T in TableName]: z.ZodObject };
