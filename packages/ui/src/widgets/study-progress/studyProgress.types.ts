import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One snapshot of the `progressSnapshots` query: a learner's progress at the end of a week or month. */
export type ProgressSnapshot = QueryResult<'progressSnapshots'>['rows'][number];

/** Props of `StudyProgress`. */
export interface StudyProgressProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now`, bucket (default week), filters and the mastery rule. */
  params?: Omit<QueryParamsInput<'progressSnapshots'>, 'userIds' | 'limit' | 'offset'>;
  /** The learner; default the viewer when the viewer is a learner. */
  userId?: string;
  /** Weeks (or months) listed in the table, newest first; default 8. */
  rows?: number;
}
