import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One content item of the `contentPerformance` query. */
export type ContentPerformanceRow = QueryResult<'contentPerformance'>['rows'][number];

/** Props of `ContentPerformance`. */
export interface ContentPerformanceProps extends WidgetChromeProps {
  /** Query parameters: range (default the 30 days up to today), `timezone` (default the viewer's), `now`, filters. */
  params?: QueryParamsInput<'contentPerformance'>;
  /** Names of content items by id (the query answers with ids); an item without one shows its id. */
  contentNames?: Readonly<Record<string, string>>;
  /** Items listed at most, most learners first; default 20. */
  limit?: number;
}
