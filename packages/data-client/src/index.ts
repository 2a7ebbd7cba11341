// The public API of @learnlens/data-client. Named exports only, so the
// package's surface is a decision rather than an accident.

export type {
  AdapterAnswer,
  AdapterRequest,
  AdapterRequestFor,
  BackendAdapter,
  QueryRequest,
  QueryRequestFor,
  RunHints,
} from './adapter.js';
export { answerInScope } from './answerInScope.js';
export { assertScopeCovers, checkRequestRules, requestedUserIds, scopeRequestOf } from './scopeRules.js';
export {
  catalog,
  type Catalog,
  type QueryDefinitionFor,
  type QueryName,
  type QueryParams,
  type QueryParamsInput,
  type QueryResult,
} from './catalog/index.js';
// Each definition on its own, so a widget's hook bundles only its query (see docs/adapters.md, "Adding a query").
export * from './catalog/definitions.js';
export { isQueryName, queryNames } from './catalog/queryNames.js';
export { paramDoc, paramDocs, queryDocs, type QueryDoc } from './catalog/queryDocs.js';
export { ACTIVITY_DETAIL_LEARNERS, distributionBuckets, scoreBucketOf, scoreBuckets } from './catalog/activityDetail.js';
export { ENGAGEMENT_MONTH_DAYS, ENGAGEMENT_WEEK_DAYS } from './catalog/engagement.js';
export {
  ASSESSMENT_COMPLETE_EVENT_TYPE,
  completionEventTypes,
  contentEventKinds,
  ERROR_EVENT_TYPE,
  sessionDurationBounds,
  startEventTypes,
} from './catalog/eventKinds.js';
export { bandGroupings } from './catalog/bandProgress.js';
export { exportRowSchema, type ExportRow } from './catalog/exportRows.js';
export {
  callTenthOf,
  defaultEventCohortBounds,
  EVENT_TIMING_PARTS,
  eventCohortBandOf,
  kpiEventTypes,
} from './catalog/kpiEvents.js';
export { leaderboardPeriod, type LeaderboardPeriod } from './catalog/leaderboardPeriod.js';
export {
  accuracyPctOf,
  compareDifficultyGroups,
  DEFAULT_MASTERY_THRESHOLD,
  DEFAULT_MIN_CALIBRATION_ATTEMPTS,
  DEFAULT_RECENT_ATTEMPTS,
  difficultyBands,
  difficultyOrder,
  FAMILIAR_PERCENT,
  isMiscalibrated,
  masteryLevelOf,
  masteryLevels,
  QUESTION_KIND,
  type DifficultyBand,
  type DifficultyGroup,
  type MasteryLevel,
  type TopicEvidence,
} from './catalog/questionAnswers.js';
export { QUESTION_QUALITY_TOP_REASONS } from './catalog/questionQuality.js';
export { IMPROVEMENT_WINDOW_DAYS } from './catalog/tutorEffectiveness.js';
export { createClient } from './client.js';
export {
  clientWithDefinitions,
  exportHere,
  type AnyQueryDefinition,
  type ClientOptions,
  type LearnlensClient,
  type QueryCallOptions,
  type QueryDefinitions,
  type QueryRef,
} from './clientCore.js';
export { createLeanClient, definitionsHandedIn, type LeanClientOptions, type QueriesByName } from './leanClient.js';
export { defineQuery, staleTimes, type QueryDefinition } from './defineQuery.js';
export {
  activitySchema,
  aiUsageSchema,
  assignmentAssigneeSchema,
  assignmentSchema,
  attemptSchema,
  auditEntrySchema,
  eventSchema,
  flagReasonSchema,
  flagStatusSchema,
  masteryDeltaSchema,
  orgSchema,
  questionFlagSchema,
  questionStatusSchema,
  roleSchema,
  scoreScaleSchema,
  sessionSchema,
  spacedRepetitionSchema,
  tableNames,
  tableSchemas,
  teamSchema,
  tutoringSessionSchema,
  userSchema,
  type Activity,
  type AiUsage,
  type Assignment,
  type AssignmentAssignee,
  type Attempt,
  type AuditEntry,
  type FlagReason,
  type FlagStatus,
  type LearnerEvent,
  type LearningSession,
  type MasteryDelta,
  type Org,
  type QuestionFlag,
  type QuestionStatus,
  type Role,
  type ScoreScale,
  type SpacedRepetition,
  type TableName,
  type Team,
  type TutoringSession,
  type User,
} from './domain.js';
export {
  AdapterError,
  AuditWriteError,
  ExportLimitError,
  LearnlensError,
  ResultValidationError,
  ScopeError,
  UnknownQueryError,
  UnsupportedQueryError,
  ValidationError,
  isLearnlensError,
  isTransientError,
  OUT_OF_SCOPE_MESSAGE,
  VIEWER_NOT_MEMBER_MESSAGE,
  type LearnlensErrorCode,
  type ValidationIssue,
} from './errors.js';
export { CSV_ROW_LIMIT, csvCell, encodeCsv, parseCsv, toCsv } from './export/csv.js';
export type { ColumnarColumn, ColumnarRows } from './export/columnarRows.js';
export { exportColumns } from './export/exportColumns.js';
export { biColumnNames, biExportColumns, exportDatasetColumns, type ExportDataset } from './export/exportDatasets.js';
export { encodeParquet, type ColumnType, type ExportColumn } from './export/parquet.js';
export { ParquetStreamWriter } from './export/parquetWriter.js';
export type { ExportFormat, ExportProgress, ExportRequest, ExportResult, ExportStream } from './export/runExport.js';
export { streamExport } from './export/streamExport.js';
export {
  bucketSchema,
  daysSchema,
  isoDateSchema,
  isoTimestampSchema,
  parseSort,
  timeZoneSchema,
  weekStartSchema,
  type Bucket,
  type Days,
} from './params.js';
export { DEFAULT_SMALL_GROUP_THRESHOLD, pseudonymFor, type PrivacyPolicy, type Pseudonym } from './privacy.js';
export { byCodePoint, scopeFromMembers, type OrgMember, type OrgSlice, type OrgTeam } from './scopeFromMembers.js';
export { learnlensQueryOptions } from './learnlensQueryOptions.js';
export { definitionQueryOptions, learnlensQueryKey, retryDelay, shouldRetry } from './queryOptions.js';
export {
  bucketStartDay,
  canonicalTimeZone,
  dayMatches,
  dayNumberOf,
  FIRST_SUPPORTED_YEAR,
  isValidTimeZone,
  isoDateOf,
  isoWeekdayOf,
  LAST_SUPPORTED_YEAR,
  nextBucketStartDay,
  offsetAt,
  zoneClock,
  ZoneClock,
  type OffsetChange,
  type ZoneOffsets,
} from './time.js';
export { isoString } from './isoString.js';
export { parseViewer, resolvedScopeSchema, viewerSchema, type ResolvedScope, type ScopeRequest, type Viewer } from './viewer.js';
