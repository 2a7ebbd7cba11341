'use client';
import { IMPROVEMENT_WINDOW_DAYS } from '@learnlens/data-client';
import { useMemo } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { MiniBar } from '../../charts/MiniBar.js';
import { NONE, isFiltered, periodText } from '../../charts/period.js';
import { inferScoreScale } from '../../charts/scoreScale.js';
import { SortableTable, type SortableColumn } from '../../charts/SortableTable.js';
import { Sparkline } from '../../charts/Sparkline.js';
import { useTutorEffectiveness } from '../../hooks/useTutorEffectiveness.js';
import { tutorEffectivenessMessages } from '../../i18n/en/tutorEffectiveness.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { TutorEffectivenessProps, TutorEffectivenessRow } from './tutorEffectiveness.types.js';
import { changeKind, pointsText, scoreText } from './tutorEffectiveness.utils.js';
import type { ScoreScale } from '../../charts/scoreScale.js';
import { ChangeStyles, RowStyles } from '../../widget-shell/partStyles.js';

const WIDGET = 'tutor-effectiveness';

function columnsOf(format: Formatters, scale: ScoreScale): SortableColumn<TutorEffectivenessRow>[] {
  const none = NONE;
  return [
    {
      id: 'tutor',
      header: format.t('tutorEffectiveness.col.tutor'),
      cell: (r) => (
        <span className="ll-truncate" title={r.displayName}>
          {r.displayName}
        </span>
      ),
      sortValue: (r) => r.displayName,
    },
    { id: 'sessions', header: format.t('tutorEffectiveness.col.sessions'), end: true, cell: (r) => format.number(r.sessionsConducted), sortValue: (r) => r.sessionsConducted },
    { id: 'students', header: format.t('tutorEffectiveness.col.students'), end: true, cell: (r) => format.number(r.students), sortValue: (r) => r.students },
    {
      id: 'beforeAfter',
      header: format.t('tutorEffectiveness.col.beforeAfter'),
      end: true,
      cell: (r) =>
        r.accuracyBefore === null || r.accuracyAfter === null ? (
          none
        ) : (
          <>
            {`${format.percent(r.accuracyBefore / 100, 0)} → ${format.percent(r.accuracyAfter / 100, 0)}`}
            <Sparkline values={[r.accuracyBefore, r.accuracyAfter]} range={[0, 100]} width={36} />
          </>
        ),
    },
    {
      id: 'change',
      header: format.t('tutorEffectiveness.col.change'),
      hint: format.t('tutorEffectiveness.hint.change', { days: IMPROVEMENT_WINDOW_DAYS }),
      end: true,
      cell: (r) => (
        <span className={changeKind(r.accuracyChange) ? `ll-${changeKind(r.accuracyChange)}` : undefined} data-slot="change" data-change={changeKind(r.accuracyChange)}>
          {pointsText(r.accuracyChange, format)}
          {r.sessionsMeasured > 0 ? <span className="ll-subtle">{format.t('tutorEffectiveness.measured', { count: r.sessionsMeasured })}</span> : null}
        </span>
      ),
      sortValue: (r) => r.accuracyChange,
    },
    { id: 'assignments', header: format.t('tutorEffectiveness.col.assignments'), end: true, cell: (r) => format.number(r.assignmentsCreated), sortValue: (r) => r.assignmentsCreated },
    {
      id: 'completion',
      header: format.t('tutorEffectiveness.col.completion'),
      hint: format.t('tutorEffectiveness.hint.completion'),
      end: true,
      cell: (r) => (
        <>
          {r.assignmentCompletionRate === null ? none : format.percent(r.assignmentCompletionRate, 0)}
          <MiniBar ratio={r.assignmentCompletionRate} color="var(--ll-success)" />
        </>
      ),
      sortValue: (r) => r.assignmentCompletionRate,
    },
    {
      id: 'score',
      header: format.t('tutorEffectiveness.col.score'),
      hint: format.t('tutorEffectiveness.hint.score'),
      end: true,
      cell: (r) => scoreText(r.avgStudentScore, scale, format),
      sortValue: (r) => r.avgStudentScore,
    },
  ];
}

function TutorEffectivenessInner({ params = {}, scoreScale, actions, title, ...chrome }: TutorEffectivenessProps) {
  const format = useFormat(tutorEffectivenessMessages);
  const query = useTutorEffectiveness({ ...params, timezone: params.timezone ?? viewerTimeZone() });
  const period = periodText(params, format);
  const rows = query.data?.rows;
  const scale = useMemo(() => scoreScale ?? inferScoreScale((rows ?? []).map((r) => r.avgStudentScore)), [scoreScale, rows]);
  const columns = useMemo(() => columnsOf(format, scale), [format, scale]);
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('tutorEffectiveness.title')}
      description={format.t('tutorEffectiveness.description', { period })}
      subject={format.t('tutorEffectiveness.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('tutorEffectiveness.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'tutorEffectiveness.emptyReasonFiltered' : 'tutorEffectiveness.emptyReason', { period })}
      actions={actions}
      {...chrome}
    >
      {(data) => (
        <div data-slot="content">
          <ChartStyles />
          <TutoringStyles />
          <ChangeStyles />
          <RowStyles />
          <SortableTable
            columns={columns}
            rows={data.rows}
            rowKey={(r) => r.tutorId}
            rowData={(r) => ({ 'data-tutor-id': r.tutorId })}
            defaultSort="-change"
            caption={format.t('tutorEffectiveness.caption', { period })}
            label={format.t('tutorEffectiveness.tableLabel')}
          />
        </div>
      )}
    </WidgetFrame>
  );
}

/**
 * Per tutor: sessions held and students tutored, their students' accuracy in the 14 days before and after a session
 * (with the change in percentage points), assignments set, how many were completed and their average score. A
 * table with small charts (a before → after slope, completion bars), sortable by each number.
 */
export const TutorEffectiveness = withWidgetBoundary(TutorEffectivenessInner, {
  widget: WIDGET,
  title: 'tutorEffectiveness.title',
  subject: 'tutorEffectiveness.subject',
  messages: tutorEffectivenessMessages,
});
