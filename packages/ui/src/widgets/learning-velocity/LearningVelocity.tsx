'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { lineChartOption, lineModules } from '../../charts/lineOption.js';
import { useMemo } from 'react';
import type { DataColumn } from '../../charts/DataTable.js';
import { describeRange } from '../../charts/dateRange.js';
import { NONE, isFiltered } from '../../charts/period.js';
import { useTrendRange } from '../../charts/useTrendRange.js';
import { useLearningVelocity } from '../../hooks/useLearningVelocity.js';
import { learningVelocityMessages } from '../../i18n/en/learningVelocity.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ChartOrTableFrame, dayRows } from '../../widget-shell/ChartOrTableFrame.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { LearningVelocityProps, VelocityDay } from './learningVelocity.types.js';
import { velocityInput, velocitySummary } from './learningVelocity.utils.js';

const WIDGET = 'learning-velocity';

function tableColumns(format: Formatters): DataColumn<VelocityDay>[] {
  return [
    { header: format.t('common.period'), cell: (d) => format.date(d.day, 'PP') },
    { header: format.t('learningVelocity.questions'), end: true, cell: (d) => format.number(d.questionsAttempted) },
    { header: format.t('learningVelocity.answers'), end: true, cell: (d) => format.number(d.attempts) },
    { header: format.t('tutoring.avgTime'), end: true, cell: (d) => (d.avgTimeSeconds === null ? NONE : format.duration(d.avgTimeSeconds)) },
  ];
}

function LearningVelocityInner({ params = {}, height = 240, title, ...chart }: LearningVelocityProps) {
  const format = useFormat(learningVelocityMessages);
  const palette = useChartPalette();
  // Days only: distinct questions of two days do not add up, so days are never merged into longer buckets.
  const { measureRef, width, timeZone, range } = useTrendRange(params, { bucket: 'day', minPxPerPoint: 1, clamp: false });
  const query = useLearningVelocity({ ...params, ...range, timezone: timeZone }, { enabled: width > 0 });
  const rangeText = describeRange(range, format);
  const days = query.data?.days;
  const option = useMemo(() => (days ? lineChartOption(velocityInput(days, format), palette) : undefined), [days, format, palette]);
  const summary = days && velocitySummary(days);

  return (
    <ChartOrTableFrame
      widget={WIDGET}
      title={title ?? format.t('learningVelocity.title')}
      description={format.t('learningVelocity.description', { range: rangeText })}
      subject={format.t('learningVelocity.subject')}
      query={query}
      isEmpty={(d) => d.days.length === 0}
      emptyTitle={format.t('learningVelocity.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'learningVelocity.emptyReasonFiltered' : 'learningVelocity.emptyReason', { range: rangeText, timeZone })}
      measureRef={measureRef}
      modules={lineModules}
      height={height}
      caption={format.t('learningVelocity.caption', { range: rangeText, timeZone })}
      columns={tableColumns(format)}
      {...dayRows}
      option={option}
      rows={days ?? []}
      note={
        summary &&
        format.t('learningVelocity.note', {
          questions: format.number(summary.questions, { maximumFractionDigits: 1 }),
          answers: format.number(summary.answers, { maximumFractionDigits: 1 }),
          time: summary.seconds === null ? NONE : format.duration(summary.seconds),
        })
      }
      {...chart}
    />
  );
}

/**
 * Learning velocity per day (seed 003): how many different questions were attempted and how many answers submitted,
 * with the average time per answer in the tooltip, the table and a per-day summary. Days are never merged, since
 * different questions of two days do not add up.
 */
export const LearningVelocity = withWidgetBoundary(LearningVelocityInner, {
  widget: WIDGET,
  title: 'learningVelocity.title',
  subject: 'learningVelocity.subject',
  messages: learningVelocityMessages,
});
