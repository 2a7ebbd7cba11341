import type { QueryParams } from '@learnlens/data-client';
import type { Sql } from './dialect.js';
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

/**
 * The output columns above that are computed floats (averages, a deviation, a median, sums, rates, shares): sorted by
 * the dialect's `rankKey`, so values equal in exact arithmetic but computed in another order tie and fall to the
 * query's id. Counts, instants and values read as stored (recentAttempts' score and duration) sort as they are; a
 * figure the result shows rounded to 2 decimals (studentPerformance's accuracyPct, bandProgress's bands, seed 000's
 * round(numeric, 2)) sorts by its whole hundredths (`hundredthsKey`), the value shown, so two groups that show the same
 * band tie whatever their unrounded averages.
 */
export const floatSortColumns: ReadonlySet<string> = new Set([
  'avg_score', 'score_stddev', 'median_score', 'avg_duration', 'completion_rate', 'total_duration', 'talk', 'flag_rate', 'accuracy', 'avg_time',
]);

/**
 * The sort key of a figure rounded to 2 decimals (`round2`, exact hundredths in every dialect): its whole hundredths.
 * round() of the figure × 100, exact on PostgreSQL's numeric and on a double holding k / 100 alike (the same SQL in
 * ClickHouse; the mock's `hundredthsKey`).
 */
export function hundredthsKey(expr: string): string {
  return `round(${expr} * 100)`;
}

/** What one sort field orders by in `s`'s dialect: code points for text, the rank key for a computed float. */
export function sortKey(s: Pick<Sql, 'textKey' | 'rankKey'>, field: string, column: string): string {
  if (textSortFields.has(field)) return s.textKey(column);
  return floatSortColumns.has(column) ? s.rankKey(column) : column;
}
