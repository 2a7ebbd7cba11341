'use client';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { useMasteryProgression } from '../../hooks/useMasteryProgression.js';
import { progressionMessages } from '../../i18n/en/eventDashboards.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { MasteryProgressionProps, MasteryProgressionRow } from './masteryProgression.types.js';

const WIDGET = 'mastery-progression';
/** Days of history shown when the range is not given: twelve weeks. */
const DEFAULT_DAYS = 84;

function tableColumns(format: Formatters, names: Readonly<Record<string, string>>): DataColumn<MasteryProgressionRow>[] {
  return [
    { header: format.t('progression.col.week'), cell: (r) => format.date(r.bucketStart, 'PP') },
    { header: format.t('progression.col.learner'), cell: (r) => names[r.learnerId] ?? r.learnerId },
    { header: format.t('progression.col.items'), end: true, cell: (r) => format.number(r.itemsCrossed) },
  ];
}

function MasteryProgressionInner({ params = {}, learnerNames = {}, title, ...chrome }: MasteryProgressionProps) {
  const format = useFormat(progressionMessages);
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, DEFAULT_DAYS);
  const query = useMasteryProgression({ ...params, ...range, timezone: timeZone, bucket: 'week' });
  const rangeText = describeRange(range, format);
  const threshold = format.percent(query.data?.threshold ?? params.threshold ?? 0.8, 0);
  const filtered = Boolean(params.teamId || params.userIds || params.activityIds);
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('progression.title')}
      description={format.t('progression.description', { threshold, range: rangeText })}
      subject={format.t('progression.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('progression.emptyTitle')}
      emptyReason={format.t(filtered ? 'progression.emptyReasonFiltered' : 'progression.emptyReason', { threshold, range: rangeText, timeZone })}
      {...chrome}
    >
      {(data) => {
        // Newest week first: what changed lately is what a dashboard reader looks for.
        const rows = [...data.rows].reverse();
        const total = data.rows.reduce((n, r) => n + r.itemsCrossed, 0);
        return (
          <div data-slot="content" data-rows={rows.length} data-total={total}>
            <p className="ll-chart-note" data-slot="note">
              {format.t('progression.total', { count: total })}
            </p>
            <div className="ll-scroll" data-slot="scroll">
              <DataTable
                columns={tableColumns(format, learnerNames)}
                rows={rows}
                rowKey={(r) => `${r.bucketStart} ${r.learnerId}`}
                rowData={(r) => ({ 'data-learner-id': r.learnerId, 'data-week': r.bucketStart })}
                caption={format.t('progression.caption', { threshold, range: rangeText, timeZone })}
                visible
              />
            </div>
          </div>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * Seed 001's "mastery progression tracking": per learner and week, how many content items their mastery rose to the
 * threshold on (the `masteryProgression` query); newest week first. `MasteryTrend` draws the mastery itself.
 */
export const MasteryProgression = withWidgetBoundary(MasteryProgressionInner, {
  widget: WIDGET,
  title: 'progression.title',
  subject: 'progression.subject',
  messages: progressionMessages,
});
