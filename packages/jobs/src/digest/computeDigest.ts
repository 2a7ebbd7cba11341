import type { LearnlensClient, QueryResult, Viewer } from '@learnlens/data-client';
import type { DigestWeek } from './digestWeek.js';

/** One learner line of a digest: the leaderboard's own numbers. */
export interface DigestPerformer {
  rank: number;
  userId: string;
  displayName: string;
  avgScore: number;
  attempts: number;
}

/** What one manager's digest says about one week. */
export interface DigestData {
  week: DigestWeek;
  /** The five best of the team's week, by leaderboard rank. */
  top: DigestPerformer[];
  /** The five lowest-ranked learners not already among the top five, lowest rank last. */
  bottom: DigestPerformer[];
  /** Learners with at least one scored attempt this week. */
  activeLearners: number;
  /** Scored attempts this week. */
  scoredAttempts: number;
  /** Average score of the team's scored attempts this week (each attempt counts once); null without any. */
  teamAverage: number | null;
  /** The team's assignments due before the week ended (that week or earlier). */
  assignments: { count: number; assigned: number; completed: number; overdue: number; completionRate: number | null };
  /** True when nobody on the team had a scored attempt this week. */
  noActivity: boolean;
}

/** How many learners the top and bottom lists hold. */
export const DIGEST_LIST_SIZE = 5;

/**
 * Computes a manager's digest through the catalog, as the manager: `leaderboard` for the week ([from, to) in the
 * org's time zone) gives the top and bottom five and the team average (attempt-weighted, i.e. the average of every
 * scored attempt), and `assignmentProgress` for assignments due before the week's end gives the completion rate
 * (completed / assigned over those assignments). So the email carries the numbers the dashboard shows.
 */
export async function computeDigest(client: LearnlensClient, manager: Viewer, week: DigestWeek, signal?: AbortSignal): Promise<DigestData> {
  const call = signal ? { viewer: manager, signal } : { viewer: manager };
  const [board, progress] = await Promise.all([
    client.query('leaderboard', { period: 'range', from: week.from, to: week.to, timezone: week.timezone, now: week.endsAt, sort: 'rank' }, call),
    client.query('assignmentProgress', { to: week.to, timezone: week.timezone, now: week.endsAt }, call),
  ]);
  return digestFrom(week, board, progress);
}

/** The digest numbers from a leaderboard and an assignmentProgress answer (exported for tests and hosts). */
export function digestFrom(
  week: DigestWeek,
  board: QueryResult<'leaderboard'>,
  progress: QueryResult<'assignmentProgress'>,
): DigestData {
  const line = (r: QueryResult<'leaderboard'>['rows'][number]): DigestPerformer => ({
    rank: r.rank,
    userId: r.userId,
    displayName: r.displayName,
    avgScore: r.avgScore,
    attempts: r.attempts,
  });
  const rows = [...board.rows].sort((a, b) => a.rank - b.rank || (a.userId < b.userId ? -1 : 1));
  const top = rows.slice(0, DIGEST_LIST_SIZE).map(line);
  const bottom = rows.slice(DIGEST_LIST_SIZE).slice(-DIGEST_LIST_SIZE).map(line);
  const scoredAttempts = rows.reduce((sum, r) => sum + r.attempts, 0);
  const weighted = rows.reduce((sum, r) => sum + r.avgScore * r.attempts, 0);
  const assigned = progress.rows.reduce((sum, r) => sum + r.assigned, 0);
  const completed = progress.rows.reduce((sum, r) => sum + r.completed, 0);
  return {
    week,
    top,
    bottom,
    activeLearners: rows.length,
    scoredAttempts,
    teamAverage: scoredAttempts === 0 ? null : weighted / scoredAttempts,
    assignments: {
      count: progress.rows.length,
      assigned,
      completed,
      overdue: progress.rows.reduce((sum, r) => sum + r.overdue, 0),
      completionRate: assigned === 0 ? null : completed / assigned,
    },
    noActivity: rows.length === 0,
  };
}
