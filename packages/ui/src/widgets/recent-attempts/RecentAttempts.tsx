'use client';
import { useId, useState } from 'react';
import { Pager } from '../../widget-shell/Pager.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useActivityInsights } from '../../hooks/useActivityInsights.js';
import { useRecentAttempts } from '../../hooks/useRecentAttempts.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { attemptsMessages } from '../../i18n/en/recentAttempts.js';
import { filterMessages } from '../../i18n/en/filters.js';
import { tableMessages } from '../../i18n/en/table.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type {
  ActivityOption,
  RecentAttemptsFilters,
  RecentAttemptsProps,
  RecentAttemptsSort,
  RecentAttemptsSortField,
} from './recentAttempts.types.js';
import { ariaSortOf, defaultFilters, exclusiveEnd, inclusiveEnd, nextSort } from './recentAttempts.utils.js';
import { ControlStyles, RowStyles } from '../../widget-shell/partStyles.js';

// Its own words, its toolbar's date and activity filters, and "(you)" beside the viewer's own attempts.
const attemptsWords = { ...attemptsMessages, ...filterMessages, ...tableMessages };

function RecentAttemptsView({
  params = {},
  filters: filtersProp,
  defaultFilters: initialFilters,
  onFiltersChange,
  pageSize: initialPageSize = 20,
  pageSizes = [10, 20, 50, 100],
  activities,
  actions,
  onViewFeedback,
  title: titleProp,
  ...chrome
}: RecentAttemptsProps) {
  const { viewer } = useLearnlens();
  const fmt = useFormat(attemptsWords);
  const title = titleProp ?? fmt.t('attempts.title');
  const id = useId();
  const [pageSize, setPageSize] = useState(initialPageSize);
  const [filters, setFilters] = useControllableState<RecentAttemptsFilters>(
    filtersProp,
    () => ({ ...defaultFilters(params.now), ...initialFilters }),
    onFiltersChange,
  );
  const [sort, setSort] = useState<RecentAttemptsSort>('-startedAt');
  const [page, setPage] = useState(0);
  const [lastKey, setLastKey] = useState('');
  const resetKey = `${filters.from}|${filters.to}|${filters.activityId}|${sort}|${pageSize}`;
  // A new filter or sort starts again at the first page.
  if (resetKey !== lastKey) {
    setLastKey(resetKey);
    if (page !== 0) setPage(0);
  }

  const range = { ...params, from: filters.from, to: filters.to };
  const activityFilter = filters.activityId ? { activityIds: [filters.activityId] } : {};
  const query = useRecentAttempts({ ...range, ...activityFilter, sort, limit: pageSize, offset: page * pageSize });
  const insights = useActivityInsights({ ...range, limit: 500 }, { enabled: activities === undefined });
  const options: ActivityOption[] =
    activities ?? (insights.data?.rows ?? []).map((row) => ({ id: row.activityId, name: row.activityName }));
  const selectedName = options.find((o) => o.id === filters.activityId)?.name ?? filters.activityId;
  const exportParams = { ...range, ...activityFilter };
  const showLearner = viewer.role !== 'learner';

  const toolbar = (
    <div className="ll-toolbar" data-slot="filters" role="group" aria-label={fmt.t('filters.label')}>
      <ControlStyles />
      <RowStyles />
      <label className="ll-field" htmlFor={`${id}-from`}>
        {fmt.t('filters.from')}
        <input
          id={`${id}-from`}
          className="ll-input"
          type="date"
          value={filters.from}
          max={inclusiveEnd(filters.to)}
          onChange={(e) => e.target.value && setFilters({ ...filters, from: e.target.value })}
        />
      </label>
      <label className="ll-field" htmlFor={`${id}-to`}>
        {fmt.t('filters.to')}
        <input
          id={`${id}-to`}
          className="ll-input"
          type="date"
          value={inclusiveEnd(filters.to)}
          min={filters.from}
          onChange={(e) => e.target.value && setFilters({ ...filters, to: exclusiveEnd(e.target.value) })}
        />
      </label>
      <label className="ll-field" htmlFor={`${id}-activity`}>
        {fmt.t('filters.activity')}
        <select
          id={`${id}-activity`}
          className="ll-input"
          value={filters.activityId ?? ''}
          onChange={(e) => setFilters({ ...filters, activityId: e.target.value || null })}
        >
          <option value="">{fmt.t('filters.allActivities')}</option>
          {filters.activityId && !options.some((o) => o.id === filters.activityId) ? (
            <option value={filters.activityId}>{filters.activityId}</option>
          ) : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );

  const rangeText = `${fmt.date(filters.from)} – ${fmt.date(inclusiveEnd(filters.to))}`;
  return (
    <WidgetFrame
      {...chrome}
      widget="recent-attempts"
      title={title}
      description={fmt.t('attempts.description', { range: rangeText })}
      actions={typeof actions === 'function' ? actions(exportParams) : actions}
      toolbar={toolbar}
      query={query}
      subject={fmt.t('attempts.subject')}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={fmt.t('attempts.emptyTitle')}
      emptyReason={selectedName ? fmt.t('attempts.emptyFor', { range: rangeText, activity: selectedName }) : fmt.t('attempts.empty', { range: rangeText })}
    >
      {(data) => {
        return (
          <>
            <ScrollRegion label={typeof title === 'string' ? title : fmt.t('attempts.title')}>
              <table className="ll-table" data-slot="table">
                <caption className="ll-sr-only">
                  {typeof title === 'string' ? title : fmt.t('attempts.title')} {rangeText}
                </caption>
                <thead>
                  <tr>
                    <SortHeader field="startedAt" label={fmt.t('attempts.col.started')} sort={sort} onSort={setSort} />
                    {showLearner ? <SortHeader field="displayName" label={fmt.t('attempts.col.learner')} sort={sort} onSort={setSort} /> : null}
                    <SortHeader field="activityName" label={fmt.t('attempts.col.activity')} sort={sort} onSort={setSort} />
                    <SortHeader field="score" label={fmt.t('attempts.col.score')} sort={sort} onSort={setSort} align="end" />
                    <SortHeader field="durationSeconds" label={fmt.t('attempts.col.duration')} sort={sort} onSort={setSort} align="end" />
                    {onViewFeedback ? (
                      <th scope="col" data-column="actions">
                        <span className="ll-sr-only">{fmt.t('attempts.col.actions')}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.attemptId} data-slot="row" data-self={showLearner && row.userId === viewer.userId ? 'true' : undefined}>
                      <td data-column="startedAt">{fmt.dateTime(row.startedAt)}</td>
                      {showLearner ? <td data-column="learner">
                          {row.displayName}
                          {row.userId === viewer.userId ? <span data-slot="you"> {fmt.t('common.you')}</span> : null}
                        </td> : null}
                      <td data-column="activity" title={row.activityName}>
                        <span className="ll-truncate">{row.activityName}</span>
                      </td>
                      <td data-column="score" data-align="end">
                        {row.score === null ? <span title={fmt.t('attempts.notScored')}>—</span> : fmt.number(row.score, { maximumFractionDigits: 1 })}
                      </td>
                      <td data-column="duration" data-align="end">
                        {row.durationSeconds === null ? '—' : fmt.duration(row.durationSeconds)}
                      </td>
                      {onViewFeedback ? (
                        <td data-column="actions" data-align="end">
                          <button
                            type="button"
                            className="ll-button"
                            data-slot="view-feedback"
                            aria-label={fmt.t('attempts.viewFeedbackOn', { activity: row.activityName, started: fmt.dateTime(row.startedAt) })}
                            onClick={() => onViewFeedback(row.attemptId)}
                          >
                            {fmt.t('attempts.viewFeedback')}
                          </button>
                        </td>
                      ) : null}
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
          </>
        );
      }}
    </WidgetFrame>
  );
}

function SortHeader({
  field,
  label,
  sort,
  onSort,
  align,
}: {
  field: RecentAttemptsSortField;
  label: string;
  sort: RecentAttemptsSort;
  onSort: (sort: RecentAttemptsSort) => void;
  align?: 'end';
}) {
  const state = ariaSortOf(sort, field);
  return (
    <th scope="col" aria-sort={state} data-align={align} data-column={field}>
      <button type="button" className="ll-sort" onClick={() => onSort(nextSort(sort, field))}>
        {label}
        <span aria-hidden="true">{state === 'ascending' ? '↑' : state === 'descending' ? '↓' : '↕'}</span>
      </button>
    </th>
  );
}

/**
 * A page of attempts with date-range and activity filters, sorting and pagination; with `onViewFeedback`, a "View
 * feedback" button per attempt (seed 002 trainee dashboard).
 */
export const RecentAttempts = withWidgetBoundary(RecentAttemptsView, {
  widget: 'recent-attempts',
  title: 'attempts.title',
  subject: 'attempts.subject',
  messages: attemptsMessages,
});
