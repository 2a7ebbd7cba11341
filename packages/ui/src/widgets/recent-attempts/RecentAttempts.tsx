'use client';
import { useId, useState } from 'react';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useActivityInsights } from '../../hooks/useActivityInsights.js';
import { useRecentAttempts } from '../../hooks/useRecentAttempts.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
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

function RecentAttemptsView({
  params = {},
  filters: filtersProp,
  defaultFilters: initialFilters,
  onFiltersChange,
  pageSize = 20,
  activities,
  actions,
  title = 'Recent attempts',
  ...chrome
}: RecentAttemptsProps) {
  const { viewer } = useLearnlens();
  const fmt = useFormat();
  const id = useId();
  const [filters, setFilters] = useControllableState<RecentAttemptsFilters>(
    filtersProp,
    () => ({ ...defaultFilters(params.now), ...initialFilters }),
    onFiltersChange,
  );
  const [sort, setSort] = useState<RecentAttemptsSort>('-startedAt');
  const [page, setPage] = useState(0);
  const [lastKey, setLastKey] = useState('');
  const resetKey = `${filters.from}|${filters.to}|${filters.activityId}|${sort}`;
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
    <div className="ll-toolbar" data-slot="filters" role="group" aria-label="Filters">
      <label className="ll-field" htmlFor={`${id}-from`}>
        From
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
        To
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
        Activity
        <select
          id={`${id}-activity`}
          className="ll-input"
          value={filters.activityId ?? ''}
          onChange={(e) => setFilters({ ...filters, activityId: e.target.value || null })}
        >
          <option value="">All activities</option>
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

  const rangeText = `between ${fmt.date(filters.from)} and ${fmt.date(inclusiveEnd(filters.to))}`;
  return (
    <WidgetFrame
      {...chrome}
      widget="recent-attempts"
      title={title}
      actions={typeof actions === 'function' ? actions(exportParams) : actions}
      toolbar={toolbar}
      query={query}
      subject="the attempts"
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle="No attempts"
      emptyReason={`No attempts ${rangeText}${selectedName ? ` for ${selectedName}` : ''}.`}
    >
      {(data) => {
        const first = page * pageSize + 1;
        const last = page * pageSize + data.rows.length;
        const pages = Math.max(1, Math.ceil(data.total / pageSize));
        return (
          <>
            <ScrollRegion label={typeof title === 'string' ? title : 'Recent attempts'}>
              <table className="ll-table" data-slot="table">
                <caption className="ll-sr-only">
                  {typeof title === 'string' ? title : 'Recent attempts'} {rangeText}
                </caption>
                <thead>
                  <tr>
                    <SortHeader field="startedAt" label="Date" sort={sort} onSort={setSort} />
                    {showLearner ? <th scope="col">Learner</th> : null}
                    <th scope="col">Activity</th>
                    <SortHeader field="score" label="Score" sort={sort} onSort={setSort} align="end" />
                    <SortHeader field="durationSeconds" label="Duration" sort={sort} onSort={setSort} align="end" />
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.attemptId} data-slot="row" data-self={row.userId === viewer.userId ? 'true' : undefined}>
                      <td data-column="startedAt">{fmt.dateTime(row.startedAt)}</td>
                      {showLearner ? <td data-column="learner">{row.displayName}</td> : null}
                      <td data-column="activity">{row.activityName}</td>
                      <td data-column="score" data-align="end">
                        {row.score === null ? <span title="Not scored">—</span> : fmt.number(row.score, { maximumFractionDigits: 1 })}
                      </td>
                      <td data-column="duration" data-align="end">
                        {row.durationSeconds === null ? '—' : fmt.duration(row.durationSeconds)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <nav className="ll-pager" data-slot="pagination" aria-label="Pages">
              <span aria-live="polite">
                {`${fmt.number(first)}–${fmt.number(last)} of ${fmt.number(data.total)}`}
              </span>
              <button type="button" className="ll-button" onClick={() => setPage(page - 1)} disabled={page === 0}>
                Previous
              </button>
              <span>{`Page ${fmt.number(page + 1)} of ${fmt.number(pages)}`}</span>
              <button type="button" className="ll-button" onClick={() => setPage(page + 1)} disabled={page + 1 >= pages}>
                Next
              </button>
            </nav>
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

/** A page of attempts with date-range and activity filters, sorting and pagination. */
export const RecentAttempts = withWidgetBoundary(RecentAttemptsView, {
  widget: 'recent-attempts',
  title: 'Recent attempts',
  subject: 'the attempts',
});
