'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { useMemo } from 'react';
import { addDaysIso } from '../../charts/buckets.js';
import { ChartImage } from '../../widget-shell/ChartImage.js';
import { ChartStyles } from '../../charts/chartStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { MiniBar } from '../../charts/MiniBar.js';
import { useActivityDetail } from '../../hooks/useActivityDetail.js';
import { activityDetailMessages } from '../../i18n/en/activityDetail.js';
import { HoistedStyle } from '../../theme/HoistedStyle.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { ChartSkeleton } from '../../widget-shell/states.js';
import type { ActivityDetailDay, ActivityDetailLearner, ActivityDetailProps, ActivityDetailResult } from './activityDetail.types.js';
import { bucketLabel, filledDays, formatScore } from './activityDetail.utils.js';
import { countAxisMax } from '../../charts/countAxis.js';
import { ChangeStyles, KpiStyles } from '../../widget-shell/partStyles.js';

const WIDGET = 'activity-detail';

// The detail's section headings, under the widget's own scope like every sheet.
const detailCss = `[data-learnlens-widget=activity-detail] .ll-detail-heading{margin:16px 0 6px;font-size:13px;font-weight:600}`;

function dayColumns(format: Formatters): DataColumn<ActivityDetailDay>[] {
  return [
    { header: format.t('detail.col.day'), cell: (d) => format.date(d.day, 'PP') },
    { header: format.t('detail.col.started'), end: true, cell: (d) => format.number(d.attempts) },
    { header: format.t('detail.col.average'), end: true, cell: (d) => formatScore(d.avgScore, format) },
  ];
}

function learnerColumns(format: Formatters): DataColumn<ActivityDetailLearner>[] {
  return [
    { header: format.t('detail.col.learner'), cell: (l) => l.displayName, wrap: true },
    { header: format.t('detail.attempts'), end: true, cell: (l) => format.number(l.attempts) },
    { header: format.t('detail.col.average'), end: true, cell: (l) => formatScore(l.avgScore, format) },
    { header: format.t('detail.col.best'), end: true, cell: (l) => formatScore(l.bestScore, format), priority: 2 },
    { header: format.t('detail.col.last'), cell: (l) => format.date(l.lastAttemptAt, 'PP'), priority: 2 },
  ];
}

interface BodyProps {
  data: ActivityDetailResult;
  days: readonly ActivityDetailDay[];
  period: string;
  timeZone: string;
  renderer: 'svg' | 'canvas';
  animation: boolean;
  height: number;
  headingLevel: 2 | 3 | 4 | 5;
}

function ActivityDetailBody({ data, days, period, timeZone, renderer, animation, height, headingLevel }: BodyProps) {
  // Section headings sit one level under the widget's title.
  const Sub = `h${headingLevel + 1}` as 'h3';
  const format = useFormat(activityDetailMessages);
  const palette = useChartPalette();
  const option = useMemo(() => {
    const values = days.map((d) => d.attempts);
    return lineChartOption(
      {
        xLabels: days.map((d) => format.date(d.day, 'MMM d')),
        yRange: [0, countAxisMax(Math.max(0, ...values))],
        series: [{ name: format.t('detail.col.started'), values, label: (i) => (days[i] ? format.number(days[i].attempts) : null) }],
        formatY: (v) => format.number(v, { maximumFractionDigits: 0 }),
      },
      palette,
    );
  }, [days, format, palette]);
  const most = Math.max(1, ...data.distribution.map((b) => b.count));
  const perDayCaption = format.t('detail.perDayCaption', { period, timeZone });
  return (
    <div data-slot="content" data-scale={data.scoreScale}>
      <ChartStyles />
      <HoistedStyle id="learnlens-ui-activity-detail" css={detailCss} />
      <KpiStyles />
      <ChangeStyles />
      <dl className="ll-kpis" data-slot="detail-kpis">
        <div className="ll-kpi" data-slot="kpi" data-kpi="attempts">
          <dt>{format.t('detail.attempts')}</dt>
          <dd>
            <span data-slot="value">{format.number(data.attempts)}</span>
            <span className="ll-delta ll-same">{format.t('detail.scored', { count: format.number(data.scoredAttempts) })}</span>
          </dd>
        </div>
        <div className="ll-kpi" data-slot="kpi" data-kpi="avgScore">
          <dt>{format.t('detail.avgScore')}</dt>
          <dd>
            <span data-slot="value">{formatScore(data.avgScore, format)}</span>
            {data.scoredAttempts === 0 ? <span className="ll-delta ll-same">{format.t('detail.noScores')}</span> : null}
          </dd>
        </div>
        <div className="ll-kpi" data-slot="kpi" data-kpi="learners">
          <dt>{format.t('detail.learners')}</dt>
          <dd>
            <span data-slot="value">{format.number(data.learnerTotal)}</span>
          </dd>
        </div>
      </dl>
      <Sub className="ll-detail-heading" data-slot="distribution-title">
        {format.t('detail.distribution')}
      </Sub>
      <ScrollRegion label={format.t('detail.distributionCaption')}>
        <table className="ll-table" data-slot="distribution">
          <caption className="ll-sr-only">{format.t('detail.distributionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{format.t('detail.col.score')}</th>
              <th scope="col">{format.t('detail.col.attempts')}</th>
              <th scope="col" data-align="end">{format.t('detail.col.share')}</th>
            </tr>
          </thead>
          <tbody>
            {data.distribution.map((b, k) => (
              <tr key={k} data-slot="bucket" data-lower={b.lower} data-count={b.count}>
                <th scope="row" data-column="score">{bucketLabel(b, k, data, format)}</th>
                <td data-column="attempts">
                  <MiniBar ratio={b.count / most} />
                  <span className="ll-description">{format.number(b.count)}</span>
                </td>
                <td data-column="share" data-align="end">
                  {data.scoredAttempts === 0 ? '—' : format.percent(b.count / data.scoredAttempts, 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Sub className="ll-detail-heading" data-slot="days-title">
        {format.t('detail.perDay')}
      </Sub>
      <ChartImage modules={lineModules} option={option} renderer={renderer} animation={animation} height={height} caption={perDayCaption} />
      <DataTable columns={dayColumns(format)} rows={days} rowKey={(d) => d.day} rowData={(d) => ({ 'data-day': d.day })} caption={perDayCaption} visible={false} />
      <Sub className="ll-detail-heading" data-slot="learners-title">
        {format.t('detail.learnerList')}
      </Sub>
      <ScrollRegion label={format.t('detail.learnerCaption')}>
        <DataTable
          columns={learnerColumns(format)}
          rows={data.learners}
          rowKey={(l) => l.userId}
          rowData={(l) => ({ 'data-user-id': l.userId })}
          caption={format.t('detail.learnerCaption')}
          visible
        />
      </ScrollRegion>
      {data.learnerTotal > data.learners.length ? (
        <p className="ll-chart-note" data-slot="note">
          {format.t('detail.showing', { shown: format.number(data.learners.length), count: data.learnerTotal })}
        </p>
      ) : null}
    </div>
  );
}

function ActivityDetailInner({
  activityId,
  params = {},
  learnerLimit = 10,
  onClose,
  actions,
  renderer = 'svg',
  animation = true,
  height = 160,
  title,
  headingLevel = 3,
  ...chrome
}: ActivityDetailProps) {
  const format = useFormat(activityDetailMessages);
  const timeZone = params.timezone ?? viewerTimeZone();
  const query = useActivityDetail({ ...params, timezone: timeZone, activityId, learnerLimit });
  const { from, to } = params;
  const period =
    from !== undefined || to !== undefined
      ? `${from !== undefined ? format.date(from) : '…'} – ${to !== undefined ? format.date(addDaysIso(to, -1)) : '…'}`
      : format.t('detail.allTime');
  const days = useMemo(() => (query.data ? filledDays(query.data, { from, to }) : []), [query.data, from, to]);
  const name = query.data?.activityName;
  const close = onClose ? (
    <button
      type="button"
      className="ll-button"
      data-slot="close"
      onClick={onClose}
      aria-label={name ? format.t('detail.closeLabel', { activity: name }) : undefined}
    >
      {format.t('detail.close')}
    </button>
  ) : null;
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? name ?? format.t('detail.title')}
      description={format.t('detail.description', { period })}
      subject={format.t('detail.subject')}
      skeleton={<ChartSkeleton />}
      query={query}
      isEmpty={(d) => d.attempts === 0}
      emptyTitle={format.t('detail.emptyTitle')}
      emptyReason={(d) => format.t('detail.emptyReason', { activity: d.activityName, period })}
      actions={
        close || actions ? (
          <>
            {actions}
            {close}
          </>
        ) : undefined
      }
      headingLevel={headingLevel}
      {...chrome}
    >
      {(data) => (
        <ActivityDetailBody
          data={data}
          days={days}
          period={period}
          timeZone={timeZone}
          renderer={renderer}
          animation={animation}
          height={height}
          headingLevel={Math.min(headingLevel, 5) as 2 | 3 | 4 | 5}
        />
      )}
    </WidgetFrame>
  );
}

/**
 * One activity in detail (seed 002's top scenarios → scenario detail): attempts, average and learners, the
 * distribution of scores on the activity's own scale, attempts per day, and the learners with the most attempts.
 * With `onClose` it carries a Back button, for a drill-down that closes itself.
 */
export const ActivityDetail = withWidgetBoundary(ActivityDetailInner, {
  widget: WIDGET,
  title: 'detail.title',
  subject: 'detail.subject',
  messages: activityDetailMessages,
});
