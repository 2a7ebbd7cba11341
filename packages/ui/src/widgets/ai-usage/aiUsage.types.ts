import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A row of the `aiUsage` query: one day and operation (or model). */
export type AiUsageDay = QueryResult<'aiUsage'>['rows'][number];

/** What the rows are keyed by besides the day. */
export type AiUsageGroup = QueryResult<'aiUsage'>['groupBy'];

/** One operation's (or model's) calls summed over the range, with its days for the small charts. */
export interface AiUsageTotal {
  /** The operation or model. */
  key: string;
  /** Calls. */
  calls: number;
  /** Input tokens. */
  tokensInput: number;
  /** Output tokens. */
  tokensOutput: number;
  /** Cost in US dollars. */
  costUsd: number;
  /** Failed calls. */
  failedCalls: number;
  /** Its days, oldest first. */
  days: AiUsageDay[];
}

/** Props of `AiUsage`. */
export interface AiUsageProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now` and filters; grouping comes from `groupBy`. */
  params?: Omit<QueryParamsInput<'aiUsage'>, 'groupBy'>;
  /** Group by operation (default) or model, first shown; the user can switch. */
  defaultGroupBy?: AiUsageGroup;
}
