'use client';
import { useId, useMemo, useState } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { MiniBar } from '../../charts/MiniBar.js';
import { NONE, periodText } from '../../charts/period.js';
import { SortableTable, type SortableColumn } from '../../charts/SortableTable.js';
import { Sparkline } from '../../charts/Sparkline.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { useAiUsage } from '../../hooks/useAiUsage.js';
import { aiUsageMessages } from '../../i18n/en/aiUsage.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { AiUsageGroup, AiUsageProps, AiUsageTotal } from './aiUsage.types.js';
import { aiUsageTotals } from './aiUsage.utils.js';
import { ControlStyles } from '../../widget-shell/partStyles.js';

const WIDGET = 'ai-usage';

function columnsOf(format: Formatters, group: AiUsageGroup): SortableColumn<AiUsageTotal>[] {
  const usd = (v: number) => format.number(v, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
  return [
    { id: 'key', header: format.t(group === 'model' ? 'aiUsage.byModel' : 'aiUsage.byOperation'), cell: (r) => r.key, sortValue: (r) => r.key },
    { id: 'calls', header: format.t('aiUsage.col.calls'), end: true, cell: (r) => format.number(r.calls), sortValue: (r) => r.calls },
    { id: 'tokensIn', header: format.t('aiUsage.col.tokensIn'), end: true, cell: (r) => format.number(r.tokensInput), sortValue: (r) => r.tokensInput },
    { id: 'tokensOut', header: format.t('aiUsage.col.tokensOut'), end: true, cell: (r) => format.number(r.tokensOutput), sortValue: (r) => r.tokensOutput },
    {
      id: 'cost',
      header: format.t('aiUsage.col.cost'),
      end: true,
      cell: (r) => (
        <>
          {usd(r.costUsd)}
          <Sparkline values={r.days.map((d) => d.costUsd)} />
        </>
      ),
      sortValue: (r) => r.costUsd,
    },
    {
      id: 'failureRate',
      header: format.t('aiUsage.col.failureRate'),
      end: true,
      cell: (r) => (
        <>
          {format.percent(r.calls > 0 ? r.failedCalls / r.calls : 0, 1)}
          <MiniBar ratio={r.calls > 0 ? r.failedCalls / r.calls : 0} color="var(--ll-destructive)" />
        </>
      ),
      sortValue: (r) => (r.calls > 0 ? r.failedCalls / r.calls : 0),
    },
    {
      id: 'p50',
      header: format.t('aiUsage.col.p50'),
      hint: format.t('aiUsage.hint.p50'),
      end: true,
      cell: (r) => {
        const p50s = r.days.map((d) => d.p50DurationMs).filter((v): v is number => v !== null);
        if (p50s.length === 0) return NONE;
        const ms = (v: number) => format.number(v, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 });
        const lo = Math.min(...p50s);
        const hi = Math.max(...p50s);
        return (
          <>
            {lo === hi ? ms(lo) : `${ms(lo)}–${ms(hi)}`}
            <Sparkline values={r.days.map((d) => d.p50DurationMs)} />
          </>
        );
      },
    },
  ];
}

function AiUsageInner({ params = {}, defaultGroupBy = 'operation', title, ...chrome }: AiUsageProps) {
  const format = useFormat(aiUsageMessages);
  const id = useId();
  const [group, setGroup] = useState<AiUsageGroup>(defaultGroupBy);
  const query = useAiUsage({ ...params, timezone: params.timezone ?? viewerTimeZone(), groupBy: group });
  const period = periodText(params, format);
  const totals = useMemo(() => aiUsageTotals(query.data?.rows ?? []), [query.data]);
  const columns = useMemo(() => columnsOf(format, group), [format, group]);
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('aiUsage.title')}
      description={format.t('aiUsage.description', { period })}
      subject={format.t('aiUsage.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('aiUsage.emptyTitle')}
      emptyReason={format.t('aiUsage.emptyReason', { period })}
      toolbar={
        <div className="ll-toolbar" data-slot="filters">
          <ControlStyles />
          <label className="ll-field" htmlFor={`${id}-group`}>
            {format.t('aiUsage.groupBy')}
            <select id={`${id}-group`} className="ll-input" value={group} onChange={(e) => setGroup(e.target.value as AiUsageGroup)}>
              <option value="operation">{format.t('aiUsage.byOperation')}</option>
              <option value="model">{format.t('aiUsage.byModel')}</option>
            </select>
          </label>
        </div>
      }
      {...chrome}
    >
      {() => (
        <div data-slot="content" data-group={group}>
          <ChartStyles />
          <TutoringStyles />
          <SortableTable
            columns={columns}
            rows={totals}
            rowKey={(r) => r.key}
            rowData={(r) => ({ 'data-key': r.key })}
            caption={format.t('aiUsage.caption', { group: format.t(group === 'model' ? 'aiUsage.byModel' : 'aiUsage.byOperation'), period })}
            label={format.t('aiUsage.tableLabel')}
          />
        </div>
      )}
    </WidgetFrame>
  );
}

/**
 * AI usage and cost (seed 003 `ai_usage_log`, the cost analytics dashboard; admins only): per operation or model, calls,
 * tokens in and out, cost with its daily sparkline, the share of failed calls, and the range of the days' median
 * durations — a sortable table with small charts.
 */
export const AiUsage = withWidgetBoundary(AiUsageInner, {
  widget: WIDGET,
  title: 'aiUsage.title',
  subject: 'aiUsage.subject',
  messages: aiUsageMessages,
});
