'use client';
import { useMemo } from 'react';
import { addDaysIso } from '../../charts/buckets.js';
import { Sparkline } from '../../charts/Sparkline.js';
import { useActivityHeatmap } from '../../hooks/useActivityHeatmap.js';
import { useOrgOverview } from '../../hooks/useOrgOverview.js';
import { useScoreTrend } from '../../hooks/useScoreTrend.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { kpiMessages } from '../../i18n/en/kpiCards.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { CardsSkeleton } from '../../widget-shell/states.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { kpiIds, type KpiCardsProps, type KpiTrend, type KpiTrendId } from './kpiCards.types.js';
import { changeText, dailyValues, kpisOf, kpiTrend, trendDays } from './kpiCards.utils.js';
import { ChangeStyles, KpiStyles } from '../../widget-shell/partStyles.js';

/**
 * The cards' daily trend lines: completed attempts and average score per day from `scoreTrend`, learners per day from
 * `activityHeatmap`, both over the cards' own filter (the same query keys as the trend and heatmap widgets of a
 * view on that filter, so a view asks once).
 */
function useKpiTrends(params: KpiCardsProps['params'] & object, enabled: boolean): Partial<Record<KpiTrendId, KpiTrend>> {
  const fmt = useFormat(kpiMessages);
  const days = enabled ? trendDays(params) : null;
  const on = { enabled: days !== null };
  const scores = useScoreTrend({ ...params, bucket: 'day' }, on);
  const learners = useActivityHeatmap({ ...params, grid: 'calendar' }, on);
  return useMemo(() => {
    if (!days) return {};
    const trends: Partial<Record<KpiTrendId, KpiTrend | null>> = {};
    if (scores.data) {
      const points = scores.data.points;
      // The card counts attempts that ended, by the day they started (orgOverview): the line counts the same per day.
      trends.totalAttempts = kpiTrend('totalAttempts', dailyValues(days, points, (p) => p.bucketStart, (p) => p.completedAttempts, 0), fmt, params);
      trends.avgScore = kpiTrend('avgScore', dailyValues(days, points, (p) => p.bucketStart, (p) => p.avgScore, null), fmt, params);
    }
    if (learners.data?.grid === 'calendar') {
      trends.activeUsers = kpiTrend('activeUsers', dailyValues(days, learners.data.cells, (c) => c.date, (c) => c.activeUsers, 0), fmt, params);
    }
    return Object.fromEntries(Object.entries(trends).filter(([, t]) => t)) as Partial<Record<KpiTrendId, KpiTrend>>;
    // `days` is derived from params: its identity changes every render, its content only with from/to.
  }, [scores.data, learners.data, fmt, params.from, params.to]);
}

function KpiCardsView({ params = {}, cards = kpiIds, trends: showTrends = true, actions, title, ...chrome }: KpiCardsProps) {
  const fmt = useFormat(kpiMessages);
  const query = useOrgOverview(params);
  const trends = useKpiTrends(params, showTrends);
  const emptyReason =
    params.from && params.to
      ? fmt.t('kpi.emptyRange', { from: fmt.date(params.from), to: fmt.date(addDaysIso(params.to, -1)) })
      : fmt.t('kpi.emptyAll');
  return (
    <WidgetFrame
      {...chrome}
      widget="kpi-cards"
      title={title ?? fmt.t('kpi.title')}
      actions={actions}
      query={query}
      skeleton={<CardsSkeleton />}
      subject={fmt.t('kpi.subject')}
      isEmpty={(d) => d.totalAttempts === 0}
      emptyTitle={fmt.t('kpi.emptyTitle')}
      emptyReason={emptyReason}
    >
      {(overview) => {
        const kpis = kpisOf(overview, fmt, { from: params.from, to: params.to, now: params.now, timezone: params.timezone });
        return (
          <>
            <KpiStyles />
            <ChangeStyles />
            <dl className="ll-kpis" data-slot="kpis">
              {cards.map((id) => {
                const kpi = kpis[id];
                // A windowed card the date filter cuts short is left out rather than shown under a wrong label.
                if (!kpi) return null;
                const change = kpi.change ? changeText(kpi.change, fmt) : null;
                const trend = trends[id as KpiTrendId];
                return (
                  <div key={id} className="ll-kpi" data-slot="kpi" data-kpi={id}>
                    <dt>
                      <span data-slot="label">{kpi.label}</span>
                      <span className="ll-kpi-hint" data-slot="hint">
                        {kpi.hint}
                      </span>
                    </dt>
                    <dd>
                      <span className="ll-kpi-main">
                        <span data-slot="value" title={kpi.fullValue}>
                          {kpi.value}
                        </span>
                        {trend ? (
                          <span className="ll-kpi-trend" data-slot="trend" role="img" aria-label={trend.label} title={trend.label}>
                            <Sparkline values={trend.values} width={72} height={24} />
                          </span>
                        ) : null}
                      </span>
                      {kpi.change && change ? (
                        <span
                          className={`ll-delta ll-${kpi.change.direction === 'none' ? 'same' : kpi.change.direction}`}
                          data-slot="change"
                          data-direction={kpi.change.direction}
                        >
                          {change.glyph ? <span aria-hidden="true">{change.glyph} </span> : null}
                          {change.text}
                        </span>
                      ) : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * The org overview as cards: learners, completed attempts, average score, the last 7 and 30 days with their
 * change, last activity. Each card says what it counts and over which window; a windowed card the date filter
 * would make meaningless is left out.
 */
export const KpiCards = withWidgetBoundary(KpiCardsView, { widget: 'kpi-cards', title: 'kpi.title', subject: 'kpi.subject', messages: kpiMessages });
