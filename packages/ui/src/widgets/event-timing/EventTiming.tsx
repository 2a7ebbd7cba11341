'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { gridHeatmapOption, heatmapModules } from '../../charts/heatmapOption.js';
import { useMemo } from 'react';
import type { DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { isFiltered } from '../../charts/period.js';
import { useEventTiming } from '../../hooks/useEventTiming.js';
import { eventTimingMessages } from '../../i18n/en/kpiEvents.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ChartOrTableFrame } from '../../widget-shell/ChartOrTableFrame.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { EventTimingProps, EventTimingRow } from './eventTiming.types.js';
import { callParts, EVENT_TIMING_DEFAULT_DAYS, eventTypeName, partLabel, timingHeatmapInput } from './eventTiming.utils.js';

const WIDGET = 'event-timing';
const ROW_HEIGHT = 30;
const noNames: Readonly<Record<string, string>> = {};

function tableColumns(format: Formatters, names: Readonly<Record<string, string>>): DataColumn<EventTimingRow>[] {
  return [
    { header: format.t('eventTiming.col.type'), cell: (r) => eventTypeName(r.eventType, format, names) },
    { header: format.t('eventTiming.col.events'), end: true, cell: (r) => format.number(r.events) },
    { header: format.t('eventTiming.col.calls'), end: true, cell: (r) => format.number(r.attempts) },
    ...callParts.map((k) => ({ header: partLabel(k, format), end: true, cell: (r: EventTimingRow) => format.percent(r.shares[k]!) })),
  ];
}

function EventTimingInner({ params = {}, typeNames = noNames, title, ...chart }: EventTimingProps) {
  const format = useFormat(eventTimingMessages);
  const palette = useChartPalette();
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, EVENT_TIMING_DEFAULT_DAYS);
  const query = useEventTiming({ ...params, ...range, timezone: timeZone });
  const rows = query.data?.rows;
  const option = useMemo(() => {
    if (!rows) return undefined;
    const input = timingHeatmapInput(rows, format, typeNames);
    return gridHeatmapOption(input, palette);
  }, [rows, format, typeNames, palette]);
  const rangeText = describeRange(range, format);

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t('eventTiming.title')}
      description={format.t('eventTiming.description', { range: rangeText })}
      subject={format.t('eventTiming.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('eventTiming.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'eventTiming.emptyReasonFiltered' : 'eventTiming.emptyReason', { range: rangeText, timeZone })}
      modules={heatmapModules}
      caption={format.t('eventTiming.caption', { range: rangeText, timeZone })}
      columns={tableColumns(format, typeNames)}
      scroll
      rowKey={(r) => r.eventType}
      rowData={(r) => ({ 'data-event-type': r.eventType })}
      option={option}
      rows={rows ?? []}
      attributes={{ 'data-types': rows?.length }}
      // Rows of a fixed height, plus the axis and the legend.
      height={(rows?.length ?? 0) * ROW_HEIGHT + 84}
      {...chart}
    />
  );
}

/**
 * Seed 002's "when do filler words occur in calls?": a heatmap of event types × tenths of the call, each cell the
 * type's share of its events in that tenth (its row sums to 100%), with the counts as a table.
 */
export const EventTiming = withWidgetBoundary(EventTimingInner, {
  widget: WIDGET,
  title: 'eventTiming.title',
  subject: 'eventTiming.subject',
  messages: eventTimingMessages,
});
