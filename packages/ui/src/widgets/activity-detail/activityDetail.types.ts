import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** The `activityDetail` answer the widget draws. */
export type ActivityDetailResult = QueryResult<'activityDetail'>;

/** One learner row of the detail. */
export type ActivityDetailLearner = ActivityDetailResult['learners'][number];

/** One day of the attempts-per-day chart (days without attempts are zeros). */
export interface ActivityDetailDay {
  /** The local day, "YYYY-MM-DD". */
  day: string;
  /** Attempts started that day. */
  attempts: number;
  /** Of them, scored. */
  scoredAttempts: number;
  /** Their average score; null when none was scored. */
  avgScore: number | null;
}

/** Props of `ActivityDetail`. */
export interface ActivityDetailProps extends WidgetChromeProps {
  /** The activity to detail (an id of the viewer's org; another org's is refused as out of scope). */
  activityId: string;
  /** Query parameters besides the activity: range (default all history), `timezone` (default the viewer's), `now`, filters. */
  params?: Omit<QueryParamsInput<'activityDetail'>, 'activityId' | 'learnerLimit'>;
  /** Learners listed at most (those with the most attempts first); default 10. */
  learnerLimit?: number;
  /** When given, a Back button in the header calls it (a drill-down closes itself through it). */
  onClose?: () => void;
  /** Header actions beside the Back button. */
  actions?: ReactNode;
  /** echarts renderer of the per-day chart; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
  /** Height of the per-day chart in pixels; default 160. */
  height?: number;
}
