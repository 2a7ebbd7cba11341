import type { QueryParams, QueryParamsInput, QueryResult } from '@learnlens/data-client';
import type { ReactNode } from 'react';
import type { WidgetChromeProps } from '../../widget-shell/WidgetFrame.js';

/** A row of the `questionQuality` query: one question. */
export type QuestionQualityRow = QueryResult<'questionQuality'>['rows'][number];

/** The sort the query accepts: a field, with a leading "-" for descending. */
export type QuestionQualitySort = QueryParams<'questionQuality'>['sort'];

/** A sortable column of the table. */
export type QuestionQualityField = Exclude<QuestionQualitySort, `-${string}`>;

/** Props of `QuestionQuality`. */
export interface QuestionQualityProps extends WidgetChromeProps {
  /** Range (default all history), `timezone`, `now` and filters; sort and paging belong to the widget. */
  params?: Omit<QueryParamsInput<'questionQuality'>, 'sort' | 'limit' | 'offset'>;
  /** The sort (controlled), e.g. "-flagRate". */
  sort?: QuestionQualitySort;
  /** The sort used first when uncontrolled; default "-flagRate" (the most flagged questions first). */
  defaultSort?: QuestionQualitySort;
  /** Called when the user sorts by a column header. */
  onSortChange?: (sort: QuestionQualitySort) => void;
  /** Questions per page; default 10. */
  pageSize?: number;
  /** Page sizes offered; default 10, 25, 50. */
  pageSizes?: readonly number[];
  /** Called when the user opens a question (its title is then a button), e.g. to show it in the host's editor. */
  onSelect?: (row: QuestionQualityRow) => void;
  /** The question to highlight, e.g. the one open in the host's editor. */
  selectedId?: string;
  /** Header actions, e.g. an `ExportButton`. */
  actions?: ReactNode;
}
