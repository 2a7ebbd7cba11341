import type { AdapterRequest, QueryName, TableName } from '@learnlens/data-client';
import { runSqlQuery, sqlQueries } from '@learnlens/sql';
import type { Db } from './db.js';
import { postgresDb } from './dialect.js';

/** The canonical tables each query reads facts from; a mapping supports a query when it maps all of them. */
export const tablesNeeded: { readonly [N in QueryName]: readonly TableName[] } = {
  orgOverview: ['attempts'],
  leaderboard: ['attempts'],
  activityHeatmap: ['attempts'],
  scoreTrend: ['attempts'],
  masteryTrend: ['mastery_deltas'],
  activityInsights: ['attempts'],
  recentAttempts: ['attempts'],
  personalStats: ['attempts'],
  assignmentProgress: ['assignments', 'assignment_assignees', 'attempts'],
  learnerActivitySummary: ['events', 'sessions'],
  eventFrequency: ['events'],
  exportRows: ['attempts'],
  engagement: ['events', 'sessions'],
  contentPerformance: ['events'],
  sessionQuality: ['sessions', 'events'],
  masteryProgression: ['mastery_deltas'],
  teamComparison: ['teams', 'attempts'],
  accuracyTrend: ['attempts', 'activities'],
  topicMastery: ['attempts', 'activities'],
  learningVelocity: ['attempts', 'activities'],
  difficultyCalibration: ['attempts', 'activities'],
  studentPerformance: ['attempts', 'activities'],
  aiUsage: ['ai_usage_log'],
  questionQuality: ['attempts', 'activities', 'question_flags'],
  tutorEffectiveness: ['tutoring_sessions', 'assignments', 'assignment_assignees', 'attempts', 'activities'],
  cohortComparison: ['attempts', 'activities'],
  progressSnapshots: ['attempts', 'activities', 'spaced_repetition'],
  activityDetail: ['attempts', 'activities'],
  bandProgress: ['attempts'],
  eventTiming: ['events', 'attempts'],
  eventCohorts: ['events', 'attempts'],
};

/** Answers a request with its shared SQL definition (@learnlens/sql) in PostgreSQL's dialect, over the mapping. */
export function runQuery(request: AdapterRequest, db: Db): Promise<unknown> {
  return runSqlQuery(sqlQueries, request, postgresDb(db.exec, db.mapping));
}
