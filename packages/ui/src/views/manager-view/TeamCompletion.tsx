'use client';
import { useAssignmentProgress } from '../../hooks/index.js';
import { useFormat, WidgetFrame, withWidgetBoundary } from '../../widget-shell/index.js';
import { CardsSkeleton } from '../../widget-shell/states.js';
import type { TeamCompletionProps } from './managerView.types.js';
import { completionSummary } from './managerView.utils.js';
import { completionMessages } from '../../i18n/en/teamCompletion.js';
import { assignmentsMessages } from '../../i18n/en/assignmentProgress.js';
import { ChangeStyles, KpiStyles } from '../../widget-shell/partStyles.js';

const teamCompletionWords = { ...assignmentsMessages, ...completionMessages };

function TeamCompletionView({ params = {}, title, ...chrome }: TeamCompletionProps) {
  const fmt = useFormat(teamCompletionWords);
  const query = useAssignmentProgress(params);
  const lastDay = (to: string) => fmt.date(new Date(Date.parse(`${to}T00:00:00`) - 86_400_000));
  const due =
    params.from && params.to
      ? { key: 'Between', from: fmt.date(params.from), to: lastDay(params.to) }
      : params.from
        ? { key: 'From', from: fmt.date(params.from), to: '' }
        : { key: 'All', from: '', to: '' };
  return (
    <WidgetFrame
      {...chrome}
      widget="team-completion"
      title={title ?? fmt.t('completion.title')}
      description={fmt.t(`completion.due${due.key as 'Between' | 'From' | 'All'}`, due)}
      query={query}
      skeleton={<CardsSkeleton />}
      subject={fmt.t('completion.subject')}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={fmt.t('assignments.emptyTitle')}
      emptyReason={due.key === 'Between' ? fmt.t('assignments.emptyBetween', due) : due.key === 'From' ? fmt.t('assignments.emptyFrom', due) : fmt.t('assignments.emptyAll')}
    >
      {(data) => {
        const s = completionSummary(data.rows);
        const n = (v: number) => fmt.number(v);
        return (
          <>
            <KpiStyles />
            <ChangeStyles />
            <dl className="ll-kpis" data-slot="completion">
              <div className="ll-kpi" data-slot="kpi" data-kpi="completionRate">
                <dt>{fmt.t('completion.title')}</dt>
                <dd>
                  <span data-slot="value">{s.rate === null ? '—' : fmt.percent(s.rate, 0)}</span>
                  <span className="ll-delta ll-same">{fmt.t('assignments.completedOf', { completed: n(s.completed), count: s.assigned })}</span>
                </dd>
              </div>
              <div className="ll-kpi" data-slot="kpi" data-kpi="overdue">
                <dt>{fmt.t('assignments.overdueBadge')}</dt>
                <dd>
                  <span data-slot="value">{n(s.overdueLearners)}</span>
                  <span className={`ll-delta ${s.overdueLearners > 0 ? 'll-down' : 'll-same'}`}>
                    {s.overdueLearners === 0
                      ? fmt.t('completion.nobodyBehind')
                      : fmt.t('completion.behindOn', { count: s.overdueAssignments, learners: fmt.t('completion.learnersBehind', { count: s.overdueLearners }) })}
                  </span>
                </dd>
              </div>
            </dl>
          </>
        );
      }}
    </WidgetFrame>
  );
}

/** The share of assignees who completed their assignments, and how many are overdue (from `assignmentProgress`). */
export const TeamCompletion = withWidgetBoundary(TeamCompletionView, {
  widget: 'team-completion',
  title: 'completion.title',
  subject: 'completion.subject',
  messages: teamCompletionWords,
});
