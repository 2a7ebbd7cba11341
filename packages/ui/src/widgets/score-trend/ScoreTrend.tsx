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
import { useScoreTrend } from '../../hooks/useScoreTrend.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { ScoreTrendPoint, ScoreTrendProps } from './scoreTrend.types.js';
import { formatScore, pointLabel, scoreTrendInput, scoreTrendPoints } from './scoreTrend.utils.js';

const WIDGET = 'score-trend';
const bucketWords: Record<Bucket, string> = { day: 'Daily', week: 'Weekly', month: 'Monthly' };

function tableColumns(bucket: Bucket, format: Formatters): DataColumn<ScoreTrendPoint>[] {
  return [
    { header: 'Period', cell: (p) => pointLabel(p, bucket, format) },
    { header: 'Average score', end: true, cell: (p) => formatScore(p.avgScore, format) },
    { header: 'Attempts', end: true, cell: (p) => format.number(p.attempts) },
    { header: 'Scored attempts', end: true, cell: (p) => format.number(p.scoredAttempts) },
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
}

function ScoreTrendBody({ points, bucket, view, renderer, animation, height, caption }: BodyProps) {
  const palette = useChartPalette();
  const format = useFormat();
  const option = useMemo(() => lineChartOption(scoreTrendInput(points, bucket, format), palette), [points, bucket, format, palette]);
  return (
    <div data-slot="content" data-bucket={bucket} data-view={view} data-points={points.length}>
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
          aria-label={`${caption}. The same numbers are in the table.`}
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
  title = 'Average score',
  ...chrome
}: ScoreTrendProps) {
  const format = useFormat();
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  // The bucket follows from the range and the chart's width, so the query never returns more points than fit.
  const { measureRef, width, timeZone, range, bucket } = useTrendRange(params, { bucket: bucketProp, minPxPerPoint, clamp: false });
  const query = useScoreTrend({ ...params, ...range, timezone: timeZone, bucket }, { enabled: width > 0 });
  const data = query.data?.bucket === bucket ? query.data : undefined;
  const points = useMemo(() => (data ? scoreTrendPoints(data, width, minPxPerPoint) : []), [data, width, minPxPerPoint]);
  const rangeText = describeRange(range, format);
  const filtered = params.teamId || params.userIds || params.activityIds ? ' for the chosen filters' : '';

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title}
      description={`${rangeText} · ${bucketWords[bucket].toLowerCase()}`}
      subject="the score trend"
      skeleton="chart"
      query={{ ...query, data }}
      isEmpty={(d) => d.points.length === 0}
      emptyTitle="No attempts yet"
      emptyReason={`No attempts were started between ${rangeText} (${timeZone})${filtered}, so there is no score to show.`}
      actions={<ViewToggle value={view} onValueChange={setView} subject="the score trend" />}
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
          caption={`${bucketWords[bucket]} average score, ${rangeText} (${timeZone})`}
        />
      )}
    </WidgetFrame>
  );
}

/**
 * Average score and attempts per day, week or month. The bucket is chosen from the date range and the chart's
 * width (or fixed with `bucket`), so the chart never gets more points than it has pixels.
 */
export const ScoreTrend = withWidgetBoundary(ScoreTrendInner, {
  widget: WIDGET,
  title: 'Average score',
  subject: 'the score trend',
});
