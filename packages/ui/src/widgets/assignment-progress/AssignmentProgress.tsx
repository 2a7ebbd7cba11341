'use client';
import { useAssignmentProgress } from '../../hooks/useAssignmentProgress.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { assignmentsMessages } from '../../i18n/en/assignmentProgress.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { AssignmentProgressProps } from './assignmentProgress.types.js';
import { overdueSummary } from './assignmentProgress.utils.js';
import { ActionStyles, AlertStyles, ProgressStyles } from '../../widget-shell/partStyles.js';

function AssignmentProgressView({ params = {}, actions, onStartAssignment, title: titleProp, ...chrome }: AssignmentProgressProps) {
  const fmt = useFormat(assignmentsMessages);
  const title = titleProp ?? fmt.t('assignments.title');
  const query = useAssignmentProgress(params);
  const emptyReason =
    params.from && params.to
      ? fmt.t('assignments.emptyBetween', { from: fmt.date(params.from), to: fmt.date(new Date(Date.parse(`${params.to}T00:00:00`) - 86_400_000)) })
      : params.from
        ? fmt.t('assignments.emptyFrom', { from: fmt.date(params.from) })
        : fmt.t('assignments.emptyAll');
  return (
    <WidgetFrame
      {...chrome}
      widget="assignment-progress"
      title={title}
      actions={actions}
      query={query}
      subject={fmt.t('assignments.subject')}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={fmt.t('assignments.emptyTitle')}
      emptyReason={emptyReason}
    >
      {(data) => {
        const overdue = overdueSummary(data.rows);
        const n = (v: number) => fmt.number(v);
        return (
          <>
            <ActionStyles />
            <AlertStyles />
            <ProgressStyles />
            {overdue.assignments > 0 ? (
              <p className="ll-alert" data-slot="overdue-summary" role="status">
                {`${fmt.t('assignments.overdue', { count: overdue.assignments })} ${fmt.t('assignments.behind', { count: overdue.learners })}`}
              </p>
            ) : null}
            <ScrollRegion label={typeof title === 'string' ? title : fmt.t('assignments.title')}>
              <table className="ll-table" data-slot="table">
                <caption className="ll-sr-only">{typeof title === 'string' ? title : fmt.t('assignments.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{fmt.t('assignments.col.assignment')}</th>
                    <th scope="col">{fmt.t('assignments.col.due')}</th>
                    <th scope="col">{fmt.t('assignments.col.completion')}</th>
                    <th scope="col" data-align="end" data-priority="2">
                      {fmt.t('assignments.col.overdue')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.assignmentId} data-slot="row" data-overdue={row.isOverdue ? 'true' : undefined}>
                      <td data-column="assignment" data-wrap="true">
                        <div>{row.title}</div>
                        <div className="ll-description">
                          {row.activityName} · {fmt.t(row.required ? 'assignments.required' : 'assignments.optional')}
                        </div>
                        {/* Under the title rather than in a column of its own, so a narrow card needs no sideways scrolling. */}
                        {onStartAssignment ? (
                          <button
                            type="button"
                            className="ll-button"
                            data-variant="primary"
                            data-slot="start-assignment"
                            style={{ marginTop: 6 }}
                            aria-label={fmt.t('assignments.startTitle', { title: row.title })}
                            onClick={() => onStartAssignment(row.assignmentId)}
                          >
                            {fmt.t('assignments.start')}
                          </button>
                        ) : null}
                      </td>
                      <td data-column="due">
                        {fmt.date(row.dueAt)}
                        {row.isOverdue ? (
                          <>
                            {' '}
                            <span className="ll-badge" data-slot="overdue">
                              {fmt.t('assignments.overdueBadge')}
                            </span>
                          </>
                        ) : null}
                      </td>
                      <td data-column="completion">
                        <div
                          className="ll-progress"
                          role="progressbar"
                          aria-label={fmt.t('assignments.completionOf', { title: row.title })}
                          aria-valuemin={0}
                          aria-valuemax={100}
                          aria-valuenow={Math.round(row.completionRate * 100)}
                          aria-valuetext={fmt.t('assignments.completedOf', { completed: n(row.completed), count: row.assigned })}
                        >
                          <span style={{ width: `${row.completionRate * 100}%` }} />
                        </div>
                        <span className="ll-description">
                          {`${fmt.t('assignments.ofAssigned', { completed: n(row.completed), assigned: n(row.assigned) })} · ${fmt.percent(row.completionRate, 0)}`}
                        </span>
                      </td>
                      <td data-column="overdue" data-align="end" data-priority="2">
                        {row.overdue > 0 ? fmt.t('assignments.learners', { count: row.overdue }) : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {data.total > data.rows.length ? (
              <p className="ll-description">{fmt.t('assignments.showing', { shown: n(data.rows.length), count: data.total })}</p>
            ) : null}
          </>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * Completion of each assignment among its assignees, with overdue warnings; with `onStartAssignment`, a "Start"
 * button per assignment (seed 002 trainee dashboard).
 */
export const AssignmentProgress = withWidgetBoundary(AssignmentProgressView, {
  widget: 'assignment-progress',
  title: 'assignments.title',
  subject: 'assignments.subject',
  messages: assignmentsMessages,
});
