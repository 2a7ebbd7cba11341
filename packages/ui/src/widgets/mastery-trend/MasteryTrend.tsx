'use client';
import type { Bucket } from '@learnlens/data-client';
import { useMemo } from 'react';
import { DEFAULT_MIN_PX_PER_POINT } from '../../charts/buckets.js';
import { Chart } from '../../charts/Chart.js';
import type { ChartRenderer } from '../../charts/chart.types.js';
import { ChartStyles } from '../../charts/chartStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { describeRange } from '../../charts/dateRange.js';
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useTrendRange } from '../../charts/useTrendRange.js';
import { ViewToggle, type ChartView } from '../../charts/ViewToggle.js';
import { useMasteryTrend } from '../../hooks/useMasteryTrend.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { masteryMessages } from '../../i18n/en/masteryTrend.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { MasteryPoint, MasterySeries, MasteryTrendProps } from './masteryTrend.types.js';
import { formatChange, masterySeries, masteryTrendInput } from './masteryTrend.utils.js';

const WIDGET = 'mastery-trend';

type TableRow = MasteryPoint & { series: MasterySeries };

function tableColumns(bucket: Bucket, format: Formatters): DataColumn<TableRow>[] {
  return [
    { header: format.t('mastery.col.item'), cell: (r) => r.series.name },
    { header: format.t('common.period'), cell: (r) => format.date(r.bucketStart, bucket === 'month' ? 'LLLL yyyy' : 'PP') },
    { header: format.t('mastery.col.average'), end: true, cell: (r) => format.percent(r.avgCurrentMastery, 0) },
    { header: format.t('mastery.col.band'), end: true, cell: (r) => `${format.percent(r.bandLow, 0)}–${format.percent(r.bandHigh, 0)}` },
    { header: format.t('mastery.col.change'), end: true, cell: (r) => formatChange(r.avgMasteryChange, format) },
    { header: format.t('mastery.col.learners'), end: true, cell: (r) => format.number(r.learnersAffected) },
  ];
}

interface BodyProps {
  series: readonly MasterySeries[];
  total: number;
  bucket: Bucket;
  showBand: boolean;
  view: ChartView;
  renderer: ChartRenderer;
  animation: boolean;
  height: number;
  caption: string;
}

function MasteryTrendBody({ series, total, bucket, showBand, view, renderer, animation, height, caption }: BodyProps) {
  const palette = useChartPalette();
  const format = useFormat(masteryMessages);
  const option = useMemo(
    () => lineChartOption(masteryTrendInput(series, bucket, format, showBand), palette),
    [series, bucket, format, showBand, palette],
  );
  const rows = useMemo(() => series.flatMap((s) => s.points.map((p) => ({ ...p, series: s }))), [series]);
  return (
    <div data-slot="content" data-bucket={bucket} data-view={view} data-series={series.length}>
      <ChartStyles />
      {view === 'chart' ? (
        <Chart
          modules={lineModules}
          option={option}
          renderer={renderer}
          animation={animation}
          height={height}
          data-slot="chart"
          role="img"
          aria-label={format.t('chart.sameInTable', { caption })}
        />
      ) : null}
      {total > series.length ? (
        <p className="ll-chart-note" data-slot="note">
          {format.t('mastery.showing', { shown: format.number(series.length), count: total })}
        </p>
      ) : null}
      <DataTable
        columns={tableColumns(bucket, format)}
        rows={rows}
        rowKey={(r) => `${r.series.contentId}|${r.bucketStart}`}
        rowData={(r) => ({ 'data-content-id': r.series.contentId, 'data-bucket-start': r.bucketStart })}
        caption={caption}
        visible={view === 'table'}
      />
    </div>
  );
}

function MasteryTrendInner({
  params = {},
  bucket: bucketProp,
  minPxPerPoint = DEFAULT_MIN_PX_PER_POINT,
  userId,
  maxSeries = 5,
  contentNames,
  showBand = true,
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  height = 260,
  title,
  ...chrome
}: MasteryTrendProps) {
  const format = useFormat(masteryMessages);
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  // Bands cannot be merged after the fact, so a range too long even for months is cut to what fits.
  const { measureRef, width, timeZone, range, bucket } = useTrendRange(params, { bucket: bucketProp, minPxPerPoint, clamp: true });
  const query = useMasteryTrend(
    { ...params, ...range, timezone: timeZone, bucket, ...(userId !== undefined ? { userIds: [userId] } : {}) },
    { enabled: width > 0 },
  );
  const data = query.data?.bucket === bucket ? query.data : undefined;
  const all = useMemo(() => (data ? masterySeries(data, contentNames) : []), [data, contentNames]);
  const shown = useMemo(() => all.slice(0, Math.max(1, maxSeries)), [all, maxSeries]);
  const rangeText = describeRange(range, format);
  const filtered = userId !== undefined ? 'Learner' : params.teamId || params.userIds || params.activityIds ? 'Filtered' : '';

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t(userId === undefined ? 'mastery.title' : 'mastery.titlePath')}
      description={format.t(showBand ? `mastery.descriptionBand.${bucket}` : `mastery.description.${bucket}`, { range: rangeText })}
      subject={format.t('mastery.subject')}
      skeleton="chart"
      query={{ ...query, data }}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('mastery.emptyTitle')}
      emptyReason={format.t(`mastery.empty${filtered}`, { range: rangeText, timeZone })}
      actions={<ViewToggle value={view} onValueChange={setView} subject={format.t('mastery.subject')} />}
      toolbar={<div ref={measureRef} data-slot="measure" aria-hidden="true" />}
      {...chrome}
    >
      {() => (
        <MasteryTrendBody
          series={shown}
          total={all.length}
          bucket={bucket}
          showBand={showBand}
          view={view}
          renderer={renderer}
          animation={animation}
          height={height}
          caption={format.t(userId === undefined ? `mastery.caption.${bucket}` : `mastery.captionOne.${bucket}`, { range: rangeText, timeZone })}
        />
      )}
    </WidgetFrame>
  );
}

/**
 * Average current mastery per content item and bucket, each line with its 95% confidence band; with `userId`,
 * one learner's mastery path. Buckets are chosen so the chart never gets more points than it has pixels.
 */
export const MasteryTrend = withWidgetBoundary(MasteryTrendInner, {
  widget: WIDGET,
  title: 'mastery.title',
  subject: 'mastery.subject',
  messages: masteryMessages,
});
