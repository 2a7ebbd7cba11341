import type { ScoreScale } from '../../charts/scoreScale.js';
import type { QueryParams, QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A row of the `activityInsights` query. */
export type ActivityInsightRow = QueryResult<'activityInsights'>['rows'][number];

/** The sort the query accepts: a field, with a leading "-" for descending. */
export type ActivityInsightsSort = QueryParams<'activityInsights'>['sort'];

/** A sortable column of the insights table. */
export type ActivityInsightsField = Exclude<ActivityInsightsSort, `-${string}`>;

/** An insights row with its spread judged. */
export interface ActivityInsightView extends ActivityInsightRow {
  /** Coefficient of variation (SD ÷ |average|); null without a SD or with an average of 0. */
  cv: number | null;
  /** Whether the activity's scores vary a lot (see `isHighVariance`). */
  highVariance: boolean;
}

/** Props of `ActivityInsights`. */
export interface ActivityInsightsProps extends WidgetChromeProps {
  /**
   * Query parameters: range (default all history), `timezone` of the range (default the viewer's, the
   * browser's), `now`, and filters. Sort and paging come from `sort` and `limit`.
   */
  params?: Omit<QueryParamsInput<'activityInsights'>, 'sort' | 'limit' | 'offset'>;
  /** The sort (controlled), e.g. "-attemptCount". */
  sort?: ActivityInsightsSort;
  /** The sort used first when uncontrolled; default "-attemptCount". */
  defaultSort?: ActivityInsightsSort;
  /** Called when the user sorts by a column header. */
  onSortChange?: (sort: ActivityInsightsSort) => void;
  /** Rows to load at most; default 50. */
  limit?: number;
  /** Coefficient of variation at or above which an activity is flagged; default 0.3. */
  varianceThreshold?: number;
  /** Scored attempts an activity needs before it can be flagged; default 5. */
  minAttemptsForVariance?: number;
  /** Activities drawn in the chart at most (the first rows in the current sort); default 10. */
  maxBars?: number;
  /** Set false to show the table only. */
  showChart?: boolean;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
  /** The org's score scale, which bounds the chart's axis; read from the scores when omitted. */
  scoreScale?: ScoreScale;
  /**
   * When given, each activity's name is a button that calls it with the activity's id, its row and the button (to
   * return focus to): how a host or a view opens the activity's detail.
   */
  onActivitySelect?: (activityId: string, row: ActivityInsightView, trigger: HTMLElement) => void;
}
