'use client';
import { useState } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { RowStyles } from '../../widget-shell/partStyles.js';
import { MiniBar } from '../../charts/MiniBar.js';
import { NONE, isFiltered, periodText } from '../../charts/period.js';
import { SortHeader } from '../../charts/SortHeader.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { useQuestionQuality } from '../../hooks/useQuestionQuality.js';
import { questionQualityMessages } from '../../i18n/en/questionQuality.js';
import { Pager } from '../../widget-shell/Pager.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { QuestionQualityProps, QuestionQualitySort } from './questionQuality.types.js';
import { percentOrDash, questionQualityColumns, reasonsText } from './questionQuality.utils.js';

const WIDGET = 'question-quality';

function QuestionQualityInner({
  params = {},
  sort: sortProp,
  defaultSort = '-flagRate',
  onSortChange,
  pageSize: initialPageSize = 10,
  pageSizes = [10, 25, 50],
  onSelect,
  selectedId,
  actions,
  title,
  ...chrome
}: QuestionQualityProps) {
  const format = useFormat(questionQualityMessages);
  const [sort, setSort] = useControllableState<QuestionQualitySort>(sortProp, defaultSort, onSortChange);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const [page, setPage] = useState(0);
  const [lastKey, setLastKey] = useState('');
  const timezone = params.timezone ?? viewerTimeZone();
  // A new sort, page size or filter starts again at the first page.
  const resetKey = JSON.stringify([params, sort, pageSize]);
  if (resetKey !== lastKey) {
    setLastKey(resetKey);
    if (page !== 0) setPage(0);
  }
  const query = useQuestionQuality({ ...params, timezone, sort, limit: pageSize, offset: page * pageSize });
  const period = periodText(params, format);
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const columnKey = field === 'title' ? 'tutoring.question' : questionQualityColumns.find((c) => c.field === field)?.label;
  const caption = format.t('questionQuality.caption', {
    column: columnKey ? format.t(columnKey) : field,
    direction: format.t(descending ? 'questionQuality.descending' : 'questionQuality.ascending'),
  });

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('questionQuality.title')}
      description={format.t('questionQuality.description', { period })}
      subject={format.t('questionQuality.subject')}
      query={query}
      isEmpty={(d) => d.total === 0}
      emptyTitle={format.t('questionQuality.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'questionQuality.emptyReasonFiltered' : 'questionQuality.emptyReason', { period })}
      actions={actions}
      {...chrome}
    >
      {(data) => (
        <div data-slot="content" data-sort={sort}>
          <ChartStyles />
          <TutoringStyles />
          <RowStyles />
          <ScrollRegion label={format.t('questionQuality.tableLabel')}>
            <table className="ll-table" data-slot="table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <SortHeader field="title" label={format.t('tutoring.question')} sort={sort} onSort={setSort} ascendingFirst />
                  {questionQualityColumns.map((c) => (
                    <SortHeader
                      key={c.field}
                      field={c.field}
                      label={format.t(c.label)}
                      sort={sort}
                      onSort={setSort}
                      end={c.end}
                      {...(c.hint ? { hint: format.t(c.hint) } : {})}
                    />
                  ))}
                  <th scope="col" data-column="reasons">
                    {format.t('questionQuality.col.reasons')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr
                    key={row.activityId}
                    data-activity-id={row.activityId}
                    data-selected={row.activityId === selectedId ? 'true' : undefined}
                    data-flagged={row.openFlags > 0 ? 'true' : undefined}
                  >
                    <th scope="row" data-column="title" title={`${row.title} · ${row.topic}`}>
                      {onSelect ? (
                        <button
                          type="button"
                          className="ll-link"
                          data-slot="select"
                          aria-label={format.t('questionQuality.select', { question: row.title })}
                          aria-pressed={row.activityId === selectedId}
                          onClick={() => onSelect(row)}
                        >
                          <span className="ll-truncate">{row.title}</span>
                        </button>
                      ) : (
                        <span className="ll-truncate">{row.title}</span>
                      )}
                      <span className="ll-subtle" data-slot="topic">
                        {row.topic}
                      </span>
                    </th>
                    <td data-column="learners" data-align="end">
                      {format.number(row.learners)}
                    </td>
                    <td data-column="flags" data-align="end">
                      {format.number(row.flags)}
                      {row.openFlags > 0 ? (
                        <span className="ll-subtle" data-slot="open-flags">
                          {format.t('questionQuality.open', { count: row.openFlags })}
                        </span>
                      ) : null}
                    </td>
                    <td data-column="flagRate" data-align="end">
                      {percentOrDash(row.flagRate, format)}
                      <MiniBar ratio={row.flagRate} color="var(--ll-warning)" />
                    </td>
                    <td data-column="accuracy" data-align="end">
                      {percentOrDash(row.accuracy === null ? null : row.accuracy / 100, format)}
                      <MiniBar ratio={row.accuracy === null ? null : row.accuracy / 100} />
                    </td>
                    <td data-column="avgTimeSeconds" data-align="end">
                      {row.avgTimeSeconds === null ? NONE : format.duration(row.avgTimeSeconds)}
                    </td>
                    <td data-column="reasons">{reasonsText(row, format)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            page={page}
            pageSize={pageSize}
            total={data.total}
            shown={data.rows.length}
            onPageChange={setPage}
            pageSizes={pageSizes}
            onPageSizeChange={setPageSize}
          />
        </div>
      )}
    </WidgetFrame>
  );
}

/**
 * Per question: students who answered, flags (open ones noted), flag rate (flags per student who answered), accuracy
 * (ungraded answers count as not correct), average time and the main flag reasons — sorted by the query over every
 * question and paged. With `onSelect`, each question's title is a button that hands the row to the host.
 */
export const QuestionQuality = withWidgetBoundary(QuestionQualityInner, {
  widget: WIDGET,
  title: 'questionQuality.title',
  subject: 'questionQuality.subject',
  messages: questionQualityMessages,
});
