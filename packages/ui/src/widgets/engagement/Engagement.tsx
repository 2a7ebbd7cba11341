'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { useMemo } from 'react';
import type { DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { isFiltered } from '../../charts/period.js';
import { useEngagement } from '../../hooks/useEngagement.js';
import { engagementMessages } from '../../i18n/en/eventDashboards.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ChartOrTableFrame, dayRows } from '../../widget-shell/ChartOrTableFrame.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { EngagementDay, EngagementProps } from './engagement.types.js';
import { ENGAGEMENT_DEFAULT_DAYS, engagementChartInput } from './engagement.utils.js';

const WIDGET = 'engagement';

function tableColumns(format: Formatters): DataColumn<EngagementDay>[] {
  return [
    { header: format.t('common.period'), cell: (d) => format.date(d.day, 'PP') },
    { header: format.t('engagement.dau'), end: true, cell: (d) => format.number(d.dau) },
    { header: format.t('engagement.wau'), end: true, cell: (d) => format.number(d.wau) },
    { header: format.t('engagement.mau'), end: true, cell: (d) => format.number(d.mau) },
    { header: format.t('engagement.stickiness'), end: true, cell: (d) => format.percent(d.stickiness) },
    { header: format.t('engagement.events'), end: true, cell: (d) => format.number(d.events) },
    { header: format.t('engagement.sessions'), end: true, cell: (d) => format.number(d.sessions) },
    { header: format.t('engagement.time'), end: true, cell: (d) => format.duration(Math.round(d.hoursSpent * 3600)) },
  ];
}

function EngagementInner({ params = {}, height = 240, title, ...chart }: EngagementProps) {
  const format = useFormat(engagementMessages);
  const palette = useChartPalette();
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, ENGAGEMENT_DEFAULT_DAYS);
  const query = useEngagement({ ...params, ...range, timezone: timeZone });
  const days = query.data?.days;
  const option = useMemo(() => (days ? lineChartOption(engagementChartInput(days, format), palette) : undefined), [days, format, palette]);
  const rangeText = describeRange(range, format);
  const last = days?.[days.length - 1];

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t('engagement.title')}
      description={format.t('engagement.description', { range: rangeText })}
      subject={format.t('engagement.subject')}
      query={query}
      isEmpty={(d) => d.days.length === 0}
      emptyTitle={format.t('engagement.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'engagement.emptyReasonFiltered' : 'engagement.emptyReason', { range: rangeText, timeZone })}
      modules={lineModules}
      height={height}
      caption={format.t('engagement.caption', { range: rangeText, timeZone })}
      columns={tableColumns(format)}
      {...dayRows}
      option={option}
      rows={days ?? []}
      note={
        last &&
        format.t('engagement.latest', {
          date: format.date(last.day, 'PP'),
          dau: format.number(last.dau),
          wau: format.number(last.wau),
          mau: format.number(last.mau),
          stickiness: format.percent(last.stickiness),
        })
      }
      noteAbove
      {...chart}
    />
  );
}

/**
 * Seed 001's "learner engagement overview": daily, weekly and monthly active learners per day (each over its trailing
 * 1, 7 and 30 days), stickiness, events, sessions and time spent, as a chart with its data table.
 */
export const Engagement = withWidgetBoundary(EngagementInner, {
  widget: WIDGET,
  title: 'engagement.title',
  subject: 'engagement.subject',
  messages: engagementMessages,
});
