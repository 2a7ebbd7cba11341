import type { TeamPerformanceRow, TeamPerformanceSummary } from './teamPerformance.types.js';

/** The card's headline: the team asked for, else the first one the viewer manages; how many teams are ranked. */
export function teamPerformanceSummary(rows: readonly TeamPerformanceRow[], teamId?: string): TeamPerformanceSummary {
  const focus = (teamId === undefined ? rows.find((r) => r.own) : rows.find((r) => r.teamId === teamId)) ?? null;
  const averages = rows.flatMap((r) => (r.avgScore === null ? [] : [r.avgScore]));
  return { focus, ranked: rows.filter((r) => r.rank !== null).length, maxAverage: averages.length === 0 ? null : Math.max(...averages) };
}

/** Whether there is nothing to compare: no teams, or no team with attempts or assignments in the period. */
export function isTeamComparisonEmpty(rows: readonly TeamPerformanceRow[]): boolean {
  return rows.every((r) => r.attempts === 0 && r.assigned === 0);
}

/** A bar's length in percent of the track: the average against the highest one (a team at the top fills it). */
export function barWidth(avgScore: number | null, maxAverage: number | null): number {
  if (avgScore === null || maxAverage === null || maxAverage <= 0) return 0;
  return Math.max(0, Math.min(100, (avgScore / maxAverage) * 100));
}
