import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ChartRenderer } from '../../charts/chart.types.js';
import type { ChartView } from '../../charts/ViewToggle.js';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A day of the `learningVelocity` query. */
export type VelocityDay = QueryResult<'learningVelocity'>['days'][number];

/** Props of `LearningVelocity`. */
export interface LearningVelocityProps extends WidgetChromeProps {
  /** Range (default the 26 weeks up to today), `timezone` (default the viewer's), `now` and filters. */
  params?: QueryParamsInput<'learningVelocity'>;
  /** Chart or data table (controlled). */
  view?: ChartView;
  /** The view shown first when uncontrolled; default "chart". */
  defaultView?: ChartView;
  /** Called when the user switches between chart and table. */
  onViewChange?: (view: ChartView) => void;
  /** echarts renderer; default "svg". */
  renderer?: ChartRenderer;
  /** Set false to turn chart animation off (tests, screenshots). */
  animation?: boolean;
  /** Height of the chart in pixels; default 240. */
  height?: number;
}
