'use client';
import { useMemo } from 'react';
import { tutoringViewMessages } from '../../i18n/en/tutoringViews.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { AccuracyTrend } from '../../widgets/accuracy-trend/index.js';
import { AssignmentProgress } from '../../widgets/assignment-progress/index.js';
import { DifficultyCalibration } from '../../widgets/difficulty-calibration/index.js';
import { LearningVelocity } from '../../widgets/learning-velocity/index.js';
import { QuestionQuality } from '../../widgets/question-quality/index.js';
import { TopicMastery } from '../../widgets/topic-mastery/index.js';
import { FilterBar, useActivityOptions, useViewFilters } from '../filter-bar/index.js';
import { ViewCell, ViewShell } from '../view-layout/index.js';
import type { TutorViewProps } from './tutorView.types.js';

/**
 * A tutor's dashboard (seed 003): their students' accuracy and pace, the students × topics mastery grid, their
 * assignments, and the difficulty calibration and quality (flags, accuracy, time) of the questions they answer — every widget scoped by the backend to
 * the tutor's students (a tutor is a manager of their class), all driven by one filter bar.
 */
export function TutorView({
  filters,
  defaultFilters,
  onFiltersChange,
  defaultPreset = 'last30Days',
  now,
  timezone,
  activities: activitiesProp,
  teams,
  onSelectQuestion,
  animation,
  ...chrome
}: TutorViewProps) {
  const fmt = useFormat(tutoringViewMessages);
  const state = useViewFilters({ filters, defaultFilters, onFiltersChange, now, timezone, defaultPreset });
  const activities = useActivityOptions(activitiesProp);
  const { params } = state;
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
  return (
    <ViewShell
      view="tutor-view"
      defaultLabel={fmt.t('tutorView.label')}
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
      <ViewCell span={2} name="accuracy-trend">
        <AccuracyTrend title={fmt.t('tutorView.accuracy')} params={state.trendParams} animation={animation} />
      </ViewCell>
      <ViewCell span={1} name="learning-velocity">
        <LearningVelocity title={fmt.t('tutorView.velocity')} params={state.dayParams} animation={animation} />
      </ViewCell>
      <ViewCell span="full" name="topic-mastery">
        <TopicMastery title={fmt.t('tutorView.topics')} params={params} mode="grid" />
      </ViewCell>
      <ViewCell span="full" name="assignments">
        <AssignmentProgress title={fmt.t('tutorView.assignments')} params={assignmentParams} />
      </ViewCell>
      <ViewCell span="full" name="difficulty-calibration">
        <DifficultyCalibration title={fmt.t('tutorView.calibration')} params={params} {...(onSelectQuestion ? { onSelect: onSelectQuestion } : {})} />
      </ViewCell>
      <ViewCell span="full" name="question-quality">
        <QuestionQuality
          title={fmt.t('tutorView.questions')}
          params={params}
          {...(onSelectQuestion ? { onSelect: onSelectQuestion } : {})}
        />
      </ViewCell>
    </ViewShell>
  );
}
