import type { QueryParams } from '@learnlens/data-client';
import type { SortField } from './paging.js';

type SortColumns<
  N extends 'activityInsights' | 'assignmentProgress' | 'leaderboard' | 'questionQuality' | 'recentAttempts' | 'studentPerformance',
> = Readonly<
  Record<SortField<QueryParams<N>['sort']>, string>
>;

// The allow-lists of sort keys: a sort parameter is a fixed enum, turned into an output column only through these,
// never interpolated. Every SQL dialect names these columns in its statements.

/** `activityInsights` sort fields → output columns. */
export const activityInsightsSort: SortColumns<'activityInsights'> = {
  attemptCount: 'attempt_count',
  avgScore: 'avg_score',
  scoreStddev: 'score_stddev',
  medianScore: 'median_score',
  avgDurationSeconds: 'avg_duration',
  lastAttemptedAt: 'last_attempted',
};

/** `assignmentProgress` sort fields → output columns. */
export const assignmentProgressSort: SortColumns<'assignmentProgress'> = {
  dueAt: 'due_at',
  completionRate: 'completion_rate',
  overdue: 'overdue',
  title: 'title',
};

/** `leaderboard` sort fields → output columns. */
export const leaderboardSort: SortColumns<'leaderboard'> = {
  rank: 'rank',
  // The rank key, so equal averages sort as the ties they rank as.
  avgScore: 'avg_key',
  attempts: 'attempts',
  totalDurationSeconds: 'total_duration',
  avgTalkPercentage: 'talk',
  displayName: 'display_name',
};

/** `questionQuality` sort fields → output columns. */
export const questionQualitySort: SortColumns<'questionQuality'> = {
  flagRate: 'flag_rate',
  flags: 'flags',
  openFlags: 'open_flags',
  learners: 'learners',
  attempts: 'attempts',
  accuracy: 'accuracy',
  avgTimeSeconds: 'avg_time',
  title: 'title',
};

/** `recentAttempts` sort fields → output columns. */
export const recentAttemptsSort: SortColumns<'recentAttempts'> = {
  startedAt: 'started_at',
  score: 'score',
  durationSeconds: 'duration_seconds',
  // Joined into the attempts only when the sort asks for them (see the queries).
  displayName: 'display_name',
  activityName: 'activity_name',
};

/** `studentPerformance` sort fields → output columns (accuracy by its exact hundredths). */
export const studentPerformanceSort: SortColumns<'studentPerformance'> = {
  totalAttempts: 'total_attempts',
  correctAttempts: 'correct_attempts',
  accuracyPct: 'accuracy_key',
  avgTimeSeconds: 'avg_time',
  uniqueQuestions: 'unique_questions',
  daysActive: 'days_active',
  lastAttemptAt: 'last_attempt',
  displayName: 'display_name',
};

/** The text-valued sort fields, compared in code-point order. */
export const textSortFields: ReadonlySet<string> = new Set(['title', 'displayName', 'activityName']);
