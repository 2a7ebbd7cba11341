'use client';
import { useMemo } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { NONE, periodText } from '../../charts/period.js';
import { SortableTable, type SortableColumn } from '../../charts/SortableTable.js';
import { Sparkline } from '../../charts/Sparkline.js';
import { useProgressSnapshots } from '../../hooks/useProgressSnapshots.js';
import { studyProgressMessages } from '../../i18n/en/studyProgress.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { CardsSkeleton } from '../../widget-shell/states.js';
import type { ProgressSnapshot, StudyProgressProps } from './studyProgress.types.js';
import { learnerSnapshots, snapshotEnd } from './studyProgress.utils.js';
import { KpiStyles } from '../../widget-shell/partStyles.js';

const WIDGET = 'study-progress';

function columnsOf(format: Formatters, weekly: boolean): SortableColumn<ProgressSnapshot>[] {
  return [
    {
      id: 'week',
      header: format.t('studyProgress.col.week'),
      cell: (r) => (weekly ? format.t('studyProgress.weekOf', { date: format.date(r.bucketStart, 'PP') }) : format.date(r.bucketStart, 'LLLL yyyy')),
    },
    { id: 'answers', header: format.t('tutoring.answers'), end: true, cell: (r) => format.number(r.questionsAttempted) },
    { id: 'accuracy', header: format.t('tutoring.accuracy'), hint: format.t('tutoring.accuracyHint'), end: true, cell: (r) => format.percent(r.accuracy / 100, 1) },
    { id: 'mastered', header: format.t('studyProgress.mastered'), end: true, cell: (r) => format.number(r.topicsMastered) },
    { id: 'struggling', header: format.t('studyProgress.struggling'), hint: format.t('studyProgress.strugglingHint'), end: true, cell: (r) => format.number(r.topicsStruggling) },
    { id: 'due', header: format.t('studyProgress.cardsDue'), end: true, cell: (r) => format.number(r.cardsDue) },
    { id: 'reviewed', header: format.t('studyProgress.cardsReviewed'), end: true, cell: (r) => format.number(r.cardsReviewed) },
  ];
}

function StudyProgressInner({ params = {}, userId: userIdProp, rows: maxRows = 8, title, ...chrome }: StudyProgressProps) {
  const format = useFormat(studyProgressMessages);
  const { viewer } = useLearnlens();
  const userId = userIdProp ?? (viewer.role === 'learner' ? viewer.userId : undefined);
  const query = useProgressSnapshots({ ...params, timezone: params.timezone ?? viewerTimeZone(), ...(userId ? { userIds: [userId] } : {}) });
  const period = periodText(params, format);
  const snapshots = useMemo(() => learnerSnapshots(query.data?.rows ?? [], userId), [query.data, userId]);
  const weekly = (query.data?.bucket ?? params.bucket ?? 'week') === 'week';
  const columns = useMemo(() => columnsOf(format, weekly), [format, weekly]);

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('studyProgress.title')}
      description={format.t('studyProgress.description')}
      subject={format.t('studyProgress.subject')}
      skeleton={<CardsSkeleton />}
      query={query}
      isEmpty={() => snapshots.length === 0}
      emptyTitle={format.t('studyProgress.emptyTitle')}
      emptyReason={format.t('studyProgress.emptyReason', { period })}
      {...chrome}
    >
      {(data) => {
        const latest = snapshots[snapshots.length - 1]!;
        const end = snapshotEnd(latest.bucketStart, data.bucket, params.to);
        const recent = snapshots.slice(-maxRows).reverse();
        const kpis: { id: string; label: string; value: string; hint: string; spark?: (number | null)[] }[] = [
          {
            id: 'cards-due',
            label: format.t('studyProgress.cardsDue'),
            value: format.number(latest.cardsDue),
            hint: format.t('studyProgress.cardsDueHint', { date: format.date(end, 'PP') }),
            spark: snapshots.slice(-12).map((s) => s.cardsDue),
          },
          {
            id: 'cards-reviewed',
            label: format.t('studyProgress.cardsReviewed'),
            value: format.number(latest.cardsReviewed),
            hint: format.t('studyProgress.cardsReviewedHint', { date: format.date(latest.bucketStart, 'PP') }),
            spark: snapshots.slice(-12).map((s) => s.cardsReviewed),
          },
          { id: 'mastered', label: format.t('studyProgress.mastered'), value: format.number(latest.topicsMastered), hint: format.date(end, 'PP'), spark: snapshots.slice(-12).map((s) => s.topicsMastered) },
          { id: 'struggling', label: format.t('studyProgress.struggling'), value: format.number(latest.topicsStruggling), hint: format.t('studyProgress.strugglingHint') },
          {
            id: 'ease',
            label: format.t('studyProgress.ease'),
            value: latest.averageEase === null ? NONE : format.number(latest.averageEase, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            hint: format.t('studyProgress.easeHint'),
          },
        ];
        return (
          <div data-slot="content" data-snapshots={snapshots.length}>
            <ChartStyles />
            <TutoringStyles />
            <KpiStyles />
            <dl className="ll-kpis" data-slot="kpis">
              {kpis.map((k) => (
                <div key={k.id} className="ll-kpi" data-kpi={k.id}>
                  <dt>{k.label}</dt>
                  <dd>
                    {k.value}
                    {k.spark && k.spark.length > 1 ? <Sparkline values={k.spark} width={56} height={18} /> : null}
                  </dd>
                  <dd className="ll-kpi-hint">{k.hint}</dd>
                </div>
              ))}
            </dl>
            <SortableTable
              columns={columns}
              rows={recent}
              rowKey={(r) => `${r.userId}|${r.bucketStart}`}
              rowData={(r) => ({ 'data-bucket-start': r.bucketStart })}
              caption={format.t('studyProgress.caption', { period })}
              label={format.t('studyProgress.tableLabel')}
            />
          </div>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * A learner's progress week by week (seed 003 `student_progress_snapshots`, computed for any date): spaced-repetition
 * cards due and reviewed with their average SM-2 ease, topics mastered and topics to practise, and the weeks'
 * answers and accuracy in a table. For a tutoring org's learner page, in place of talk-time figures.
 */
export const StudyProgress = withWidgetBoundary(StudyProgressInner, {
  widget: WIDGET,
  title: 'studyProgress.title',
  subject: 'studyProgress.subject',
  messages: studyProgressMessages,
});
