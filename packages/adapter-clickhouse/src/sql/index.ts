import type { AdapterRequest, AdapterRequestFor, QueryName, QueryResult } from '@learnlens/data-client';
import { accuracyTrend } from './accuracyTrend.js';
import { activityDetail } from './activityDetail.js';
import { activityHeatmap } from './activityHeatmap.js';
import { activityInsights } from './activityInsights.js';
import { assignmentProgress } from './assignmentProgress.js';
import { bandProgress } from './bandProgress.js';
import { cohortComparison } from './cohortComparison.js';
import { contentPerformance } from './contentPerformance.js';
import type { Db } from './context.js';
import { engagement } from './engagement.js';
import { difficultyCalibration } from './difficultyCalibration.js';
import { eventCohorts } from './eventCohorts.js';
import { eventFrequency } from './eventFrequency.js';
import { eventTiming } from './eventTiming.js';
import { exportRows } from './exportRows.js';
import { leaderboard } from './leaderboard.js';
import { learningVelocity } from './learningVelocity.js';
import { learnerActivitySummary } from './learnerActivitySummary.js';
import { masteryProgression } from './masteryProgression.js';
import { masteryTrend } from './masteryTrend.js';
import { orgOverview } from './orgOverview.js';
import { personalStats } from './personalStats.js';
import { progressSnapshots } from './progressSnapshots.js';
import { questionQuality } from './questionQuality.js';
import { recentAttempts } from './recentAttempts.js';
import { scoreTrend } from './scoreTrend.js';
import { sessionQuality } from './sessionQuality.js';
import { teamComparison } from './teamComparison.js';
import { studentPerformance } from './studentPerformance.js';
import { aiUsage } from './aiUsage.js';
import { topicMastery } from './topicMastery.js';
import { tutorEffectiveness } from './tutorEffectiveness.js';

type Handlers = { [N in QueryName]: (request: AdapterRequestFor<N>, db: Db) => Promise<QueryResult<N>> };

/** One ClickHouse statement per catalog query. */
export const queries: Handlers = {
  orgOverview,
  leaderboard,
  activityHeatmap,
  scoreTrend,
  masteryTrend,
  activityInsights,
  recentAttempts,
  personalStats,
  assignmentProgress,
  learnerActivitySummary,
  eventFrequency,
  exportRows,
  engagement,
  contentPerformance,
  sessionQuality,
  masteryProgression,
  teamComparison,
  accuracyTrend,
  topicMastery,
  learningVelocity,
  difficultyCalibration,
  studentPerformance,
  aiUsage,
  questionQuality,
  tutorEffectiveness,
  cohortComparison,
  progressSnapshots,
  activityDetail,
  bandProgress,
  eventTiming,
  eventCohorts,
};

/** Dispatches a request to its query's implementation. */
export function runQuery(request: AdapterRequest, db: Db): Promise<unknown> {
  const handler = queries[request.name] as (request: AdapterRequest, db: Db) => Promise<unknown>;
  return handler(request, db);
}
