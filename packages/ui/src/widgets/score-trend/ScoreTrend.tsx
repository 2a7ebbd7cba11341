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
import type { ScoreScale } from '../../charts/scoreScale.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useTrendRange } from '../../charts/useTrendRange.js';
import { ViewToggle, type ChartView } from '../../charts/ViewToggle.js';
import { useScoreTrend } from '../../hooks/useScoreTrend.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { trendMessages } from '../../i18n/en/scoreTrend.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
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

interface BodyProps {
  points: readonly ScoreTrendPoint[];
  bucket: Bucket;
  view: ChartView;
  renderer: ChartRenderer;
  animation: boolean;
  height: number;
  caption: string;
  scale: ScoreScale | undefined;
  metric: ScoreTrendMetric;
}

function ScoreTrendBody({ points, bucket, view, renderer, animation, height, caption, scale, metric }: BodyProps) {
  const palette = useChartPalette();
  const format = useFormat(trendMessages);
  const option = useMemo(
    () =>
      lineChartOption(metric === 'attempts' ? attemptsTrendInput(points, bucket, format) : scoreTrendInput(points, bucket, format, scale), palette),
    [points, bucket, format, palette, scale, metric],
  );
  return (
    <div data-slot="content" data-bucket={bucket} data-view={view} data-points={points.length} data-metric={metric}>
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
      <DataTable
        columns={tableColumns(bucket, format)}
        rows={points}
        rowKey={(p) => p.bucketStart}
        rowData={(p) => ({ 'data-bucket-start': p.bucketStart })}
        caption={caption}
        visible={view === 'table'}
      />
    </div>
  );
}

function ScoreTrendInner({
  params = {},
  bucket: bucketProp,
  minPxPerPoint = DEFAULT_MIN_PX_PER_POINT,
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  height = 240,
  scoreScale,
  metric = 'avgScore',
  title,
  ...chrome
}: ScoreTrendProps) {
  const format = useFormat(trendMessages);
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
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
  const rangeText = describeRange(range, format);
  const filtered = Boolean(params.teamId || params.userIds || params.activityIds);

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t(counts ? 'trend.attempts.title' : 'trend.title')}
      description={format.t(counts ? `trend.attempts.description.${bucket}` : `trend.description.${bucket}`, { range: rangeText })}
      subject={format.t('trend.subject')}
      skeleton="chart"
      query={{ ...query, data }}
      isEmpty={(d) => d.points.length === 0}
      emptyTitle={format.t('trend.emptyTitle')}
      emptyReason={format.t(filtered ? 'trend.emptyReasonFiltered' : 'trend.emptyReason', { range: rangeText, timeZone })}
      actions={<ViewToggle value={view} onValueChange={setView} subject={format.t('trend.subject')} />}
      toolbar={<div ref={measureRef} data-slot="measure" aria-hidden="true" />}
      {...chrome}
    >
      {() => (
        <ScoreTrendBody
          points={points}
          bucket={bucket}
          view={view}
          renderer={renderer}
          animation={animation}
          height={height}
          caption={format.t(counts ? `trend.attempts.caption.${bucket}` : `trend.caption.${bucket}`, { range: rangeText, timeZone })}
          scale={scoreScale}
          metric={metric}
        />
      )}
    </WidgetFrame>
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
