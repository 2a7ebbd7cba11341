'use client';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { useContentPerformance } from '../../hooks/useContentPerformance.js';
import { contentMessages } from '../../i18n/en/eventDashboards.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { ContentPerformanceProps, ContentPerformanceRow } from './contentPerformance.types.js';
import { CONTENT_DEFAULT_DAYS, rankedContent } from './contentPerformance.utils.js';

const WIDGET = 'content-performance';

function tableColumns(format: Formatters, names: Readonly<Record<string, string>>): DataColumn<ContentPerformanceRow>[] {
  return [
    { header: format.t('content.col.item'), cell: (r) => names[r.contentId] ?? r.contentId },
    { header: format.t('content.col.learners'), end: true, cell: (r) => format.number(r.learners) },
    { header: format.t('content.col.starts'), end: true, cell: (r) => format.number(r.starts) },
    { header: format.t('content.col.completions'), end: true, cell: (r) => format.number(r.completions) },
    { header: format.t('content.col.rate'), end: true, cell: (r) => format.percent(r.completionRate) },
    {
      header: format.t('content.col.score'),
      end: true,
      cell: (r) => (r.avgAssessmentScore === null ? '—' : format.number(r.avgAssessmentScore, { maximumFractionDigits: 1, minimumFractionDigits: 1 })),
    },
    { header: format.t('content.col.time'), end: true, cell: (r) => format.duration(Math.round(r.avgTimeSeconds)) },
  ];
}

function ContentPerformanceInner({ params = {}, contentNames = {}, limit = 20, title, ...chrome }: ContentPerformanceProps) {
  const format = useFormat(contentMessages);
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, CONTENT_DEFAULT_DAYS);
  const query = useContentPerformance({ ...params, ...range, timezone: timeZone });
  const rangeText = describeRange(range, format);
  const filtered = Boolean(params.teamId || params.userIds || params.activityIds);
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('content.title')}
      description={format.t('content.description', { range: rangeText })}
      subject={format.t('content.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('content.emptyTitle')}
      emptyReason={format.t(filtered ? 'content.emptyReasonFiltered' : 'content.emptyReason', { range: rangeText, timeZone })}
      {...chrome}
    >
      {(data) => {
        const rows = rankedContent(data.rows, limit);
        return (
          <div className="ll-scroll" data-slot="content" data-rows={rows.length}>
            <DataTable
              columns={tableColumns(format, contentNames)}
              rows={rows}
              rowKey={(r) => r.contentId}
              rowData={(r) => ({ 'data-content-id': r.contentId })}
              caption={format.t('content.caption', { range: rangeText, timeZone })}
              visible
            />
          </div>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * Seed 001's "content performance metrics": per content item its learners, starts, completions, the share of its
 * learners who completed it, the average assessment score and the average time of a visit, most learners first.
 */
export const ContentPerformance = withWidgetBoundary(ContentPerformanceInner, {
  widget: WIDGET,
  title: 'content.title',
  subject: 'content.subject',
  messages: contentMessages,
});
