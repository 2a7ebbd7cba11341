'use client';
import { useAssignmentProgress } from '../../hooks/useAssignmentProgress.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { AssignmentProgressProps } from './assignmentProgress.types.js';
import { overdueSummary, plural } from './assignmentProgress.utils.js';

function AssignmentProgressView({ params = {}, actions, title = 'Assignments', ...chrome }: AssignmentProgressProps) {
  const fmt = useFormat();
  const query = useAssignmentProgress(params);
  const range =
    params.from && params.to
      ? ` due between ${fmt.date(params.from)} and ${fmt.date(new Date(Date.parse(`${params.to}T00:00:00`) - 86_400_000))}`
      : params.from
        ? ` due from ${fmt.date(params.from)}`
        : '';
  return (
    <WidgetFrame
      {...chrome}
      widget="assignment-progress"
      title={title}
      actions={actions}
      query={query}
      subject="the assignments"
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle="No assignments"
      emptyReason={`No assignments${range} for the learners you can see.`}
    >
      {(data) => {
        const overdue = overdueSummary(data.rows);
        const n = (v: number) => fmt.number(v);
        return (
          <>
            {overdue.assignments > 0 ? (
              <p className="ll-alert" data-slot="overdue-summary" role="status">
                {`${plural(overdue.assignments, 'assignment is', 'assignments are', n)} overdue, with ${plural(overdue.learners, 'learner', 'learners', n)} behind.`}
              </p>
            ) : null}
            <ScrollRegion label={typeof title === 'string' ? title : 'Assignments'}>
              <table className="ll-table" data-slot="table">
                <caption className="ll-sr-only">{typeof title === 'string' ? title : 'Assignments'}</caption>
                <thead>
                  <tr>
                    <th scope="col">Assignment</th>
                    <th scope="col">Due</th>
                    <th scope="col">Completion</th>
                    <th scope="col" data-align="end">
                      Overdue
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.assignmentId} data-slot="row" data-overdue={row.isOverdue ? 'true' : undefined}>
                      <td data-column="assignment">
                        <div>{row.title}</div>
                        <div className="ll-description">
                          {row.activityName} · {row.required ? 'Required' : 'Optional'}
                        </div>
                      </td>
                      <td data-column="due">
                        {fmt.date(row.dueAt)}
                        {row.isOverdue ? (
                          <>
                            {' '}
                            <span className="ll-badge" data-slot="overdue">
                              Overdue
                            </span>
                          </>
                        ) : null}
                      </td>
                      <td data-column="completion">
                        <div
                          className="ll-progress"
                          role="progressbar"
                          aria-label={`${row.title} completion`}
                          aria-valuemin={0}
                          aria-valuemax={100}
                          aria-valuenow={Math.round(row.completionRate * 100)}
                          aria-valuetext={`${n(row.completed)} of ${n(row.assigned)} completed`}
                        >
                          <span style={{ width: `${row.completionRate * 100}%` }} />
                        </div>
                        <span className="ll-description">
                          {`${n(row.completed)} of ${n(row.assigned)} · ${fmt.percent(row.completionRate, 0)}`}
                        </span>
                      </td>
                      <td data-column="overdue" data-align="end">
                        {row.overdue > 0 ? plural(row.overdue, 'learner', 'learners', n) : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {data.total > data.rows.length ? (
              <p className="ll-description">{`Showing ${n(data.rows.length)} of ${n(data.total)} assignments.`}</p>
            ) : null}
          </>
        );
      }}
    </WidgetFrame>
  );
}

/** Completion of each assignment among its assignees, with overdue warnings. */
export const AssignmentProgress = withWidgetBoundary(AssignmentProgressView, {
  widget: 'assignment-progress',
  title: 'Assignments',
  subject: 'the assignments',
});
