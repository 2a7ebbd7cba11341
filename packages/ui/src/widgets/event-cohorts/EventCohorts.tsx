'use client';
import { useMemo } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { describeRange, resolveRange, viewerTimeZone } from '../../charts/dateRange.js';
import { MiniBar } from '../../charts/MiniBar.js';
import { isFiltered, NONE } from '../../charts/period.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { useEventCohorts } from '../../hooks/useEventCohorts.js';
import { eventCohortsMessages } from '../../i18n/en/kpiEvents.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { eventTypeName } from '../../widget-shell/eventTypeName.js';
import type { EventCohortBand, EventCohortsProps } from './eventCohorts.types.js';
import { bandLabel, learnerShares } from './eventCohorts.utils.js';

const WIDGET = 'event-cohorts';
const DEFAULT_DAYS = 90;
const DEFAULT_EVENT_TYPE = 'question_asked';
const noNames: Readonly<Record<string, string>> = {};

function columnsOf(bands: readonly EventCohortBand[], format: Formatters): DataColumn<EventCohortBand>[] {
  // The learners' bar is their share of everyone grouped; the score's bar is relative to the best group.
  const shares = learnerShares(bands);
  const best = Math.max(0, ...bands.map((b) => b.avgScore ?? 0));
  const one = { maximumFractionDigits: 1, minimumFractionDigits: 1 };
  return [
    { header: format.t('eventCohorts.col.group'), cell: (b) => bandLabel(b, format) },
    {
      header: format.t('eventCohorts.col.learners'),
      end: true,
      cell: (b) => (
        <>
          {format.number(b.learners)}
          <MiniBar ratio={shares[b.band] ?? 0} />
        </>
      ),
    },
    { header: format.t('eventCohorts.col.calls'), end: true, cell: (b) => format.number(b.attempts) },
    { header: format.t('eventCohorts.col.perCall'), end: true, cell: (b) => (b.eventsPerAttempt === null ? NONE : format.number(b.eventsPerAttempt, { maximumFractionDigits: 2 })) },
    {
      header: format.t('eventCohorts.col.avgScore'),
      end: true,
      cell: (b) => (
        <>
          {b.avgScore === null ? NONE : format.number(b.avgScore, one)}
          <MiniBar ratio={b.avgScore === null || best <= 0 ? null : b.avgScore / best} color="var(--ll-chart-2)" />
        </>
      ),
    },
  ];
}

function EventCohortsInner({ params = {}, typeNames = noNames, title, ...chrome }: EventCohortsProps) {
  const format = useFormat(eventCohortsMessages);
  const timeZone = params.timezone ?? viewerTimeZone();
  const range = resolveRange(params, timeZone, params.now, DEFAULT_DAYS);
  const query = useEventCohorts({ ...params, ...range, timezone: timeZone });
  const type = eventTypeName(params.eventType ?? DEFAULT_EVENT_TYPE, format, typeNames);
  const rangeText = describeRange(range, format);
  const bands = query.data?.bands;
  const columns = useMemo(() => columnsOf(bands ?? [], format), [bands, format]);
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('eventCohorts.title')}
      description={format.t('eventCohorts.description', { type, range: rangeText })}
      subject={format.t('eventCohorts.subject')}
      query={query}
      isEmpty={(d) => d.bands.every((b) => b.learners === 0)}
      emptyTitle={format.t('eventCohorts.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'eventCohorts.emptyReasonFiltered' : 'eventCohorts.emptyReason', { range: rangeText, timeZone })}
      {...chrome}
    >
      {(data) => (
        <div data-slot="content" data-event-type={data.eventType}>
          <ChartStyles />
          <TutoringStyles />
          <div className="ll-scroll" data-slot="scroll">
            <DataTable
              columns={columns}
              rows={data.bands}
              rowKey={(b) => String(b.band)}
              rowData={(b) => ({ 'data-band': b.band, 'data-learners': b.learners })}
              caption={format.t('eventCohorts.caption', { type, range: rangeText, timeZone })}
              visible
            />
          </div>
        </div>
      )}
    </WidgetFrame>
  );
}

/**
 * Seed 002's cohort analysis ("users who ask <3 questions vs >7"): learners grouped by their events of one type per
 * call, each group with its learners (a bar of their share), calls, events per call and average score.
 */
export const EventCohorts = withWidgetBoundary(EventCohortsInner, {
  widget: WIDGET,
  title: 'eventCohorts.title',
  subject: 'eventCohorts.subject',
  messages: eventCohortsMessages,
});
