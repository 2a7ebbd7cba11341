'use client';
import { useMemo } from 'react';
import { Chart } from '../../charts/Chart.js';
import { ChartStyles } from '../../charts/chartStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { ViewToggle } from '../../charts/ViewToggle.js';
import { useEngagement } from '../../hooks/useEngagement.js';
import { engagementMessages } from '../../i18n/en/eventDashboards.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
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

function EngagementInner({
  params = {},
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  height = 240,
  title,
  ...chrome
}: EngagementProps) {
  const format = useFormat(engagementMessages);
  const palette = useChartPalette();
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, ENGAGEMENT_DEFAULT_DAYS);
  const query = useEngagement({ ...params, ...range, timezone: timeZone });
  const days = query.data?.days;
  const option = useMemo(() => (days ? lineChartOption(engagementChartInput(days, format), palette) : undefined), [days, format, palette]);
  const rangeText = describeRange(range, format);
  const filtered = Boolean(params.teamId || params.userIds || params.activityIds);
  const caption = format.t('engagement.caption', { range: rangeText, timeZone });

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('engagement.title')}
      description={format.t('engagement.description', { range: rangeText })}
      subject={format.t('engagement.subject')}
      skeleton="chart"
      query={query}
      isEmpty={(d) => d.days.length === 0}
      emptyTitle={format.t('engagement.emptyTitle')}
      emptyReason={format.t(filtered ? 'engagement.emptyReasonFiltered' : 'engagement.emptyReason', { range: rangeText, timeZone })}
      actions={<ViewToggle value={view} onValueChange={setView} subject={format.t('engagement.subject')} />}
      {...chrome}
    >
      {(data) => {
        const last = data.days[data.days.length - 1]!;
        return (
          <div data-slot="content" data-view={view} data-points={data.days.length}>
            <ChartStyles />
            <p className="ll-chart-note" data-slot="note">
              {format.t('engagement.latest', {
                date: format.date(last.day, 'PP'),
                dau: format.number(last.dau),
                wau: format.number(last.wau),
                mau: format.number(last.mau),
                stickiness: format.percent(last.stickiness),
              })}
            </p>
            {view === 'chart' && option ? (
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
              columns={tableColumns(format)}
              rows={data.days}
              rowKey={(d) => d.day}
              rowData={(d) => ({ 'data-day': d.day })}
              caption={caption}
              visible={view === 'table'}
            />
          </div>
        );
      }}
    </WidgetFrame>
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
