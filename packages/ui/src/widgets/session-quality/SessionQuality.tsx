'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { useMemo } from 'react';
import type { DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { isFiltered } from '../../charts/period.js';
import { useSessionQuality } from '../../hooks/useSessionQuality.js';
import { sessionMessages } from '../../i18n/en/eventDashboards.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ChartOrTableFrame, dayRows } from '../../widget-shell/ChartOrTableFrame.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { SessionQualityDay, SessionQualityProps } from './sessionQuality.types.js';
import { SESSION_DEFAULT_DAYS, sessionChartInput } from './sessionQuality.utils.js';

const WIDGET = 'session-quality';

function tableColumns(format: Formatters): DataColumn<SessionQualityDay>[] {
  return [
    { header: format.t('common.period'), cell: (d) => format.date(d.day, 'PP') },
    { header: format.t('session.col.sessions'), end: true, cell: (d) => format.number(d.sessions) },
    { header: format.t('session.col.avg'), end: true, cell: (d) => format.duration(Math.round(d.avgDurationSeconds)) },
    { header: format.t('session.col.median'), end: true, cell: (d) => format.duration(Math.round(d.medianDurationSeconds)) },
    { header: format.t('session.col.lengths'), end: true, cell: (d) => d.durationBuckets.map((n) => format.number(n)).join(' · ') },
    { header: format.t('session.col.events'), end: true, cell: (d) => format.number(d.avgEventsPerSession, { maximumFractionDigits: 1 }) },
    { header: format.t('session.completion'), end: true, cell: (d) => (d.completionRate === null ? '—' : format.percent(d.completionRate)) },
    { header: format.t('session.errors'), end: true, cell: (d) => format.percent(d.errorShare) },
  ];
}

function SessionQualityInner({ params = {}, height = 220, title, ...chart }: SessionQualityProps) {
  const format = useFormat(sessionMessages);
  const palette = useChartPalette();
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, SESSION_DEFAULT_DAYS);
  const query = useSessionQuality({ ...params, ...range, timezone: timeZone });
  const days = query.data?.days;
  const option = useMemo(() => (days ? lineChartOption(sessionChartInput(days, format), palette) : undefined), [days, format, palette]);
  const rangeText = describeRange(range, format);

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t('session.title')}
      description={format.t('session.description', { range: rangeText })}
      subject={format.t('session.subject')}
      query={query}
      isEmpty={(d) => d.days.length === 0}
      emptyTitle={format.t('session.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'session.emptyReasonFiltered' : 'session.emptyReason', { range: rangeText, timeZone })}
      modules={lineModules}
      height={height}
      caption={format.t('session.caption', { range: rangeText, timeZone })}
      columns={tableColumns(format)}
      scroll
      {...dayRows}
      option={option}
      rows={days ?? []}
      {...chart}
    />
  );
}

/**
 * Seed 001's "session quality analysis": per day the sessions started, their average and median length and how
 * lengths spread, events per session, the completion rate (seed 001 session_metrics) and the share with errors.
 */
export const SessionQuality = withWidgetBoundary(SessionQualityInner, {
  widget: WIDGET,
  title: 'session.title',
  subject: 'session.subject',
  messages: sessionMessages,
});
