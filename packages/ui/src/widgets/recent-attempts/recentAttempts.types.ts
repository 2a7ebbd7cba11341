import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One attempt row, as the `recentAttempts` query returns it. */
export type RecentAttempt = QueryResult<'recentAttempts'>['rows'][number];

/** What the user filters by. Dates are ISO calendar days; `to` is exclusive, as in every catalog query. */
export interface RecentAttemptsFilters {
  /** First day shown. */
  from: string;
  /** First day not shown. */
  to: string;
  /** One activity, or null for all. */
  activityId: string | null;
}

/** A sortable column of the table. */
export type RecentAttemptsSortField = 'startedAt' | 'score' | 'durationSeconds' | 'displayName' | 'activityName';

/** The server-side sort: a field, with a leading "-" for descending. */
export type RecentAttemptsSort = RecentAttemptsSortField | `-${RecentAttemptsSortField}`;

/** An activity the filter offers. */
export interface ActivityOption {
  /** `activityId`. */
  id: string;
  /** Shown in the list. */
  name: string;
}

/** The `exportRows` parameters matching what the table shows, for an ExportButton in `actions`. */
export type RecentAttemptsExportParams = Omit<QueryParamsInput<'exportRows'>, 'limit' | 'offset'>;

/** Props of `RecentAttempts`. */
export interface RecentAttemptsProps extends WidgetChromeProps {
  /** Fixed filters the user cannot change: `now`, `timezone`, `teamId`, `userIds`. */
  params?: Omit<QueryParamsInput<'recentAttempts'>, 'from' | 'to' | 'activityIds' | 'limit' | 'offset' | 'sort'>;
  /** The filters, when the host controls them. */
  filters?: RecentAttemptsFilters;
  /** The initial filters when uncontrolled (default: the 30 days up to `now`, every activity). */
  defaultFilters?: Partial<RecentAttemptsFilters>;
  /** Told about every filter change. */
  onFiltersChange?: (filters: RecentAttemptsFilters) => void;
  /** Rows per page (default 20). */
  pageSize?: number;
  /** Page sizes the pager offers (default 10, 20, 50, 100); fewer than two hides the size picker. */
  pageSizes?: readonly number[];
  /** Activities the filter offers; by default those with attempts in the range. */
  activities?: ActivityOption[];
  /** Header actions; a function receives the export parameters of what is shown. */
  actions?: ReactNode | ((exportParams: RecentAttemptsExportParams) => ReactNode);
  /** When given, each row has a "View feedback" button that calls it with the attempt's id (the host shows the feedback). */
  onViewFeedback?: (attemptId: string) => void;
}
