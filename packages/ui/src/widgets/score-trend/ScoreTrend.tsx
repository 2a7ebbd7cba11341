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
import type { ScoreScale } from '../../charts/scoreScale.js';
import { useTrendRange } from '../../charts/useTrendRange.js';
import { useScoreTrend } from '../../hooks/useScoreTrend.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { trendMessages } from '../../i18n/en/scoreTrend.js';
import type { ScoreTrendMetric, ScoreTrendPoint, ScoreTrendProps } from './scoreTrend.types.js';
import { attemptsTrendInput, formatScore, pointLabel, scoreTrendInput, scoreTrendPoints, withEmptyBuckets } from './scoreTrend.utils.js';

const WIDGET = 'score-trend';

function tableColumns(bucket: Bucket, format: Formatters): DataColumn<ScoreTrendPoint>[] {
  return [
    { header: format.t('common.period'), cell: (p) => pointLabel(p, bucket, format) },
    { header: format.t('trend.avgScore'), end: true, cell: (p) => formatScore(p.avgScore, format) },
    { header: format.t('trend.col.attempts'), end: true, cell: (p) => format.number(p.attempts) },
    { header: format.t('trend.col.scored'), end: true, cell: (p) => format.number(p.scoredAttempts) },
  ];
}

function ScoreTrendInner({
  params = {},
  bucket: bucketProp,
  minPxPerPoint = DEFAULT_MIN_PX_PER_POINT,
  height = 240,
  scoreScale,
  metric = 'avgScore',
  title,
  ...chart
}: ScoreTrendProps) {
  const format = useFormat(trendMessages);
  const palette = useChartPalette();
  // The bucket follows from the range and the chart's width, so the query never returns more points than fit.
  const { measureRef, width, timeZone, range, bucket } = useTrendRange(params, { bucket: bucketProp, minPxPerPoint, clamp: false });
  const query = useScoreTrend({ ...params, ...range, timezone: timeZone, bucket }, { enabled: width > 0 });
  const data = query.data?.bucket === bucket ? query.data : undefined;
  const points = useMemo(() => {
    if (!data) return [];
    const merged = scoreTrendPoints(data, width, minPxPerPoint);
    return metric === 'attempts' && merged.every((p) => p.bucketStart === p.lastBucketStart) ? withEmptyBuckets(merged, range, bucket) : merged;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the range's ends, not its (per-render) object
  }, [data, width, minPxPerPoint, metric, range.from, range.to, bucket]);
  const counts = metric === 'attempts';
  const option = useMemo(
    () =>
      data
        ? lineChartOption(counts ? attemptsTrendInput(points, bucket, format) : scoreTrendInput(points, bucket, format, scoreScale), palette)
        : undefined,
    [data, points, bucket, format, palette, scoreScale, counts],
  );
  const rangeText = describeRange(range, format);

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t(counts ? 'trend.attempts.title' : 'trend.title')}
      description={format.t(counts ? `trend.attempts.description.${bucket}` : `trend.description.${bucket}`, { range: rangeText })}
      subject={format.t('trend.subject')}
      query={{ ...query, data }}
      isEmpty={(d) => d.points.length === 0}
      emptyTitle={format.t('trend.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'trend.emptyReasonFiltered' : 'trend.emptyReason', { range: rangeText, timeZone })}
      measureRef={measureRef}
      modules={lineModules}
      height={height}
      caption={format.t(counts ? `trend.attempts.caption.${bucket}` : `trend.caption.${bucket}`, { range: rangeText, timeZone })}
      columns={tableColumns(bucket, format)}
      rowKey={(p) => p.bucketStart}
      rowData={(p) => ({ 'data-bucket-start': p.bucketStart })}
      option={option}
      rows={points}
      attributes={{ 'data-bucket': bucket, 'data-metric': metric }}
      {...chart}
    />
  );
}

/**
 * Average score and attempts per day, week or month; with `metric="attempts"` the line is the count of attempts
 * started (seed 002's attempts trend). The bucket is chosen from the date range and the chart's
 * width (or fixed with `bucket`), so the chart never gets more points than it has pixels.
 */
export const ScoreTrend = withWidgetBoundary(ScoreTrendInner, {
  widget: WIDGET,
  title: 'trend.title',
  subject: 'trend.subject',
  messages: trendMessages,
});
