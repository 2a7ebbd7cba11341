'use client';
import { useTeamComparison } from '../../hooks/useTeamComparison.js';
import { teamPerformanceMessages } from '../../i18n/en/teamPerformance.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { CardsSkeleton } from '../../widget-shell/states.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { TeamPerformanceProps } from './teamPerformance.types.js';
import { barWidth, isTeamComparisonEmpty, teamPerformanceSummary } from './teamPerformance.utils.js';
import { ChangeStyles, KpiStyles, ProgressStyles, RowStyles } from '../../widget-shell/partStyles.js';

function TeamPerformanceView({ params = {}, teamId, actions, title: titleProp, ...chrome }: TeamPerformanceProps) {
  const fmt = useFormat(teamPerformanceMessages);
  const title = titleProp ?? fmt.t('teams.title');
  const query = useTeamComparison(params);
  const average = (v: number | null) => (v === null ? '—' : fmt.number(v, { maximumFractionDigits: 1 }));
  const rows = query.data?.rows;
  const described = rows && rows.length > 0 ? teamPerformanceSummary(rows, teamId).focus : undefined;
  const description =
    rows === undefined || rows.length === 0
      ? undefined
      : described
        ? fmt.t('teams.descriptionOwn', { team: described.teamName, count: rows.length })
        : fmt.t('teams.descriptionAll', { count: rows.length });
  return (
    <WidgetFrame
      {...chrome}
      widget="team-performance"
      title={title}
      actions={actions}
      description={description}
      query={query}
      skeleton={<CardsSkeleton />}
      subject={fmt.t('teams.subject')}
      isEmpty={(d) => isTeamComparisonEmpty(d.rows)}
      emptyTitle={fmt.t('teams.emptyTitle')}
      emptyReason={(d) => fmt.t(d.rows.length === 0 ? 'teams.emptyNoTeams' : 'teams.emptyNoActivity')}
    >
      {(data) => {
        const { focus, ranked, maxAverage } = teamPerformanceSummary(data.rows, teamId);
        const caption = fmt.t('teams.distribution');
        return (
          <>
            <KpiStyles />
            <ChangeStyles />
            <ProgressStyles />
            <RowStyles />
            {focus ? (
              <dl className="ll-kpis" data-slot="team-kpis">
                <div className="ll-kpi" data-slot="kpi" data-kpi="avgScore">
                  <dt>{fmt.t('teams.avgScore')}</dt>
                  <dd>
                    <span data-slot="value">{average(focus.avgScore)}</span>
                    <span className="ll-delta ll-same">
                      {focus.scoredAttempts > 0 ? fmt.t('teams.scoredAttempts', { count: focus.scoredAttempts }) : fmt.t('teams.noScores')}
                    </span>
                  </dd>
                </div>
                <div className="ll-kpi" data-slot="kpi" data-kpi="completionRate">
                  <dt>{fmt.t('teams.completionRate')}</dt>
                  <dd>
                    <span data-slot="value">{focus.completionRate === null ? '—' : fmt.percent(focus.completionRate, 0)}</span>
                    <span className="ll-delta ll-same">
                      {focus.completionRate === null
                        ? fmt.t('teams.noAssignments')
                        : fmt.t('teams.completedOf', { completed: fmt.number(focus.completed), assigned: fmt.number(focus.assigned) })}
                    </span>
                  </dd>
                </div>
                <div className="ll-kpi" data-slot="kpi" data-kpi="rank">
                  <dt>{fmt.t('teams.rank')}</dt>
                  <dd>
                    <span data-slot="value">
                      {focus.rank === null ? fmt.t('teams.unranked') : fmt.t('teams.rankOf', { rank: fmt.number(focus.rank), count: fmt.number(ranked) })}
                    </span>
                    <span className="ll-delta ll-same">{fmt.t('teams.activeLearners', { count: focus.activeLearners })}</span>
                  </dd>
                </div>
              </dl>
            ) : null}
            <ScrollRegion label={caption}>
              <table className="ll-table" data-slot="distribution">
                <caption className="ll-sr-only">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col" data-align="end">{fmt.t('teams.col.rank')}</th>
                    <th scope="col">{fmt.t('teams.col.team')}</th>
                    <th scope="col">{fmt.t('teams.col.average')}</th>
                    <th scope="col" data-align="end">{fmt.t('teams.col.completion')}</th>
                    <th scope="col" data-align="end" data-priority="2">{fmt.t('teams.col.learners')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.teamId} data-slot="row" data-team={row.teamId} data-self={row === focus ? 'true' : undefined}>
                      <td data-column="rank" data-align="end">{row.rank === null ? '—' : fmt.number(row.rank)}</td>
                      <td data-column="team" data-wrap="true">
                        {row.teamName}
                        {row === focus ? <span className="ll-sr-only">{` (${fmt.t('teams.yours')})`}</span> : null}
                      </td>
                      <td data-column="average">
                        <div className="ll-progress" aria-hidden="true" data-slot="bar">
                          <span style={{ width: `${barWidth(row.avgScore, maxAverage)}%` }} />
                        </div>
                        <span className="ll-description">{average(row.avgScore)}</span>
                      </td>
                      <td data-column="completion" data-align="end">
                        {row.completionRate === null ? '—' : fmt.percent(row.completionRate, 0)}
                      </td>
                      <td data-column="learners" data-align="end" data-priority="2">{fmt.number(row.activeLearners)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * The manager's team beside every team of the org (seed 002 "Team Performance Card"): team average, completion
 * rate and "rank 2 of 5", then each team's average as a bar with its completion — aggregates only, no members.
 */
export const TeamPerformance = withWidgetBoundary(TeamPerformanceView, {
  widget: 'team-performance',
  title: 'teams.title',
  subject: 'teams.subject',
  messages: teamPerformanceMessages,
});
