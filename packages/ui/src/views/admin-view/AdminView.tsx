'use client';
import { useEffect, useRef } from 'react';
import { ActivityDetail } from '../../widgets/activity-detail/index.js';
import { ActivityHeatmap } from '../../widgets/activity-heatmap/index.js';
import { ActivityInsights } from '../../widgets/activity-insights/index.js';
import { CohortComparison } from '../../widgets/cohort-comparison/index.js';
import { BandProgress } from '../../widgets/band-progress/index.js';
import { ContentPerformance } from '../../widgets/content-performance/index.js';
import { Engagement } from '../../widgets/engagement/index.js';
import { EventCohorts } from '../../widgets/event-cohorts/index.js';
import { EventTiming } from '../../widgets/event-timing/index.js';
import { ExportButton } from '../../widgets/export-button/index.js';
import { KpiCards } from '../../widgets/kpi-cards/index.js';
import { MasteryProgression } from '../../widgets/mastery-progression/index.js';
import { MasteryTrend } from '../../widgets/mastery-trend/index.js';
import { RecentAttempts } from '../../widgets/recent-attempts/index.js';
import { ScoreTrend } from '../../widgets/score-trend/index.js';
import { SessionQuality } from '../../widgets/session-quality/index.js';
import { TutorEffectiveness } from '../../widgets/tutor-effectiveness/index.js';
import { FilterBar, useActivityOptions, useViewFilters } from '../filter-bar/index.js';
import { addDays } from '../filter-bar/filterBar.utils.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { ViewCell, ViewShell } from '../view-layout/index.js';
import { viewMessages } from '../../i18n/en/views.js';
import type { AdminViewProps } from './adminView.types.js';

/**
 * The admin dashboard of seed 002: the org's KPI cards (with their 7- and 30-day changes) and score trend,
 * the most attempted activities with their averages, the activity heatmap, and recent attempts with filters
 * and export — all driven by one filter bar; attempts per day over the last 30 days; a click (or Enter) on a most attempted
 * activity opens its `ActivityDetail` under the list (Back or Escape closes it, and focus returns to the row); picking a heatmap day narrows every other widget to it. With `events`
 * (an org whose data are learning events), seed 001's four Looker dashboards follow: engagement, content performance,
 * session quality, and mastery progression (the mastery trend beside the items each learner mastered per week).
 * With `scoreScale="binary"` (a tutoring org, seed 003) the tutors' effectiveness and the cohorts' comparison follow;
 * with `scoreScale="band"` (seed 000) each team's task and overall bands against its learners' goals follow the overview.
 * With `callEvents` (a voice org whose calls carry seed 002's KPI events), where in a call each event type happens
 * beside the learners grouped by questions asked per call.
 */
export function AdminView({
  filters,
  defaultFilters,
  onFiltersChange,
  defaultPreset,
  now,
  timezone,
  activities: activitiesProp,
  teams,
  exportFormats,
  topActivities = 10,
  attemptsPageSize = 10,
  events = false,
  scoreScale,
  callEvents = false,
  callEventGroups,
  learnerNames,
  cohortNames,
  activityId: activityIdProp,
  defaultActivityId = null,
  onActivitySelect,
  animation,
  ...chrome
}: AdminViewProps) {
  const fmt = useFormat(viewMessages);
  const state = useViewFilters({ filters, defaultFilters, onFiltersChange, now, timezone, defaultPreset });
  const activities = useActivityOptions(activitiesProp);
  const showExport = exportFormats === undefined || exportFormats.length > 0;
  const contentNames = Object.fromEntries(activities.map((a) => [a.id, a.name]));
  const [detailId, setDetailId] = useControllableState(activityIdProp, defaultActivityId, onActivitySelect);
  // Focus follows the drill-down: into the detail when it opens, back to the row that opened it when it closes.
  const detailRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (detailId !== null) {
      detailRef.current?.focus();
      opened.current = true;
    } else if (opened.current) {
      opened.current = false;
      if (triggerRef.current?.isConnected) triggerRef.current.focus();
    }
  }, [detailId]);
  // The detail takes the view's range, zone, team and days, not its activity filter (it is about one activity).
  const { from, to, timezone: zone, now: detailNow, teamId } = state.params;
  const days = (state.params as { days?: 'all' | 'weekdays' | 'weekends' }).days;
  const detailParams = { from, to, timezone: zone, now: detailNow, teamId, ...(days ? { days } : {}) };
  // The last 30 local days up to today, whatever the filter bar's range: seed 002's "attempts trend (last 30 days)".
  const last30Days = { ...state.params, from: addDays(state.today, -29), to: addDays(state.today, 1) };
  return (
    <ViewShell
      view="admin-view"
      defaultLabel={fmt.t('view.admin')}
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
      <ViewCell span="full" name="overview">
        <KpiCards title={fmt.t('view.orgOverview')} params={state.params} />
      </ViewCell>
      {scoreScale === 'band' ? (
        <ViewCell span="full" name="band-progress">
          <BandProgress params={state.params} groupBy="team" />
        </ViewCell>
      ) : null}
      <ViewCell span="full" name="attempts-trend">
        <ScoreTrend title={fmt.t('view.attemptsTrend')} params={last30Days} bucket="day" metric="attempts" animation={animation} />
      </ViewCell>
      <ViewCell span={1} name="score-trend">
        <ScoreTrend title={fmt.t('view.scoreTrend')} params={state.trendParams} animation={animation} />
      </ViewCell>
      <ViewCell span={2} name="top-activities">
        <ActivityInsights
          title={fmt.t('view.topActivities')}
          params={state.params}
          defaultSort="-attemptCount"
          limit={topActivities}
          maxBars={topActivities}
          animation={animation}
          onActivitySelect={(id, _row, trigger) => {
            triggerRef.current = trigger;
            setDetailId(id);
          }}
        />
      </ViewCell>
      {detailId !== null ? (
        <ViewCell span="full" name="activity-detail">
          <div
            ref={detailRef}
            tabIndex={-1}
            data-slot="activity-detail"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDetailId(null);
            }}
          >
            <ActivityDetail
              key={detailId}
              activityId={detailId}
              params={detailParams}
              onClose={() => setDetailId(null)}
              animation={animation}
            />
          </div>
        </ViewCell>
      ) : null}
      <ViewCell span="full" name="activity-heatmap">
        <ActivityHeatmap
          title={fmt.t('view.learnerActivity')}
          params={state.heatmapParams}
          selected={state.heatmapSelected}
          onSelect={state.onHeatmapSelect}
          animation={animation}
        />
      </ViewCell>
      {callEvents ? (
        <>
          <ViewCell span="full" name="event-timing">
            <EventTiming params={state.params} animation={animation} />
          </ViewCell>
          <ViewCell span="full" name="event-cohorts">
            <EventCohorts params={{ ...state.params, ...callEventGroups }} />
          </ViewCell>
        </>
      ) : null}
      {events ? (
        <>
          <ViewCell span="full" name="engagement">
            <Engagement params={state.params} animation={animation} />
          </ViewCell>
          <ViewCell span="full" name="content-performance">
            <ContentPerformance params={state.params} contentNames={contentNames} />
          </ViewCell>
          <ViewCell span="full" name="session-quality">
            <SessionQuality params={state.params} animation={animation} />
          </ViewCell>
          <ViewCell span={2} name="mastery-trend">
            <MasteryTrend params={state.trendParams} animation={animation} />
          </ViewCell>
          <ViewCell span={1} name="mastery-progression">
            <MasteryProgression params={state.trendParams} {...(learnerNames ? { learnerNames } : {})} />
          </ViewCell>
        </>
      ) : null}
      {scoreScale === 'binary' ? (
        <>
          <ViewCell span="full" name="tutor-effectiveness">
            <TutorEffectiveness params={state.params} scoreScale={scoreScale} />
          </ViewCell>
          <ViewCell span="full" name="cohort-comparison">
            <CohortComparison params={state.params} {...(cohortNames ? { cohortNames } : {})} />
          </ViewCell>
        </>
      ) : null}
      <ViewCell span="full" name="recent-attempts">
        <RecentAttempts
          params={state.attemptParams}
          filters={state.attemptFilters}
          onFiltersChange={state.onAttemptFiltersChange}
          activities={[...activities]}
          pageSize={attemptsPageSize}
          actions={
            showExport
              ? (exportParams) => <ExportButton params={exportParams} {...(exportFormats ? { formats: exportFormats } : {})} />
              : undefined
          }
        />
      </ViewCell>
    </ViewShell>
  );
}
