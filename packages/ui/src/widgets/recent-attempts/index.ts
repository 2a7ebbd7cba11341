'use client';
export { RecentAttempts } from './RecentAttempts.js';
export type {
  ActivityOption,
  RecentAttempt,
  RecentAttemptsExportParams,
  RecentAttemptsFilters,
  RecentAttemptsProps,
  RecentAttemptsSort,
  RecentAttemptsSortField,
} from './recentAttempts.types.js';
