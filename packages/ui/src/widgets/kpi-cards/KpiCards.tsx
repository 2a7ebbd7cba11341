'use client';
import { addDaysIso } from '../../charts/buckets.js';
import { useOrgOverview } from '../../hooks/useOrgOverview.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { kpiMessages } from '../../i18n/en/kpiCards.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { kpiIds, type KpiCardsProps } from './kpiCards.types.js';
import { changeText, kpisOf } from './kpiCards.utils.js';

function KpiCardsView({ params = {}, cards = kpiIds, actions, title, ...chrome }: KpiCardsProps) {
  const fmt = useFormat(kpiMessages);
  const query = useOrgOverview(params);
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
      skeleton="cards"
      subject={fmt.t('kpi.subject')}
      isEmpty={(d) => d.totalAttempts === 0}
      emptyTitle={fmt.t('kpi.emptyTitle')}
      emptyReason={emptyReason}
    >
      {(overview) => {
        const kpis = kpisOf(overview, fmt, { from: params.from, to: params.to, now: params.now, timezone: params.timezone });
        return (
          <dl className="ll-kpis" data-slot="kpis">
            {cards.map((id) => {
              const kpi = kpis[id];
              // A windowed card the date filter cuts short is left out rather than shown under a wrong label.
              if (!kpi) return null;
              const change = kpi.change ? changeText(kpi.change, fmt) : null;
              return (
                <div key={id} className="ll-kpi" data-slot="kpi" data-kpi={id}>
                  <dt>
                    <span data-slot="label">{kpi.label}</span>
                    <span className="ll-kpi-hint" data-slot="hint">
                      {kpi.hint}
                    </span>
                  </dt>
                  <dd>
                    <span data-slot="value" title={kpi.fullValue}>
                      {kpi.value}
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
