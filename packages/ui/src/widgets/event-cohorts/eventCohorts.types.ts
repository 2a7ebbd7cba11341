import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One band of the `eventCohorts` query: the learners whose events per call fall in it. */
export type EventCohortBand = QueryResult<'eventCohorts'>['bands'][number];

/** Props of `EventCohorts`. */
export interface EventCohortsProps extends WidgetChromeProps {
  /**
   * Query parameters: `eventType` (default "question_asked"), `bounds` (default 3 and 8 per call), range (default the 90
   * days up to today), `timezone` (default the viewer's), filters.
   */
  params?: QueryParamsInput<'eventCohorts'>;
  /** Names of event types beyond seed 002's six KPI types (which have their own words), by type. */
  typeNames?: Readonly<Record<string, string>>;
}
