import type { QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** One assignment's progress, as the `assignmentProgress` query returns it. */
export type AssignmentProgressRow = QueryResult<'assignmentProgress'>['rows'][number];

/** Props of `AssignmentProgress`. */
export interface AssignmentProgressProps extends WidgetChromeProps {
  /** `assignmentProgress` parameters: due-date range, `now`, team, sort, paging. */
  params?: QueryParamsInput<'assignmentProgress'>;
  /** Header actions. */
  actions?: ReactNode;
  /** When given, each assignment has a "Start" button that calls it with the assignment's id (the host opens it). */
  onStartAssignment?: (assignmentId: string) => void;
}
