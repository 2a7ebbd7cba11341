'use client';
import { useMemo } from 'react';
import { ActivityHeatmap } from '../../widgets/activity-heatmap/index.js';
import { AssignmentProgress } from '../../widgets/assignment-progress/index.js';
import { BandProgress } from '../../widgets/band-progress/index.js';
import { KpiCards } from '../../widgets/kpi-cards/index.js';
import { Leaderboard } from '../../widgets/leaderboard/index.js';
import { TeamPerformance } from '../../widgets/team-performance/index.js';
import { FilterBar, useActivityOptions, useViewFilters } from '../filter-bar/index.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { ViewCell, ViewShell } from '../view-layout/index.js';
import { viewMessages } from '../../i18n/en/views.js';
import type { ManagerViewProps } from './managerView.types.js';
import { TeamCompletion } from './TeamCompletion.js';

/**
 * The manager dashboard of seed 002 for the manager's own team(s): team KPIs and the assignment completion
 * rate, the team's performance beside the org's other teams (average, completion, rank), the top learners of the period (this month by default), assignment tracking with overdue warnings,
 * and the team's activity heatmap — all driven by one filter bar; picking a heatmap day narrows the others. In a
 * band-scored org (`scoreScale="band"`, seed 000) each learner's task and overall bands against their goal replace the
 * leaderboard (whose talk time means nothing there).
 */
export function ManagerView({
  filters,
  defaultFilters,
  onFiltersChange,
  defaultPreset = 'monthToDate',
  now,
  timezone,
  activities: activitiesProp,
  teams,
  leaderboardSize = 10,
  scoreScale,
  animation,
  ...chrome
}: ManagerViewProps) {
  const fmt = useFormat(viewMessages);
  const state = useViewFilters({ filters, defaultFilters, onFiltersChange, now, timezone, defaultPreset });
  const activities = useActivityOptions(activitiesProp);
  const { params } = state;
  // One object for both assignment widgets, so they share one query.
  const assignmentParams = useMemo(
    () => ({
      ...state.due,
      timezone: params.timezone,
      ...(params.now ? { now: params.now } : {}),
      ...(params.teamId ? { teamId: params.teamId } : {}),
      ...(params.activityIds ? { activityIds: params.activityIds } : {}),
    }),
    [state.due, params],
  );
  // Every team of the org, over the assignments' due window (so its completion rate agrees with the completion card)
  // and the attempts in it; the team filter picks the team the card headlines rather than narrowing the comparison.
  const teamParams = useMemo(() => {
    const { teamId: _team, from: _from, to: _to, ...rest } = params;
    return { ...rest, ...state.due };
  }, [params, state.due]);
  return (
    <ViewShell
      view="manager-view"
      defaultLabel={fmt.t('view.manager')}
      {...chrome}
      filterBar={
        <FilterBar
          value={state.filters}
          onValueChange={state.setFilters}
          now={state.now}
          timezone={state.timezone}
          teams={teams}
          activities={activities}
        />
      }
    >
      <ViewCell span={2} name="team-overview">
        <KpiCards title={fmt.t('view.teamOverview')} params={params} />
      </ViewCell>
      <ViewCell span={1} name="team-completion">
        <TeamCompletion params={assignmentParams} />
      </ViewCell>
      <ViewCell span={2} name="team-performance">
        <TeamPerformance params={teamParams} teamId={params.teamId} />
      </ViewCell>
      {scoreScale === 'band' ? (
        <ViewCell span={2} name="band-progress">
          <BandProgress params={params} groupBy="learner" />
        </ViewCell>
      ) : (
        <ViewCell span={2} name="leaderboard">
          <Leaderboard title={fmt.t('view.top', { count: leaderboardSize })} params={{ ...params, period: 'range' }} mode="top" limit={leaderboardSize} />
        </ViewCell>
      )}
      <ViewCell span={1} name="activity-heatmap">
        <ActivityHeatmap
          title={fmt.t('view.teamActivity')}
          params={state.heatmapParams}
          selected={state.heatmapSelected}
          onSelect={state.onHeatmapSelect}
          animation={animation}
        />
      </ViewCell>
      <ViewCell span="full" name="assignments">
        <AssignmentProgress title={fmt.t('view.assignmentTracking')} params={assignmentParams} />
      </ViewCell>
    </ViewShell>
  );
}
