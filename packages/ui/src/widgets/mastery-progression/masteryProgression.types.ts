import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One learner and week of the `masteryProgression` query. */
export type MasteryProgressionRow = QueryResult<'masteryProgression'>['rows'][number];

/** Props of `MasteryProgression`. */
export interface MasteryProgressionProps extends WidgetChromeProps {
  /**
   * Query parameters: range (default the 12 weeks up to today), `timezone` (default the viewer's), `now`, filters and
   * the mastery `threshold` (default 0.8). The bucket is always the week.
   */
  params?: Omit<QueryParamsInput<'masteryProgression'>, 'bucket'>;
  /** Display names of learners by id (the query answers with ids); a learner without one shows their id. */
  learnerNames?: Readonly<Record<string, string>>;
}
