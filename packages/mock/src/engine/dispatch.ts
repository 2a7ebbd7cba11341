import {
  catalog,
  type AdapterRequest,
  type QueryName,
  type QueryParams,
  type QueryResult,
} from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { createContext, type EngineContext } from './context.js';
import { accuracyTrend } from './queries/accuracyTrend.js';
import { activityDetail } from './queries/activityDetail.js';
import { activityHeatmap } from './queries/activityHeatmap.js';
import { activityInsights } from './queries/activityInsights.js';
import { assignmentProgress } from './queries/assignmentProgress.js';
import { bandProgress } from './queries/bandProgress.js';
import { cohortComparison } from './queries/cohortComparison.js';
import { contentPerformance } from './queries/contentPerformance.js';
import { engagement } from './queries/engagement.js';
import { difficultyCalibration } from './queries/difficultyCalibration.js';
import { eventCohorts } from './queries/eventCohorts.js';
import { eventFrequency } from './queries/eventFrequency.js';
import { eventTiming } from './queries/eventTiming.js';
import { exportRows } from './queries/exportRows.js';
import { leaderboard } from './queries/leaderboard.js';
import { learningVelocity } from './queries/learningVelocity.js';
import { learnerActivitySummary } from './queries/learnerActivitySummary.js';
import { masteryProgression } from './queries/masteryProgression.js';
import { masteryTrend } from './queries/masteryTrend.js';
import { orgOverview } from './queries/orgOverview.js';
import { personalStats } from './queries/personalStats.js';
import { progressSnapshots } from './queries/progressSnapshots.js';
import { questionQuality } from './queries/questionQuality.js';
import { recentAttempts } from './queries/recentAttempts.js';
import { scoreTrend } from './queries/scoreTrend.js';
import { sessionQuality } from './queries/sessionQuality.js';
import { teamComparison } from './queries/teamComparison.js';
import { studentPerformance } from './queries/studentPerformance.js';
import { aiUsage } from './queries/aiUsage.js';
import { topicMastery } from './queries/topicMastery.js';
import { tutorEffectiveness } from './queries/tutorEffectiveness.js';

type Engine<N extends QueryName> = (ctx: EngineContext, params: QueryParams<N>) => QueryResult<N>;

const engines: { [N in QueryName]: Engine<N> } = {
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

/**
 * Answers one request under the scope the adapter resolved for it a moment ago, in the same `run` call (see
 * createMockAdapter): every scan stays inside the viewer's org slice and the users that scope allows.
 */
export function runQuery(dataset: MockDataset, request: AdapterRequest): QueryResult<QueryName> {
  const { name, params } = request;
  const ctx = createContext(dataset, request, catalog[name].showsPeers);
  return (engines[name] as Engine<QueryName>)(ctx, params);
}
