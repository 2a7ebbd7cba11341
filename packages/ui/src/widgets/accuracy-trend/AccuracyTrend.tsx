'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import type { Bucket } from '@learnlens/data-client';
import { useMemo } from 'react';
import { DEFAULT_MIN_PX_PER_POINT } from '../../charts/buckets.js';
import type { DataColumn } from '../../charts/DataTable.js';
import { describeRange } from '../../charts/dateRange.js';
import { isFiltered } from '../../charts/period.js';
import { useTrendRange } from '../../charts/useTrendRange.js';
import { useAccuracyTrend } from '../../hooks/useAccuracyTrend.js';
import { accuracyTrendMessages } from '../../i18n/en/accuracyTrend.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ChartOrTableFrame } from '../../widget-shell/ChartOrTableFrame.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { AccuracyTrendPoint, AccuracyTrendProps } from './accuracyTrend.types.js';
import { accuracyPointLabel, accuracyTrendInput, accuracyTrendPoints, formatAccuracy } from './accuracyTrend.utils.js';

const WIDGET = 'accuracy-trend';

function tableColumns(bucket: Bucket, format: Formatters): DataColumn<AccuracyTrendPoint>[] {
  return [
    { header: format.t('common.period'), cell: (p) => accuracyPointLabel(p, bucket, format) },
    { header: format.t('tutoring.accuracy'), end: true, cell: (p) => formatAccuracy(p.accuracy, format) },
    { header: format.t('tutoring.correct'), end: true, cell: (p) => format.number(p.correct) },
    { header: format.t('accuracyTrend.col.submitted'), end: true, cell: (p) => format.number(p.submitted) },
  ];
}

function AccuracyTrendInner({
  params = {},
  bucket: bucketProp,
  minPxPerPoint = DEFAULT_MIN_PX_PER_POINT,
  height = 240,
  title,
  ...chart
}: AccuracyTrendProps) {
  const format = useFormat(accuracyTrendMessages);
  const palette = useChartPalette();
  // The bucket follows from the range and the chart's width, so the query never returns more points than fit.
  const { measureRef, width, timeZone, range, bucket } = useTrendRange(params, { bucket: bucketProp, minPxPerPoint, clamp: false });
  const query = useAccuracyTrend({ ...params, ...range, timezone: timeZone, bucket }, { enabled: width > 0 });
  const data = query.data?.bucket === bucket ? query.data : undefined;
  const points = useMemo(() => (data ? accuracyTrendPoints(data, width, minPxPerPoint) : []), [data, width, minPxPerPoint]);
  const option = useMemo(() => (data ? lineChartOption(accuracyTrendInput(points, bucket, format), palette) : undefined), [data, points, bucket, format, palette]);
  const rangeText = describeRange(range, format);

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t('accuracyTrend.title')}
      description={format.t(`accuracyTrend.description.${bucket}`, { range: rangeText })}
      subject={format.t('accuracyTrend.subject')}
      query={{ ...query, data }}
      isEmpty={(d) => d.points.length === 0}
      emptyTitle={format.t('accuracyTrend.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'accuracyTrend.emptyReasonFiltered' : 'accuracyTrend.emptyReason', { range: rangeText, timeZone })}
      measureRef={measureRef}
      modules={lineModules}
      height={height}
      caption={format.t(`accuracyTrend.caption.${bucket}`, { range: rangeText, timeZone })}
      columns={tableColumns(bucket, format)}
      rowKey={(p) => p.bucketStart}
      rowData={(p) => ({ 'data-bucket-start': p.bucketStart })}
      option={option}
      rows={points}
      attributes={{ 'data-bucket': bucket }}
      {...chart}
    />
  );
}

/**
 * Accuracy per day, week or month: correct answers of all submitted ones, an ungraded answer counting as not correct
 * (seed 003 "student accuracy over time"), on a 0–100 % axis, with the data table as the alternative. The bucket is
 * chosen from the range and the chart's width (or fixed with `bucket`).
 */
export const AccuracyTrend = withWidgetBoundary(AccuracyTrendInner, {
  widget: WIDGET,
  title: 'accuracyTrend.title',
  subject: 'accuracyTrend.subject',
  messages: accuracyTrendMessages,
});
