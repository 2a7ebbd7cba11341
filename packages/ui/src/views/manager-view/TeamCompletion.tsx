'use client';
import { useAssignmentProgress } from '../../hooks/index.js';
import { useFormat, WidgetFrame, withWidgetBoundary } from '../../widget-shell/index.js';
import type { TeamCompletionProps } from './managerView.types.js';
import { completionSummary } from './managerView.utils.js';

function TeamCompletionView({ params = {}, title = 'Completion rate', ...chrome }: TeamCompletionProps) {
  const fmt = useFormat();
  const query = useAssignmentProgress(params);
  const lastDay = (to: string) => fmt.date(new Date(Date.parse(`${to}T00:00:00`) - 86_400_000));
  const dueText =
    params.from && params.to
      ? `between ${fmt.date(params.from)} and ${lastDay(params.to)}`
      : params.from
        ? `from ${fmt.date(params.from)} on`
        : null;
  return (
    <WidgetFrame
      {...chrome}
      widget="team-completion"
      title={title}
      description={dueText ? `Assignments due ${dueText}` : 'Every assignment'}
      query={query}
      skeleton="cards"
      subject="the completion rate"
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle="No assignments"
      emptyReason={`No assignment${dueText ? ` is due ${dueText}` : ''} for the learners you can see.`}
    >
      {(data) => {
        const s = completionSummary(data.rows);
        const n = (v: number) => fmt.number(v);
        return (
          <dl className="ll-kpis" data-slot="completion">
            <div className="ll-kpi" data-slot="kpi" data-kpi="completionRate">
              <dt>Completion rate</dt>
              <dd>
                <span data-slot="value">{s.rate === null ? '—' : fmt.percent(s.rate, 0)}</span>
                <span className="ll-delta ll-same">{`${n(s.completed)} of ${n(s.assigned)} completed`}</span>
              </dd>
            </div>
            <div className="ll-kpi" data-slot="kpi" data-kpi="overdue">
              <dt>Overdue</dt>
              <dd>
                <span data-slot="value">{n(s.overdueLearners)}</span>
                <span className={`ll-delta ${s.overdueLearners > 0 ? 'll-down' : 'll-same'}`}>
                  {s.overdueLearners === 0
                    ? 'Nobody is behind'
                    : `${s.overdueLearners === 1 ? 'learner' : 'learners'} behind on ${n(s.overdueAssignments)} ${s.overdueAssignments === 1 ? 'assignment' : 'assignments'}`}
                </span>
              </dd>
            </div>
          </dl>
        );
      }}
    </WidgetFrame>
  );
}

/** The share of assignees who completed their assignments, and how many are overdue (from `assignmentProgress`). */
export const TeamCompletion = withWidgetBoundary(TeamCompletionView, {
  widget: 'team-completion',
  title: 'Completion rate',
  subject: 'the completion rate',
});
