'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts);
// then the frame every widget shares, so the shared code sits in one piece ahead of each widget's own.
import { Chart } from '../../charts/Chart.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { useId, useMemo } from 'react';
import { addDaysIso } from '../../charts/buckets.js';
import type { ChartRenderer } from '../../charts/chart.types.js';
import { ChartStyles } from '../../charts/chartStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { isFiltered } from '../../charts/period.js';
import { rangeBarModules, rangeBarOption } from '../../charts/rangeBarOption.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useActivityInsights } from '../../hooks/useActivityInsights.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { ScoreScale } from '../../charts/scoreScale.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { insightsMessages } from '../../i18n/en/activityInsights.js';
import type {
  ActivityInsightsField,
  ActivityInsightsProps,
  ActivityInsightsSort,
  ActivityInsightView,
} from './activityInsights.types.js';
import {
  DEFAULT_MIN_ATTEMPTS_FOR_VARIANCE,
  DEFAULT_VARIANCE_THRESHOLD,
  formatScore,
  insightsChartInput,
  insightViews,
  nextSort,
  sortParts,
} from './activityInsights.utils.js';

const WIDGET = 'activity-insights';
const BAR_HEIGHT = 28;

// Priority: which columns a narrow widget hides first (3, then 2); activity, attempts and average always show.
const columns: readonly { field: ActivityInsightsField; label: MessageKey; priority?: 2 | 3 }[] = [
  { field: 'attemptCount', label: 'insights.col.attempts' },
  { field: 'avgScore', label: 'insights.col.average' },
  { field: 'scoreStddev', label: 'insights.col.sd', priority: 2 },
  { field: 'medianScore', label: 'insights.col.median', priority: 3 },
  { field: 'avgDurationSeconds', label: 'insights.col.duration', priority: 3 },
  { field: 'lastAttemptedAt', label: 'insights.col.last', priority: 2 },
];

function tableColumns(
  format: Formatters,
  sortField: ActivityInsightsField,
  descending: boolean,
  onSort: (field: ActivityInsightsField) => void,
  onSelect: ActivityInsightsProps['onActivitySelect'],
  hintId: string,
): DataColumn<ActivityInsightView>[] {
  const cells: Record<ActivityInsightsField, (r: ActivityInsightView) => string> = {
    attemptCount: (r) => format.number(r.attemptCount),
    avgScore: (r) => formatScore(r.avgScore, format),
    scoreStddev: (r) => formatScore(r.scoreStddev, format),
    medianScore: (r) => formatScore(r.medianScore, format),
    avgDurationSeconds: (r) => (r.avgDurationSeconds === null ? '—' : format.duration(r.avgDurationSeconds)),
    lastAttemptedAt: (r) => (r.lastAttemptedAt === null ? '—' : format.date(r.lastAttemptedAt, 'PP')),
  };
  return [
    {
      header: format.t('insights.col.activity'),
      // A button, so a click and Enter or Space open the activity's detail alike.
      cell: (r) =>
        onSelect ? (
          <button
            type="button"
            className="ll-link"
            data-slot="activity-link"
            aria-describedby={hintId}
            onClick={(event) => onSelect(r.activityId, r, event.currentTarget)}
          >
            {r.activityName}
          </button>
        ) : (
          r.activityName
        ),
      wrap: true,
    },
    ...columns.map(
      (c): DataColumn<ActivityInsightView> => ({
        end: true,
        ...(c.priority ? { priority: c.priority } : {}),
        headerProps: {
          'data-column': c.field,
          'aria-sort': sortField === c.field ? (descending ? 'descending' : 'ascending') : 'none',
        },
        header: (
          <button type="button" className="ll-sort" data-slot="sort" onClick={() => onSort(c.field)}>
            {format.t(c.label)}
            <span aria-hidden="true">{sortField === c.field ? (descending ? '▼' : '▲') : ''}</span>
          </button>
        ),
        cell: cells[c.field],
      }),
    ),
    {
      header: format.t('insights.col.spread'),
      cell: (r) =>
        r.highVariance ? (
          <span className="ll-badge" data-slot="high-variance">
            {format.t('insights.highVariance')}
          </span>
        ) : null,
    },
  ];
}

interface BodyProps {
  rows: readonly ActivityInsightView[];
  total: number;
  sort: ActivityInsightsSort;
  onSort: (field: ActivityInsightsField) => void;
  maxBars: number;
  showChart: boolean;
  renderer: ChartRenderer;
  animation: boolean;
  thresholdText: string;
  scale: ScoreScale | undefined;
  onSelect: ActivityInsightsProps['onActivitySelect'];
}

function InsightsBody({ rows, total, sort, onSort, maxBars, showChart, renderer, animation, thresholdText, scale, onSelect }: BodyProps) {
  const palette = useChartPalette();
  const format = useFormat(insightsMessages);
  const charted = useMemo(() => rows.slice(0, Math.max(1, maxBars)), [rows, maxBars]);
  const option = useMemo(() => rangeBarOption(insightsChartInput(charted, format, scale), palette), [charted, format, palette, scale]);
  const { field: sortField, descending } = sortParts(sort);
  const flagged = rows.filter((r) => r.highVariance).length;
  const sortKey = columns.find((c) => c.field === sortField)?.label;
  const sortLabel = sortKey ? format.t(sortKey) : sortField;
  // The activity links' shared description: a button named by the activity, described as opening its detail.
  const hintId = `ll-insights-hint-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  return (
    <div data-slot="content" data-sort={sort} data-flagged-count={flagged}>
      <ChartStyles />
      {showChart ? (
        <Chart
          modules={rangeBarModules}
          option={option}
          renderer={renderer}
          animation={animation}
          height={48 + charted.length * BAR_HEIGHT}
          data-slot="chart"
          role="img"
          aria-label={format.t('insights.chartLabel', { count: charted.length, sort: sortLabel })}
        />
      ) : null}
      <p className="ll-chart-note" data-slot="note">
        {format.t('insights.flagged', { count: flagged, threshold: thresholdText })}
        {total > rows.length ? ` ${format.t('insights.showing', { shown: format.number(rows.length), count: total })}` : ''}
      </p>
      {onSelect ? (
        <span id={hintId} hidden>
          {format.t('insights.openDetail')}
        </span>
      ) : null}
      <div className="ll-scroll" data-slot="scroll">
        <DataTable
          columns={tableColumns(format, sortField, descending, onSort, onSelect, hintId)}
          rows={rows}
          rowKey={(r) => r.activityId}
          rowData={(r) => ({ 'data-activity-id': r.activityId, 'data-flagged': r.highVariance ? 'true' : undefined })}
          caption={format.t(descending ? 'insights.captionDesc' : 'insights.captionAsc', { sort: sortLabel })}
          visible
        />
      </div>
    </div>
  );
}

function ActivityInsightsInner({
  params = {},
  sort: sortProp,
  defaultSort = '-attemptCount',
  onSortChange,
  limit = 50,
  varianceThreshold = DEFAULT_VARIANCE_THRESHOLD,
  minAttemptsForVariance = DEFAULT_MIN_ATTEMPTS_FOR_VARIANCE,
  maxBars = 10,
  showChart = true,
  renderer = 'svg',
  animation = true,
  scoreScale,
  onActivitySelect,
  title,
  ...chrome
}: ActivityInsightsProps) {
  const format = useFormat(insightsMessages);
  const [sort, setSort] = useControllableState(sortProp, defaultSort, onSortChange);
  const query = useActivityInsights({ ...params, timezone: params.timezone ?? viewerTimeZone(), sort, limit });
  const rows = useMemo(
    () => (query.data ? insightViews(query.data.rows, varianceThreshold, minAttemptsForVariance) : []),
    [query.data, varianceThreshold, minAttemptsForVariance],
  );
  const thresholdText = format.t('insights.threshold', { pct: format.percent(varianceThreshold, 0), min: format.number(minAttemptsForVariance) });
  const { from, to } = params;
  const period =
    from !== undefined || to !== undefined
      ? `${from !== undefined ? format.date(from) : format.t('insights.start')} – ${to !== undefined ? format.date(addDaysIso(to, -1)) : format.t('insights.now')}`
      : format.t('insights.allTime');

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('insights.title')}
      description={format.t('insights.description', { period })}
      subject={format.t('insights.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('insights.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'insights.emptyReasonFiltered' : 'insights.emptyReason', { period })}
      {...chrome}
    >
      {(data) => (
        <InsightsBody
          rows={rows}
          total={data.total}
          sort={sort}
          onSort={(field) => setSort(nextSort(sort, field))}
          maxBars={maxBars}
          showChart={showChart}
          renderer={renderer}
          animation={animation}
          thresholdText={thresholdText}
          scale={scoreScale}
          onSelect={onActivitySelect}
        />
      )}
    </WidgetFrame>
  );
}

/**
 * Per activity: attempts, average, standard deviation and median score, duration and last attempt, sortable;
 * activities whose scores vary a lot are flagged (coefficient of variation ≥ `varianceThreshold`, default 0.3, over at
 * least 5 scored attempts; correct/incorrect scores are never flagged, see `isHighVariance`).
 * The range-bar chart draws average ± SD and the median of the first rows; the table is its data.
 */
export const ActivityInsights = withWidgetBoundary(ActivityInsightsInner, {
  widget: WIDGET,
  title: 'insights.title',
  subject: 'insights.subject',
  messages: insightsMessages,
});
