'use client';
import { useOrgOverview } from '../../hooks/useOrgOverview.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { kpiIds, type KpiCardsProps } from './kpiCards.types.js';
import { changeText, kpisOf } from './kpiCards.utils.js';

function KpiCardsView({ params = {}, cards = kpiIds, actions, title = 'Overview', ...chrome }: KpiCardsProps) {
  const fmt = useFormat();
  const query = useOrgOverview(params);
  const range =
    params.from && params.to
      ? `between ${fmt.date(params.from)} and ${fmt.date(new Date(Date.parse(`${params.to}T00:00:00`) - 86_400_000))}`
      : 'yet';
  return (
    <WidgetFrame
      {...chrome}
      widget="kpi-cards"
      title={title}
      actions={actions}
      query={query}
      skeleton="cards"
      subject="the overview"
      isEmpty={(d) => d.totalAttempts === 0}
      emptyTitle="No activity to summarise"
      emptyReason={`No learner has completed an attempt ${range}.`}
    >
      {(overview) => {
        const kpis = kpisOf(overview, fmt, { ...(params.from ? { from: params.from } : {}), ...(params.now ? { now: params.now } : {}) });
        return (
          <dl className="ll-kpis" data-slot="kpis">
            {cards.map((id) => {
              const kpi = kpis[id];
              const change = kpi.change ? changeText(kpi.change, fmt) : null;
              return (
                <div key={id} className="ll-kpi" data-slot="kpi" data-kpi={id}>
                  <dt>{kpi.label}</dt>
                  <dd>
                    <span data-slot="value">{kpi.value}</span>
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

/** The org overview as cards: learners, attempts, average score, recent attempts with change, last activity. */
export const KpiCards = withWidgetBoundary(KpiCardsView, { widget: 'kpi-cards', title: 'Overview', subject: 'the overview' });
