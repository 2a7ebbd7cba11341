import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One day of the `engagement` query. */
export type EngagementDay = QueryResult<'engagement'>['days'][number];

/** Props of `Engagement`. */
export interface EngagementProps extends WidgetChromeProps {
  /** Query parameters: range (default the 90 days up to today), `timezone` (default the viewer's), `now`, filters. */
  params?: QueryParamsInput<'engagement'>;
  /** Chart or table (controlled). */
  view?: ChartView;
  /** The view shown first when uncontrolled; default "chart". */
  defaultView?: ChartView;
  /** Called when the user switches between chart and table. */
  onViewChange?: (view: ChartView) => void;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
  /** Chart height in px; default 240. */
  height?: number;
}
