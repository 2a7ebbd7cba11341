import type * as z from 'zod';
import { accuracyTrend } from './accuracyTrend.js';
import { activityDetail } from './activityDetail.js';
import { activityHeatmap } from './activityHeatmap.js';
import { activityInsights } from './activityInsights.js';
import { assignmentProgress } from './assignmentProgress.js';
import { bandProgress } from './bandProgress.js';
import { cohortComparison } from './cohortComparison.js';
import { contentPerformance } from './contentPerformance.js';
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

/** Every query Learnlens answers. Widgets fetch only through these entries. */
export const catalog = {
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
} as const;

/** The catalog's type. */
export type Catalog = typeof catalog;
/** A catalog query name. */
export type QueryName = keyof Catalog;
/** Parameters as a caller passes them (defaults optional). */
export type QueryParamsInput<N extends QueryName> = z.input<Catalog[N]['params']>;
/** Parameters as an adapter receives them (validated, defaults applied). */
export type QueryParams<N extends QueryName> = z.output<Catalog[N]['params']>;
/** A query's validated result. */
export type QueryResult<N extends QueryName> = z.output<Catalog[N]['result']>;

/** A catalog entry by its name's type. */
export type QueryDefinitionFor<N extends QueryName> = Catalog[N];

export { isQueryName, queryNames } from './queryNames.js';
