import {
  ActivityHeatmap,
  ActivityInsights,
  AssignmentProgress,
  ExportButton,
  KpiCards,
  Leaderboard,
  MasteryTrend,
  PersonalStats,
  RecentAttempts,
  ScoreTrend,
  type HeatmapSelection,
} from '@learnlens/ui';
import { useState } from 'react';
import type { DatasetInfo, Persona } from '../backend/protocol.js';

/** Props of `DashboardPage`. */
export interface DashboardPageProps {
  /** Who is looking. */
  persona: Persona;
  /** The generated dataset. */
  info: DatasetInfo;
  /** Whether charts animate. */
  animation: boolean;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The dashboard of the chosen persona: an admin, manager or learner page composed from widgets. */
export function DashboardPage({ persona, info, animation }: DashboardPageProps) {
  const [selection, setSelection] = useState<HeatmapSelection | null>(null);
  const base = { now: info.now, timezone: persona.timezone };
  const day = selection?.grid === 'calendar' ? selection.date : null;
  const range = day ? { from: day, to: nextDay(day) } : {};
  const role = persona.role;
  const heading = role === 'learner' ? 'My progress' : role === 'manager' ? 'My team' : `${persona.orgName} overview`;

  return (
    <div className="host-dashboard" data-view={role}>
      <h1>{heading}</h1>
      {day ? (
        <p className="host-filter" role="status" data-testid="cross-filter">
          {`Showing ${day} only (chosen in the activity heatmap). `}
          <button type="button" className="host-button" onClick={() => setSelection(null)}>
            Clear day filter
          </button>
        </p>
      ) : null}
      <div className="host-grid">
        {role === 'learner' ? (
          <PersonalStats params={base} headingLevel={2} />
        ) : (
          <KpiCards params={{ ...base, ...range }} headingLevel={2} />
        )}
        <ActivityHeatmap
          params={base}
          selected={selection}
          onSelect={setSelection}
          animation={animation}
          headingLevel={2}
        />
        <Leaderboard
          params={day ? { ...base, period: 'range', ...range } : { ...base, period: 'month' }}
          headingLevel={2}
          actions={role === 'learner' ? undefined : <ExportButton params={{ ...base, ...range }} />}
        />
        <ScoreTrend params={base} animation={animation} headingLevel={2} />
        {role === 'learner' ? null : <ActivityInsights params={{ ...base, ...range }} animation={animation} headingLevel={2} />}
        <MasteryTrend
          params={base}
          contentNames={info.activityNames}
          animation={animation}
          headingLevel={2}
          {...(role === 'learner' ? { userId: persona.viewer.userId } : {})}
        />
        <AssignmentProgress params={base} headingLevel={2} />
        <RecentAttempts
          key={day ?? 'all'}
          params={base}
          {...(day ? { defaultFilters: { from: day, to: nextDay(day) } } : {})}
          headingLevel={2}
          actions={role === 'learner' ? undefined : (exportParams) => <ExportButton params={exportParams} />}
        />
      </div>
    </div>
  );
}
