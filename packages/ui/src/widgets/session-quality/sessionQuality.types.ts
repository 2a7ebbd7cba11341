import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One day of the `sessionQuality` query. */
export type SessionQualityDay = QueryResult<'sessionQuality'>['days'][number];

/** Props of `SessionQuality`. */
export interface SessionQualityProps extends WidgetChromeProps {
  /** Query parameters: range (default the 30 days up to today), `timezone` (default the viewer's), `now`, filters. */
  params?: QueryParamsInput<'sessionQuality'>;
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
  /** Chart height in px; default 220. */
  height?: number;
}
