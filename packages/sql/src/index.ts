// The public API of @learnlens/sql: the dialect interface, the shared query definitions and the pieces ClickHouse
// shares (filters, sort allow-lists, paging, result readers).

export type { FilterSql, ResultReader, Row, Sql, SqlDb } from './dialect.js';
export { accuracyOf, joinBinaryActivities, submittedBinary } from './accuracy.js';
export { activityConditions, and, col, daysConditions, daysOf, factConditions, rangeConditions, userConditions, type FactColumns } from './filters.js';
export { attemptPageStatement, orderTerm, page, pagedStatement, pageOf, type SortField } from './paging.js';
export {
  activityInsightsSort,
  assignmentProgressSort,
  leaderboardSort,
  questionQualitySort,
  recentAttemptsSort,
  floatSortColumns,
  hundredthsKey,
  sortKey,
  studentPerformanceSort,
  textSortFields,
} from './sortColumns.js';
export { accuracyHundredths, answerConditions, CORRECT, correctFlag, isAnswer, isQuestion, questionJoin, questionsOf, SUBMITTED_AT } from './questions.js';
export { runSqlQuery, type SqlQueries, type SqlQuery, type SqlStatement } from './sqlQuery.js';
export { sqlQueries } from './queries/index.js';
export { readAccuracyTrend } from './queries/accuracyTrend.js';
export { readDifficultyCalibration } from './queries/difficultyCalibration.js';
export { readLearningVelocity } from './queries/learningVelocity.js';
export { readStudentPerformance } from './queries/studentPerformance.js';
export { aiUsageKey, readAiUsage } from './queries/aiUsage.js';
export { masteryCell, readTopicMastery } from './queries/topicMastery.js';
export { readActivityHeatmap } from './queries/activityHeatmap.js';
export { readActivityInsight } from './queries/activityInsights.js';
export { readAssignment } from './queries/assignmentProgress.js';
export { readContentPerformance } from './queries/contentPerformance.js';
export { readEngagement } from './queries/engagement.js';
export { cohortBandSql, readEventCohorts } from './queries/eventCohorts.js';
export { readEventFrequency } from './queries/eventFrequency.js';
export { readEventTiming, tenthCounts } from './queries/eventTiming.js';
export { completionRateSql, isCompletion, isStart, kindCounts, localMidnightIso } from './queries/eventSql.js';
export { readMasteryProgression } from './queries/masteryProgression.js';
export { durationClasses, readSessionQuality } from './queries/sessionQuality.js';
export { readBandProgress } from './queries/bandProgress.js';
export { AVERAGE_BAND_SQL, readExportRow } from './queries/exportRows.js';
export { leaderboardConditions, readLeaderboard } from './queries/leaderboard.js';
export { readLearnerDay } from './queries/learnerActivitySummary.js';
export { MASTERY_BAND, readMasteryTrend } from './queries/masteryTrend.js';
export { readOrgOverview } from './queries/orgOverview.js';
export { readActivityDetail, scoreBucketOnScale } from './queries/activityDetail.js';
export { readPersonalStats } from './queries/personalStats.js';

export { readCohortComparison } from './queries/cohortComparison.js';
export { readProgressSnapshot } from './queries/progressSnapshots.js';
export { readQuestionQuality } from './queries/questionQuality.js';
export { readTutorEffectiveness } from './queries/tutorEffectiveness.js';
export { readRecentAttempt } from './queries/recentAttempts.js';
export { readScoreTrend } from './queries/scoreTrend.js';
export { comparedLearners, ownTeam, readTeamComparison } from './queries/teamComparison.js';
export { bool, count, fieldsOf, num } from './values.js';
