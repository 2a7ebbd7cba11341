'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts);
// then the frame every widget shares, so the shared code sits in one piece ahead of each widget's own.
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { ChartOrTableFrame } from '../../widget-shell/ChartOrTableFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { Bucket } from '@learnlens/data-client';
import { useMemo } from 'react';
import { DEFAULT_MIN_PX_PER_POINT } from '../../charts/buckets.js';
import type { DataColumn } from '../../charts/DataTable.js';
import { describeRange } from '../../charts/dateRange.js';
import { isFiltered } from '../../charts/period.js';
import { useTrendRange } from '../../charts/useTrendRange.js';
import { useMasteryTrend } from '../../hooks/useMasteryTrend.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { masteryMessages } from '../../i18n/en/masteryTrend.js';
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

function MasteryTrendInner({
  params = {},
  bucket: bucketProp,
  minPxPerPoint = DEFAULT_MIN_PX_PER_POINT,
  userId,
  maxSeries = 5,
  contentNames,
  showBand = true,
  height = 260,
  title,
  ...chart
}: MasteryTrendProps) {
  const format = useFormat(masteryMessages);
  const palette = useChartPalette();
  // Bands cannot be merged after the fact, so a range too long even for months is cut to what fits.
  const { measureRef, width, timeZone, range, bucket } = useTrendRange(params, { bucket: bucketProp, minPxPerPoint, clamp: true });
  const query = useMasteryTrend(
    { ...params, ...range, timezone: timeZone, bucket, ...(userId !== undefined ? { userIds: [userId] } : {}) },
    { enabled: width > 0 },
  );
  const data = query.data?.bucket === bucket ? query.data : undefined;
  const all = useMemo(() => (data ? masterySeries(data, contentNames) : []), [data, contentNames]);
  const shown = useMemo(() => all.slice(0, Math.max(1, maxSeries)), [all, maxSeries]);
  const option = useMemo(
    () => (data ? lineChartOption(masteryTrendInput(shown, bucket, format, showBand), palette) : undefined),
    [data, shown, bucket, format, showBand, palette],
  );
  const rows = useMemo(() => shown.flatMap((s) => s.points.map((p) => ({ ...p, series: s }))), [shown]);
  const rangeText = describeRange(range, format);
  const filtered = userId !== undefined ? 'Learner' : isFiltered(params) ? 'Filtered' : '';

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t(userId === undefined ? 'mastery.title' : 'mastery.titlePath')}
      description={format.t(showBand ? `mastery.descriptionBand.${bucket}` : `mastery.description.${bucket}`, { range: rangeText })}
      subject={format.t('mastery.subject')}
      query={{ ...query, data }}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('mastery.emptyTitle')}
      emptyReason={format.t(`mastery.empty${filtered}`, { range: rangeText, timeZone })}
      measureRef={measureRef}
      modules={lineModules}
      height={height}
      caption={format.t(userId === undefined ? `mastery.caption.${bucket}` : `mastery.captionOne.${bucket}`, { range: rangeText, timeZone })}
      columns={tableColumns(bucket, format)}
      rowKey={(r) => `${r.series.contentId}|${r.bucketStart}`}
      rowData={(r) => ({ 'data-content-id': r.series.contentId, 'data-bucket-start': r.bucketStart })}
      option={option}
      rows={rows}
      attributes={{ 'data-bucket': bucket, 'data-series': shown.length }}
      note={all.length > shown.length && format.t('mastery.showing', { shown: format.number(shown.length), count: all.length })}
      {...chart}
    />
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
