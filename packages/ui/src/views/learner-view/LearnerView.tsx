'use client';
import { useMemo } from 'react';
import { useLearnlens } from '../../provider/index.js';
import { AssignmentProgress } from '../../widgets/assignment-progress/index.js';
import { BandProgress } from '../../widgets/band-progress/index.js';
import { Leaderboard } from '../../widgets/leaderboard/index.js';
import { MasteryTrend } from '../../widgets/mastery-trend/index.js';
import { PersonalStats } from '../../widgets/personal-stats/index.js';
import { RecentAttempts } from '../../widgets/recent-attempts/index.js';
import { ScoreTrend } from '../../widgets/score-trend/index.js';
import { StudyProgress } from '../../widgets/study-progress/index.js';
import { AccuracyTrend } from '../../widgets/accuracy-trend/index.js';
import { LearningVelocity } from '../../widgets/learning-velocity/index.js';
import { TopicMastery } from '../../widgets/topic-mastery/index.js';
import { tutoringViewMessages } from '../../i18n/en/tutoringViews.js';
import { FilterBar, useActivityOptions, useViewFilters } from '../filter-bar/index.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { ViewCell, ViewShell } from '../view-layout/index.js';
import { viewMessages } from '../../i18n/en/views.js';
import type { LearnerViewProps } from './learnerView.types.js';

/**
 * The learner dashboard of seed 002 for the viewer themself: personal stats, score trend, recent attempts,
 * assignments with due dates (required or optional), mastery path, and a leaderboard whose peers the client
 * pseudonymises (`showLeaderboard={false}` hides it). The filter bar has a range and an activity, no team.
 * In a tutoring org (`scoreScale="binary"`, seed 003) it shows accuracy, topic mastery, review cards due and pace instead of average
 * scores, mastery paths and talk time. In a band-scored org (`scoreScale="band"`, seed 000) it shows the learner's
 * task and overall bands against their goal, their assignments, band trend and attempts (no mastery path or talk time).
 */
export function LearnerView({
  filters,
  defaultFilters,
  onFiltersChange,
  defaultPreset,
  now,
  timezone,
  activities: activitiesProp,
  showLeaderboard = true,
  leaderboardSize = 10,
  attemptsPageSize = 5,
  animation,
  scoreScale,
  onViewFeedback,
  onStartAssignment,
  ...chrome
}: LearnerViewProps) {
  const fmt = useFormat(viewMessages);
  const tutoring = useFormat(tutoringViewMessages);
  const { viewer } = useLearnlens();
  const state = useViewFilters({ filters, defaultFilters, onFiltersChange, now, timezone, defaultPreset, ignoreTeam: true });
  const activities = useActivityOptions(activitiesProp);
  const { params } = state;
  // Snapshots are weekly like the trends, from the locale's first day; they count whole weeks, so no days filter.
  const studyParams = useMemo(() => ({ ...params, weekStart: state.weekStart }), [params, state.weekStart]);
  // A band-scored org (seed 000): the learner's bands against their goal instead of stats, mastery paths and talk time.
  const band = scoreScale === 'band';
  const leaderboard = showLeaderboard && !band;
  const contentNames = useMemo(() => Object.fromEntries(activities.map((a) => [a.id, a.name])), [activities]);
  const assignmentParams = useMemo(
    () => ({
      ...state.due,
      timezone: params.timezone,
      ...(params.now ? { now: params.now } : {}),
      ...(params.activityIds ? { activityIds: params.activityIds } : {}),
    }),
    [state.due, params],
  );
  // The host's actions become buttons only when the host passes them (seed 002: "View feedback", "Start").
  const hostActions = {
    attempts: onViewFeedback ? { onViewFeedback } : {},
    assignments: onStartAssignment ? { onStartAssignment } : {},
  };
  return (
    <ViewShell
      view="learner-view"
      defaultLabel={fmt.t('view.learner')}
      {...chrome}
      filterBar={
        <FilterBar
          value={state.filters}
          onValueChange={state.setFilters}
          now={state.now}
          timezone={state.timezone}
          showTeam={false}
          activities={activities}
        />
      }
    >
      {scoreScale === 'binary' ? (
        <>
          <ViewCell span={2} name="accuracy-trend">
            <AccuracyTrend title={tutoring.t('tutorView.yourAccuracy')} params={state.trendParams} animation={animation} />
          </ViewCell>
          <ViewCell span={1} name="assignments">
            <AssignmentProgress title={fmt.t('view.yourAssignments')} params={assignmentParams} {...hostActions.assignments} />
          </ViewCell>
          <ViewCell span="full" name="topic-mastery">
            <TopicMastery title={tutoring.t('tutorView.yourTopics')} params={params} userId={viewer.userId} mode="learner" animation={animation} />
          </ViewCell>
          <ViewCell span="full" name="study-progress">
            <StudyProgress params={studyParams} userId={viewer.userId} />
          </ViewCell>
          <ViewCell span={1} name="learning-velocity">
            <LearningVelocity title={tutoring.t('tutorView.yourPace')} params={state.dayParams} animation={animation} />
          </ViewCell>
          <ViewCell span={2} name="recent-attempts">
            <RecentAttempts
              title={fmt.t('view.yourAttempts')}
              params={state.attemptParams}
              filters={state.attemptFilters}
              onFiltersChange={state.onAttemptFiltersChange}
              activities={[...activities]}
              pageSize={attemptsPageSize}
              {...hostActions.attempts}
            />
          </ViewCell>
        </>
      ) : (
        <>
          {band ? (
            <ViewCell span={2} name="band-progress">
              <BandProgress params={params} groupBy="learner" />
            </ViewCell>
          ) : (
            <ViewCell span={2} name="personal-stats">
              <PersonalStats params={params} showTrend={false} />
            </ViewCell>
          )}
          <ViewCell span={1} name="assignments">
            <AssignmentProgress title={fmt.t('view.yourAssignments')} params={assignmentParams} {...hostActions.assignments} />
          </ViewCell>
          <ViewCell span={1} name="score-trend">
            <ScoreTrend title={fmt.t('view.yourScores')} params={state.trendParams} animation={animation} />
          </ViewCell>
          {band ? null : (
            <ViewCell span={2} name="mastery-trend">
              <MasteryTrend title={fmt.t('view.yourMastery')} params={state.trendParams} userId={viewer.userId} contentNames={contentNames} animation={animation} />
            </ViewCell>
          )}
          <ViewCell span={leaderboard || band ? 2 : 'full'} name="recent-attempts">
            <RecentAttempts
              title={fmt.t('view.yourAttempts')}
              params={state.attemptParams}
              filters={state.attemptFilters}
              onFiltersChange={state.onAttemptFiltersChange}
              activities={[...activities]}
              pageSize={attemptsPageSize}
              {...hostActions.attempts}
            />
          </ViewCell>
          {leaderboard ? (
            <ViewCell span={1} name="leaderboard">
              <Leaderboard params={{ ...params, period: 'range' }} mode="top" limit={leaderboardSize} />
            </ViewCell>
          ) : null}
        </>
      )}
    </ViewShell>
  );
}
