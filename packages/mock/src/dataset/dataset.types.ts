import type { Activity, Assignment, AssignmentAssignee, Org, Team, User } from '@learnlens/data-client';
import type { IdColumn } from './rowIds.js';

// The mock dataset is held column-wise: small dimension tables as arrays of
// rows, the large fact tables as typed arrays with dictionary-encoded ids
// (indexes into the dimension arrays). Nulls in float columns are NaN; in index
// columns, -1.

/** Options of `createMockDataset`. The same options always give identical tables. */
export interface MockDatasetOptions {
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** Number of organizations (default 3). */
  orgs?: number;
  /** Learners in each org (default 60). */
  learnersPerOrg?: number;
  /** Days of history ending at `endDate` (default 120). */
  days?: number;
  /**
   * The day after the last day of history (exclusive), "YYYY-MM-DD". Default: tomorrow in UTC, so the history
   * ends today; pass it to get the same data on any day (same seed and endDate, same tables).
   */
  endDate?: string;
  /** Learners per team (default 12). */
  teamSize?: number;
  /** Activities per org (default 16). */
  activitiesPerOrg?: number;
  /** Average attempts per learner per active week (default 4). */
  attemptsPerLearnerWeek?: number;
  /** When set, attempts are scaled so the dataset holds about this many in all (benchmarks: 1_000_000). */
  targetAttempts?: number;
  /** Whether to generate events, sessions and mastery deltas (default true). */
  withEvents?: boolean;
}

/** Attempts, sorted by org then started_at; `orgRanges[o]` is org o's slice [start, end). */
export interface AttemptColumns {
  length: number;
  /** attempt_id of each row. */
  id: string[];
  org: Uint16Array;
  user: Int32Array;
  activity: Int32Array;
  score: Float64Array;
  duration: Float64Array;
  talkMs: Float64Array;
  listenMs: Float64Array;
  startedAt: Float64Array;
  endedAt: Float64Array;
  goalBand: Float64Array;
  task1Band: Float64Array;
  task2Band: Float64Array;
}

/** Sessions (seed 001 session_metrics), sorted by org then start. */
export interface SessionColumns {
  length: number;
  /** session_id of each row, read with `id.at(row)` (generated ids are made when read). */
  id: IdColumn;
  org: Uint16Array;
  user: Int32Array;
  start: Float64Array;
  end: Float64Array;
  duration: Float64Array;
  totalEvents: Int32Array;
}

/** Events (seed 001 raw_events / seed 002 fact_kpi_events), sorted by org then occurred_at. */
export interface EventColumns {
  length: number;
  /** event_id of each row, read with `id.at(row)`: generated ids are made when read, not held. */
  id: IdColumn;
  org: Uint16Array;
  user: Int32Array;
  session: Int32Array;
  /** Row index into attempts, or -1. */
  attempt: Int32Array;
  /** Index into activities, or -1. */
  activity: Int32Array;
  /** Index into `eventTypes`. */
  type: Uint8Array;
  occurredAt: Float64Array;
  /**
   * Each event's JSON payload, as an index into `payloadTexts`: payloads repeat (a filler word, a score), so a few
   * hundred distinct texts serve millions of events without a reference per event on the heap.
   */
  payload: Uint16Array | Uint32Array;
  /** The distinct payload texts, by code. */
  payloadTexts: readonly string[];
}

/** Mastery deltas (seed 001), sorted by org then occurred_at. */
export interface MasteryColumns {
  length: number;
  /** delta_id of each row, read with `id.at(row)` (generated ids are made when read). */
  id: IdColumn;
  org: Uint16Array;
  user: Int32Array;
  /** Index into activities (the content item). */
  content: Int32Array;
  previous: Float64Array;
  current: Float64Array;
  delta: Float64Array;
  confidence: Float64Array;
  evidence: Int32Array;
  session: Int32Array;
  occurredAt: Float64Array;
}

/** Question flags (seed 003 `question_flags`), sorted by org then created_at. */
export interface FlagColumns {
  length: number;
  id: string[];
  org: Uint16Array;
  /** Index into activities (the question). */
  activity: Int32Array;
  /** Index into users (the learner who flagged it). */
  user: Int32Array;
  reason: string[];
  status: string[];
  createdAt: Float64Array;
}

/** Tutoring sessions (seed 003 `sessions`), sorted by org then scheduled_start. */
export interface TutoringSessionColumns {
  length: number;
  id: string[];
  org: Uint16Array;
  /** Index into users: the tutor (a manager). */
  tutor: Int32Array;
  /** Index into users: the learner. */
  student: Int32Array;
  scheduledStart: Float64Array;
  scheduledEnd: Float64Array;
  /** NaN when the learner did not show up (actualEnd too). */
  actualStart: Float64Array;
  actualEnd: Float64Array;
  /** Topic names covered, as a JSON array text. */
  topics: string[];
}

/** AI calls (seed 003 `ai_usage_log`), sorted by org then created_at. */
export interface AiUsageColumns {
  length: number;
  id: string[];
  org: Uint16Array;
  /** Index into users, or -1 for a background job. */
  user: Int32Array;
  operation: string[];
  model: string[];
  /** NaN for null. */
  tokensInput: Float64Array;
  tokensOutput: Float64Array;
  costUsd: Float64Array;
  durationMs: Float64Array;
  /** 1 for a successful call. */
  success: Uint8Array;
  createdAt: Float64Array;
}

/** SM-2 cards (seed 003 `spaced_repetition`), one per learner and question, sorted by org then last_reviewed_at. */
export interface CardColumns {
  length: number;
  id: string[];
  org: Uint16Array;
  user: Int32Array;
  /** Index into activities (the question). */
  activity: Int32Array;
  ease: Float64Array;
  interval: Int32Array;
  repetitions: Int32Array;
  nextReviewAt: Float64Array;
  lastReviewedAt: Float64Array;
}

/** A row range [start, end) of one org in a sorted fact table. */
export interface OrgRange {
  start: number;
  end: number;
}

/** A whole mock dataset. */
export interface MockDataset {
  /** The options it was generated from (with defaults applied), or `{ seed: 0 }`-like info for loaded data. */
  meta: { seed: number; endDate: string; days: number; source: 'generated' | 'rows' };
  orgs: Org[];
  teams: Team[];
  users: User[];
  activities: Activity[];
  assignments: Assignment[];
  assignees: AssignmentAssignee[];
  eventTypes: string[];
  attempts: AttemptColumns;
  sessions: SessionColumns;
  events: EventColumns;
  mastery: MasteryColumns;
  /** Tutoring orgs only (score_scale 'binary'): seed 003's flags, tutoring sessions, AI calls and SM-2 cards. */
  questionFlags: FlagColumns;
  tutoringSessions: TutoringSessionColumns;
  aiUsage: AiUsageColumns;
  spacedRepetition: CardColumns;
  /** Per org index, the org's slice of each fact table. */
  ranges: {
    attempts: OrgRange[];
    sessions: OrgRange[];
    events: OrgRange[];
    mastery: OrgRange[];
    questionFlags: OrgRange[];
    tutoringSessions: OrgRange[];
    aiUsage: OrgRange[];
    spacedRepetition: OrgRange[];
  };
  /** Lookups from ids to indexes. */
  index: {
    org: Map<string, number>;
    user: Map<string, number>;
    team: Map<string, number>;
    activity: Map<string, number>;
    session: Map<string, number>;
    attempt: Map<string, number>;
  };
}

/** The tables of a dataset as plain rows, as `learnlens dataset` writes them. */
export { tableNames, type TableName } from '@learnlens/data-client';
