import type { Message } from './translate.js';
import { assignmentsMessages } from './en/assignmentProgress.js';
import { attemptsMessages } from './en/recentAttempts.js';
import { completionMessages } from './en/teamCompletion.js';
import { contentMessages, engagementMessages, progressionMessages, sessionMessages } from './en/eventDashboards.js';
import { teamPerformanceMessages } from './en/teamPerformance.js';
import { activityDetailMessages } from './en/activityDetail.js';
import { dayFilterMessages } from './en/dayFilter.js';
import { filterBarMessages } from './en/filterBar.js';
import { bandProgressMessages } from './en/bandProgress.js';
import { exportMessages } from './en/exportButton.js';
import { pagerMessages } from './en/pager.js';
import { tableMessages } from './en/table.js';
import { filterMessages } from './en/filters.js';
import { heatmapMessages } from './en/activityHeatmap.js';
import { insightsMessages } from './en/activityInsights.js';
import { kpiMessages } from './en/kpiCards.js';
import { leaderboardMessages } from './en/leaderboard.js';
import { masteryMessages } from './en/masteryTrend.js';
import { sharedMessages } from './shared.messages.js';
import { statsMessages } from './en/personalStats.js';
import { trendMessages } from './en/scoreTrend.js';
import { viewMessages } from './en/views.js';
import { accuracyTrendMessages } from './en/accuracyTrend.js';
import { cohortComparisonMessages } from './en/cohortComparison.js';
import { difficultyCalibrationMessages } from './en/difficultyCalibration.js';
import { learningVelocityMessages } from './en/learningVelocity.js';
import { questionQualityMessages } from './en/questionQuality.js';
import { topicMasteryMessages } from './en/topicMastery.js';
import { tutorEffectivenessMessages } from './en/tutorEffectiveness.js';
import { studyProgressMessages } from './en/studyProgress.js';
import { tutoringViewMessages } from './en/tutoringViews.js';
import { aiUsageMessages } from './en/aiUsage.js';
import { kpiEventsMessages } from './en/kpiEvents.js';

/**
 * The whole English catalog: every word the widgets and views show. Keys are `area.what`; `{name}` placeholders
 * are filled by `t(key, values)`, and an object of plural forms is chosen by `count` with Intl.PluralRules.
 * Each widget bundles only its own part (its `*.messages.ts`) and the shared one, so this object is for hosts
 * and tests; other languages (`messagesDe`, …) must give every key.
 */
export const en = {
  ...sharedMessages,
  ...pagerMessages,
  ...tableMessages,
  ...filterMessages,
  ...kpiMessages,
  ...leaderboardMessages,
  ...heatmapMessages,
  ...trendMessages,
  ...insightsMessages,
  ...assignmentsMessages,
  ...statsMessages,
  ...attemptsMessages,
  ...masteryMessages,
  ...exportMessages,
  ...completionMessages,
  ...engagementMessages,
  ...contentMessages,
  ...sessionMessages,
  ...progressionMessages,
  ...teamPerformanceMessages,
  ...activityDetailMessages,
  ...dayFilterMessages,
  ...filterBarMessages,
  ...bandProgressMessages,
  ...viewMessages,
  ...accuracyTrendMessages,
  ...learningVelocityMessages,
  ...topicMasteryMessages,
  ...difficultyCalibrationMessages,
  ...questionQualityMessages,
  ...tutorEffectivenessMessages,
  ...cohortComparisonMessages,
  ...studyProgressMessages,
  ...tutoringViewMessages,
  ...aiUsageMessages,
  ...kpiEventsMessages,
} as const satisfies Record<string, Message>;

/** A key of the message catalog. */
export type MessageKey = keyof typeof en;

/** A complete catalog: one message per key. */
export type Messages = Record<MessageKey, Message>;
