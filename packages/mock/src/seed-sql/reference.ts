// Runs the seeds' SQL and renames its columns to the catalog's result fields,
// so each answer can be diffed against the mock's. Materialized views are
// (re)built here because their definitions hold `now` and the session's time
// zone (date_trunc on a timestamptz truncates in the session's zone).
import { instant, num, type Row } from './compare.js';
import type { SqlClient } from './load.js';
import {
  averageScoreByMonth,
  bindSeedSql,
  dailyAttempts,
  fillerWordFrequency,
  leaderboardQuery,
  mvLeaderboardMonth,
  mvOrgOverview,
  mvScenarioInsights,
  orgOverviewQuery,
  seed002Tables,
} from './seed002.js';
import { attemptsView, studentAccuracyOverTime } from './seed003.js';

const asSubquery = (sql: string) => sql.trim().replace(/;$/, '');

/** Creates seed 002's tables (before loading rows). */
export async function createSeed002Tables(sql: SqlClient): Promise<void> {
  await sql.query(seed002Tables);
}

/** Creates the views whose definitions do not depend on `now` (after loading rows): two of seed 002's MVs and seed 003's `attempts`. */
export async function createSeedViews(sql: SqlClient): Promise<void> {
  await sql.query(mvLeaderboardMonth);
  await sql.query(mvScenarioInsights);
  await sql.query(attemptsView);
}

/** Sets the session time zone with `SET TIME ZONE`, as a reporting session in that zone would. */
export async function setTimeZone(sql: SqlClient, timeZone: string): Promise<void> {
  if (!/^[A-Za-z0-9_/+-]+$/.test(timeZone)) throw new Error(`not a time zone name: ${timeZone}`);
  await sql.query(`SET TIME ZONE '${timeZone}'`);
}

/** Seed 002's leaderboard (rank() over mv_leaderboard_month) for the month holding `now` in the session's zone. */
export async function leaderboardRef(sql: SqlClient, orgId: string, now: string): Promise<Row[]> {
  await sql.query('refresh materialized view mv_leaderboard_month');
  const { rows } = await sql.query(bindSeedSql(leaderboardQuery, now), [orgId]);
  return rows.map((r) => ({
    rank: num(r.rank),
    userId: String(r.user_id),
    avgScore: num(r.avg_score),
    attempts: num(r.attempts),
    totalDurationSeconds: num(r.total_duration),
    avgTalkPercentage: num(r.avg_talk_percentage),
  }));
}

/** Seed 002's mv_org_overview, built with `now` for now(). */
export async function orgOverviewRef(sql: SqlClient, orgId: string, now: string): Promise<Row[]> {
  await sql.query('drop materialized view if exists mv_org_overview');
  await sql.query(bindSeedSql(mvOrgOverview, now));
  const { rows } = await sql.query(bindSeedSql(orgOverviewQuery), [orgId]);
  return rows.map((r) => ({
    orgId: String(r.org_id),
    activeUsers: num(r.active_users),
    totalAttempts: num(r.total_attempts),
    avgScore: num(r.avg_score),
    lastActivity: instant(r.last_activity),
    attemptsLast7Days: num(r.attempts_this_week),
    attemptsLast30Days: num(r.attempts_this_month),
  }));
}

/** Seed 002's mv_scenario_insights rows of one org. */
export async function activityInsightsRef(sql: SqlClient, orgId: string): Promise<Row[]> {
  await sql.query('refresh materialized view mv_scenario_insights');
  const { rows } = await sql.query('select * from mv_scenario_insights where org_id = $1', [orgId]);
  return rows.map((r) => ({
    activityId: String(r.scenario_id),
    attemptCount: num(r.attempt_count),
    avgScore: num(r.avg_score),
    scoreStddev: num(r.score_stddev),
    medianScore: num(r.median_score),
    avgDurationSeconds: num(r.avg_duration),
    lastAttemptedAt: instant(r.last_attempted),
  }));
}

/** Seed 002's "Average score by month", months as local dates of the session's zone. */
export async function scoreByMonthRef(sql: SqlClient, orgId: string): Promise<Row[]> {
  const { rows } = await sql.query(
    `with seed as (${asSubquery(bindSeedSql(averageScoreByMonth))})
     select to_char(month, 'YYYY-MM-DD') as bucket_start, avg_score, attempts from seed`,
    [orgId],
  );
  return rows.map((r) => ({ bucketStart: String(r.bucket_start), avgScore: num(r.avg_score), attempts: num(r.attempts) }));
}

/** Attempts and distinct learners per calendar day of started_at in `timeZone`. */
export async function dailyAttemptsRef(sql: SqlClient, orgId: string, timeZone: string): Promise<Row[]> {
  const { rows } = await sql.query(
    `with seed as (${asSubquery(bindSeedSql(dailyAttempts))}) select day::text as day, attempts, active_users from seed`,
    [orgId, timeZone],
  );
  return rows.map((r) => ({ date: String(r.day), attempts: num(r.attempts), activeUsers: num(r.active_users) }));
}

/** Seed 002's "Filler word frequency over time", weeks as local dates of the session's zone. */
export async function fillerWordsRef(sql: SqlClient, orgId: string): Promise<Row[]> {
  const { rows } = await sql.query(
    `with seed as (${asSubquery(bindSeedSql(fillerWordFrequency))})
     select to_char(week, 'YYYY-MM-DD') as week, filler_count, attempts_with_fillers from seed`,
    [orgId],
  );
  return rows.map((r) => ({
    bucketStart: String(r.week),
    count: num(r.filler_count),
    attemptsWithEvent: num(r.attempts_with_fillers),
  }));
}

/** Seed 003's "Student accuracy over time" for one student since `since`, weeks as local dates of the session's zone. */
export async function studentAccuracyRef(sql: SqlClient, studentId: string, since: string): Promise<Row[]> {
  const { rows } = await sql.query(
    `with seed as (${asSubquery(studentAccuracyOverTime)})
     select to_char(date_trunc, 'YYYY-MM-DD') as week, accuracy from seed`,
    [studentId, since],
  );
  return rows.map((r) => ({ bucketStart: r.week === null ? null : String(r.week), accuracy: num(r.accuracy) }));
}
