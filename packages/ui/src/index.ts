'use client';
// The public API of @learnlens/ui: explicit named exports only. Each widget also has its own entry
// (`@learnlens/ui/leaderboard`, …) so a host that imports one widget bundles only that widget.

export {
  formatMessage,
  messagesEn,
  pluralForm,
  textDirectionOf,
  type Message,
  type MessageKey,
  type Messages,
  type MessageValues,
  type PluralMessage,
  type TextDirection,
} from './i18n/index.js';
export { LearnlensProvider, useLearnlens, type LearnlensContextValue, type LearnlensProviderProps } from './provider/index.js';
export {
  useAccuracyTrend,
  useActivityDetail,
  useActivityHeatmap,
  useAiUsage,
  useCohortComparison,
  useProgressSnapshots,
  useQuestionQuality,
  useTutorEffectiveness,
  useDifficultyCalibration,
  useLearningVelocity,
  useTopicMastery,
  useActivityInsights,
  useAssignmentProgress,
  useTeamComparison,
  useBandProgress,
  useContentPerformance,
  useEngagement,
  useEventCohorts,
  useEventFrequency,
  useEventTiming,
  useExport,
  useExportRows,
  useLeaderboard,
  useLearnerActivitySummary,
  useDefinedQuery,
  useLearnlensQuery,
  useMasteryProgression,
  useMasteryTrend,
  useOrgOverview,
  usePersonalStats,
  useRecentAttempts,
  useScoreTrend,
  useSessionQuality,
  type ExportStartRequest,
  type ExportStatus,
  type LearnlensQueryHookOptions,
  type LearnlensQueryResult,
  type UseExportResult,
} from './hooks/index.js';
export {
  darkTokens,
  lightTokens,
  ThemeScope,
  tokenVariable,
  useChartPalette,
  useTheme,
  type ChartPalette,
  type ResolvedTheme,
  type ThemeMode,
  type ThemeScopeProps,
  type ThemeTokens,
} from './theme/index.js';
export {
  CardsSkeleton,
  ChartSkeleton,
  describeError,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  TableSkeleton,
  useFormat,
  WidgetEmpty,
  WidgetError,
  WidgetErrorBoundary,
  WidgetFrame,
  WidgetSkeleton,
  withWidgetBoundary,
  type ErrorDescription,
  type Formatters,
  type WidgetChromeProps,
  type WidgetErrorBoundaryProps,
  type WidgetFrameProps,
  type WidgetQueryState,
} from './widget-shell/index.js';

// Widgets (each also has its own entry, e.g. `@learnlens/ui/leaderboard`).
export {
  ActivityHeatmap,
  type ActivityHeatmapProps,
  type ChartRenderer,
  type ChartView,
  type HeatmapCellView,
  type HeatmapGrid,
  type HeatmapSelection,
} from './widgets/activity-heatmap/index.js';
export {
  ActivityInsights,
  coefficientOfVariation,
  isHighVariance,
  type ActivityInsightRow,
  type ActivityInsightsField,
  type ActivityInsightsProps,
  type ActivityInsightsSort,
  type ActivityInsightView,
} from './widgets/activity-insights/index.js';
export { AssignmentProgress, type AssignmentProgressProps, type AssignmentProgressRow } from './widgets/assignment-progress/index.js';
export {
  ActivityDetail,
  type ActivityDetailDay,
  type ActivityDetailLearner,
  type ActivityDetailProps,
  type ActivityDetailResult,
} from './widgets/activity-detail/index.js';
export { TeamPerformance, type TeamPerformanceProps, type TeamPerformanceRow, type TeamPerformanceSummary } from './widgets/team-performance/index.js';
export { BandProgress, type BandProgressProps, type BandProgressRow, type BandProgressSummary } from './widgets/band-progress/index.js';
export { describeExportError, ExportButton, exportFormats, type ExportButtonProps } from './widgets/export-button/index.js';
export { KpiCards, kpiIds, type Kpi, type KpiCardsProps, type KpiChange, type KpiId, type OrgOverview } from './widgets/kpi-cards/index.js';
export {
  Leaderboard,
  leaderboardModes,
  movementOf,
  type LeaderboardColumnId,
  type LeaderboardMode,
  type LeaderboardProps,
  type LeaderboardRow,
  type LeaderboardSort,
  type Movement,
} from './widgets/leaderboard/index.js';
export { MasteryTrend, type MasteryPoint, type MasterySeries, type MasteryTrendProps } from './widgets/mastery-trend/index.js';
export { PersonalStats, type PersonalStatsProps, type PersonalStatsResult } from './widgets/personal-stats/index.js';
export {
  RecentAttempts,
  type ActivityOption,
  type RecentAttempt,
  type RecentAttemptsExportParams,
  type RecentAttemptsFilters,
  type RecentAttemptsProps,
  type RecentAttemptsSort,
  type RecentAttemptsSortField,
} from './widgets/recent-attempts/index.js';
export { ScoreTrend, type ScoreTrendPoint, type ScoreTrendProps } from './widgets/score-trend/index.js';
export { ContentPerformance, rankedContent, type ContentPerformanceProps, type ContentPerformanceRow } from './widgets/content-performance/index.js';
export { Engagement, type EngagementDay, type EngagementProps } from './widgets/engagement/index.js';
export { MasteryProgression, type MasteryProgressionProps, type MasteryProgressionRow } from './widgets/mastery-progression/index.js';
export { SessionQuality, type SessionQualityDay, type SessionQualityProps } from './widgets/session-quality/index.js';

// Seed 002's call events (fact_kpi_events), each also its own entry (`@learnlens/ui/event-timing`, `@learnlens/ui/event-cohorts`).
export { EventCohorts, type EventCohortBand, type EventCohortsProps } from './widgets/event-cohorts/index.js';
export { EventTiming, type EventTimingProps, type EventTimingRow } from './widgets/event-timing/index.js';

// Tutoring widgets (seed 003), each also its own entry (`@learnlens/ui/topic-mastery`, …).
export { AiUsage, aiUsageTotals, type AiUsageDay, type AiUsageGroup, type AiUsageProps, type AiUsageTotal } from './widgets/ai-usage/index.js';
export { AccuracyTrend, type AccuracyBucket, type AccuracyTrendPoint, type AccuracyTrendProps } from './widgets/accuracy-trend/index.js';
export {
  calibrationOrder,
  DifficultyCalibration,
  verdictOf,
  type CalibrationLevel,
  type CalibrationQuestion,
  type CalibrationVerdict,
  type DifficultyCalibrationProps,
} from './widgets/difficulty-calibration/index.js';
export { LearningVelocity, velocitySummary, type LearningVelocityProps, type VelocityDay } from './widgets/learning-velocity/index.js';
export {
  levelCounts,
  masteryLevelOrder,
  TopicMastery,
  type MasteryCell,
  type MasteryGrid,
  type MasteryGridRow,
  type MasteryLevel,
  type TopicMasteryMode,
  type TopicMasteryProps,
  type TopicMasteryResult,
  type TopicSummary,
} from './widgets/topic-mastery/index.js';
export { CohortComparison, type CohortComparisonProps, type CohortRow } from './widgets/cohort-comparison/index.js';
export {
  QuestionQuality,
  reasonLabel,
  type QuestionQualityField,
  type QuestionQualityProps,
  type QuestionQualityRow,
  type QuestionQualitySort,
} from './widgets/question-quality/index.js';
export { StudyProgress, type ProgressSnapshot, type StudyProgressProps } from './widgets/study-progress/index.js';
export { TutorEffectiveness, type TutorEffectivenessProps, type TutorEffectivenessRow } from './widgets/tutor-effectiveness/index.js';

// Views (also `@learnlens/ui/views`): composed from the public widgets above, exactly as a host would.
export {
  AdminView,
  columnCount,
  completionSummary,
  dueWindow,
  effectiveRange,
  FilterBar,
  LearnerView,
  ManagerView,
  presetRange,
  rangePresets,
  TeamCompletion,
  TutorView,
  useActivityOptions,
  useViewFilters,
  ViewCell,
  ViewGrid,
  ViewShell,
  type AdminViewProps,
  type CompletionSummary,
  type DayRange,
  type DueWindow,
  type FilterBarProps,
  type LearnerViewProps,
  type ManagerViewProps,
  type RangePreset,
  type TeamCompletionProps,
  type TeamOption,
  type TutorViewProps,
  type UseViewFiltersOptions,
  type ViewBaseProps,
  type ViewCellProps,
  type ViewCellSpan,
  type ViewChromeProps,
  type ViewColumnsOptions,
  type ViewFilters,
  type ViewFiltersState,
  type ViewGridProps,
  type ViewParams,
  type ViewShellProps,
} from './views/index.js';
