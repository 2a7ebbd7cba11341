// PostgreSQL as the oracle of local time: the time-zone org's rows are loaded into plain tables of a throwaway
// server, and every expected bucket, window and period is computed there in SQL with the session's TimeZone set to
// the request's zone (`ts::date`, `date_trunc(…, ts::timestamp)`, `'D'::date::timestamptz`, `now - interval 'N days'`)
// — never with the zone helpers the adapters and the mock use.
import type { QueryName } from '@learnlens/data-client';
import type { MockDataset } from '@learnlens/mock';
import { tableRows } from '@learnlens/mock';
import pg from 'pg';
import { startPostgres, type PostgresServer } from '../postgres.js';
import type { Params } from './cases.js';
import { TZ_LEARNER, TZ_ORG, ZONE_CASES } from './timeZoneData.js';

type Row = Record<string, unknown>;

/** One question: the request, how to reduce the adapter's answer, and how PostgreSQL answers it. */
export interface TimeZoneCase {
  label: string;
  zone: string;
  query: QueryName;
  params: Params;
  pick(result: unknown): unknown;
  expected(oracle: TimeZoneOracle): Promise<unknown>;
}

/** The throwaway PostgreSQL holding the time-zone org's rows. */
export interface TimeZoneOracle {
  /** Runs `sql` with the session's TimeZone set to `zone`. */
  rows(zone: string, sql: string, values?: unknown[]): Promise<Row[]>;
  stop(): Promise<void>;
}

/** Starts a PostgreSQL and loads the time-zone org of `dataset` into it. */
export async function startTimeZoneOracle(dataset: MockDataset): Promise<TimeZoneOracle> {
  const server: PostgresServer = await startPostgres();
  const pool = new pg.Pool({ connectionString: server.connectionString, max: 4 });
  try {
    const mine = <T extends { org_id: string }>(rows: Iterable<unknown>) => [...(rows as Iterable<T>)].filter((r) => r.org_id === TZ_ORG);
    const attempts = mine<Row & { org_id: string }>(tableRows(dataset, 'attempts'));
    const events = mine<Row & { org_id: string }>(tableRows(dataset, 'events'));
    const sessions = mine<Row & { org_id: string }>(tableRows(dataset, 'sessions'));
    const deltas = mine<Row & { org_id: string }>(tableRows(dataset, 'mastery_deltas'));
    const col = (rows: Row[], key: string) => rows.map((r) => r[key] ?? null);
    await pool.query(`
      CREATE TABLE attempts (attempt_id text, user_id text, score numeric, duration_seconds numeric, started_at timestamptz, ended_at timestamptz, task1_band numeric, task2_band numeric, activity_id text);
      CREATE TABLE questions (activity_id text);
      CREATE TABLE events (user_id text, attempt_id text, session_id text, event_type text, occurred_at timestamptz);
      CREATE TABLE sessions (user_id text, session_start timestamptz, duration_seconds numeric);
      CREATE TABLE deltas (user_id text, content_id text, content_type text, current_mastery numeric, occurred_at timestamptz);`);
    await pool.query(
      `INSERT INTO attempts SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[], $4::numeric[], $5::timestamptz[], $6::timestamptz[], $7::numeric[], $8::numeric[], $9::text[])`,
      ['attempt_id', 'user_id', 'score', 'duration_seconds', 'started_at', 'ended_at', 'task1_band', 'task2_band', 'activity_id'].map((k) => col(attempts, k)),
    );
    const questions = dataset.activities.filter((a) => a.org_id === TZ_ORG && a.kind === 'question').map((a) => a.activity_id);
    await pool.query(`INSERT INTO questions SELECT * FROM unnest($1::text[])`, [questions]);
    await pool.query(
      `INSERT INTO events SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])`,
      ['user_id', 'attempt_id', 'session_id', 'event_type', 'occurred_at'].map((k) => col(events, k)),
    );
    await pool.query(
      `INSERT INTO sessions SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::numeric[])`,
      ['user_id', 'session_start', 'duration_seconds'].map((k) => col(sessions, k)),
    );
    await pool.query(
      `INSERT INTO deltas SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[], $5::timestamptz[])`,
      ['user_id', 'content_id', 'content_type', 'current_mastery', 'occurred_at'].map((k) => col(deltas, k)),
    );
  } catch (error) {
    await pool.end();
    await server.stop();
    throw error;
  }
  return {
    async rows(zone, sql, values = []) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
        const result = await client.query(sql, values);
        await client.query('COMMIT');
        return result.rows as Row[];
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`${(error as Error).message} in ${sql}`);
      } finally {
        client.release();
      }
    },
    async stop() {
      await pool.end();
      await server.stop();
    },
  };
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// `[from, to)` of a request as PostgreSQL reads dates in the session's zone; $1 and $2 are the dates or null.
const IN_RANGE = (col: string) => `($1::date IS NULL OR ${col} >= $1::date::timestamptz) AND ($2::date IS NULL OR ${col} < $2::date::timestamptz)`;
const rangeValues = (p: Params) => [p.from ?? null, p.to ?? null];

function rangedCases(zone: string, label: string, range: Params): TimeZoneCase[] {
  const base = { now: '2027-01-01T00:00:00.000Z', timezone: zone, ...range };
  const cases: TimeZoneCase[] = [
    {
      label: `${label}: calendar heatmap`,
      zone,
      query: 'activityHeatmap',
      params: { ...base, grid: 'calendar' },
      pick: (r) => (r as { cells: unknown[] }).cells,
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(started_at::date, 'YYYY-MM-DD') AS date, count(*) AS attempts, count(DISTINCT user_id) AS users
          FROM attempts WHERE ${IN_RANGE('started_at')} GROUP BY 1 ORDER BY 1`, rangeValues(range))).map((r) => ({ date: r.date, attempts: num(r.attempts), activeUsers: num(r.users) })),
    },
    {
      label: `${label}: weekday × hour heatmap`,
      zone,
      query: 'activityHeatmap',
      params: { ...base, grid: 'weekdayHour' },
      pick: (r) => (r as { cells: unknown[] }).cells,
      expected: async (o) =>
        (await o.rows(zone, `SELECT extract(isodow FROM started_at) AS weekday, extract(hour FROM started_at) AS hour, count(*) AS attempts, count(DISTINCT user_id) AS users
          FROM attempts WHERE ${IN_RANGE('started_at')} GROUP BY 1, 2 ORDER BY 1, 2`, rangeValues(range))).map((r) => ({
          weekday: num(r.weekday),
          hour: num(r.hour),
          attempts: num(r.attempts),
          activeUsers: num(r.users),
        })),
    },
    {
      label: `${label}: recent attempts total`,
      zone,
      query: 'recentAttempts',
      params: { ...base, limit: 1 },
      pick: (r) => (r as { total: number }).total,
      expected: async (o) => num((await o.rows(zone, `SELECT count(*) AS n FROM attempts WHERE ${IN_RANGE('started_at')}`, rangeValues(range)))[0]!.n),
    },
    {
      label: `${label}: masteryTrend by day`,
      zone,
      query: 'masteryTrend',
      params: { ...base, bucket: 'day' },
      pick: (r) =>
        (r as { rows: Array<Record<string, unknown>> }).rows.map((x) => ({
          bucketStart: x.bucketStart,
          deltaCount: x.deltaCount,
          learnersAffected: x.learnersAffected,
          avgCurrentMastery: x.avgCurrentMastery,
        })),
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(date_trunc('day', occurred_at::timestamp), 'YYYY-MM-DD') AS b, count(*) AS n, count(DISTINCT user_id) AS users, avg(current_mastery) AS m
          FROM deltas WHERE ${IN_RANGE('occurred_at')} GROUP BY 1 ORDER BY 1`, rangeValues(range))).map((r) => ({
          bucketStart: r.b,
          deltaCount: num(r.n),
          learnersAffected: num(r.users),
          avgCurrentMastery: num(r.m),
        })),
    },
    {
      label: `${label}: eventFrequency by day`,
      zone,
      query: 'eventFrequency',
      params: { ...base, eventType: 'filler_word', bucket: 'day' },
      pick: (r) => (r as { points: unknown[] }).points,
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(date_trunc('day', t::timestamp), 'YYYY-MM-DD') AS b, count(*) AS n, count(DISTINCT attempt_id) AS a
          FROM (SELECT coalesce(a.started_at, e.occurred_at) AS t, e.attempt_id FROM events e LEFT JOIN attempts a ON a.attempt_id = e.attempt_id
                WHERE e.event_type = 'filler_word') x
          WHERE ${IN_RANGE('t')} GROUP BY 1 ORDER BY 1`, rangeValues(range))).map((r) => ({ bucketStart: r.b, count: num(r.n), attemptsWithEvent: num(r.a) })),
    },
    {
      label: `${label}: learnerActivitySummary`,
      zone,
      query: 'learnerActivitySummary',
      params: { ...base },
      pick: (r) =>
        (r as { rows: Array<Record<string, unknown>> }).rows.map((x) => ({
          learnerId: x.learnerId,
          activityDate: x.activityDate,
          dailyEvents: x.dailyEvents,
          sessions: x.sessions,
          // Sessions of a day are not bounded by [from, to) the same way on every backend: compared without a range.
          ...(range.from === undefined ? { hoursSpent: x.hoursSpent } : {}),
        })),
      expected: async (o) =>
        (await o.rows(zone, `SELECT user_id, to_char(day, 'YYYY-MM-DD') AS d, n, s,
            (SELECT coalesce(sum(duration_seconds), 0) / 3600 FROM sessions x WHERE x.user_id = g.user_id AND x.session_start::date = g.day) AS h
          FROM (SELECT e.user_id, e.occurred_at::date AS day, count(*) AS n, count(DISTINCT e.session_id) AS s
                FROM events e WHERE ${IN_RANGE('e.occurred_at')} GROUP BY 1, 2) g
          ORDER BY day DESC, user_id`, rangeValues(range))).map((r) => ({
          learnerId: r.user_id,
          activityDate: r.d,
          dailyEvents: num(r.n),
          sessions: num(r.s),
          ...(range.from === undefined ? { hoursSpent: num(r.h) } : {}),
        })),
    },
    {
      label: `${label}: orgOverview totals`,
      zone,
      query: 'orgOverview',
      params: { ...base },
      pick: (r) => {
        const x = r as Record<string, unknown>;
        return { activeUsers: x.activeUsers, totalAttempts: x.totalAttempts, avgScore: x.avgScore, lastActivity: x.lastActivity };
      },
      expected: async (o) => {
        const [r] = await o.rows(zone, `SELECT count(DISTINCT user_id) AS u, count(*) AS n, avg(score) AS s,
            to_char(max(ended_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last
          FROM attempts WHERE ended_at IS NOT NULL AND ${IN_RANGE('started_at')}`, rangeValues(range));
        return { activeUsers: num(r!.u), totalAttempts: num(r!.n), avgScore: num(r!.s), lastActivity: r!.last ?? null };
      },
    },
  ];
  if (range.from !== undefined) {
    cases.push({
      label: `${label}: exportRows and average_band`,
      zone,
      query: 'exportRows',
      params: { ...base, limit: 1000 },
      pick: (r) => (r as { rows: Array<Record<string, unknown>> }).rows.map((x) => ({ id: x.attempt_id, at: x.started_at, band: x.average_band })),
      expected: async (o) =>
        (await o.rows(zone, `SELECT attempt_id, to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
            round((coalesce(task1_band, 0) + coalesce(task2_band, 0)) / nullif((task1_band IS NOT NULL)::int + (task2_band IS NOT NULL)::int, 0), 2) AS band
          FROM attempts WHERE ${IN_RANGE('started_at')} ORDER BY started_at, attempt_id COLLATE "C"`, rangeValues(range))).map((r) => ({ id: r.attempt_id, at: r.at, band: num(r.band) })),
    });
  }
  for (const bucket of ['day', 'week', 'month'] as const) {
    cases.push({
      label: `${label}: scoreTrend by ${bucket}`,
      zone,
      query: 'scoreTrend',
      params: { ...base, bucket },
      // The accuracy fields (0/1-scored activities only) are checked by the conformance cases and seedSql.test.ts.
      pick: (r) =>
        (r as { points: Array<Record<string, unknown>> }).points.map((p) => ({
          bucketStart: p.bucketStart,
          avgScore: p.avgScore,
          attempts: p.attempts,
          scoredAttempts: p.scoredAttempts,
          completedAttempts: p.completedAttempts,
        })),
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(date_trunc('${bucket}', started_at::timestamp), 'YYYY-MM-DD') AS b, avg(score) AS s, count(*) AS n, count(score) AS scored,
            count(*) FILTER (WHERE ended_at IS NOT NULL) AS completed
          FROM attempts WHERE ${IN_RANGE('started_at')} GROUP BY 1 ORDER BY 1`, rangeValues(range))).map((r) => ({
          bucketStart: r.b,
          avgScore: num(r.s),
          attempts: num(r.n),
          scoredAttempts: num(r.scored),
          completedAttempts: num(r.completed),
        })),
    });
  }
  // Seed 003's "student accuracy over time", as the seed writes it, over the answers (submitted attempts at questions),
  // each placed at its submit instant (ended_at, the seed's submitted_at): the answers that run over a boundary count
  // after it.
  const ANSWERS = `attempts WHERE ended_at IS NOT NULL AND activity_id IN (SELECT activity_id FROM questions) AND ${IN_RANGE('ended_at')}`;
  for (const bucket of ['day', 'week', 'month'] as const) {
    cases.push({
      label: `${label}: accuracyTrend by ${bucket}`,
      zone,
      query: 'accuracyTrend',
      params: { ...base, bucket },
      pick: (r) => (r as { points: unknown[] }).points,
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(date_trunc('${bucket}', ended_at::timestamp), 'YYYY-MM-DD') AS b, count(*) AS n,
            count(*) FILTER (WHERE score = 1) AS c, count(*) FILTER (WHERE score = 1) * 100.0 / count(*) AS accuracy
          FROM ${ANSWERS} GROUP BY 1 ORDER BY 1`, rangeValues(range))).map((r) => ({
          bucketStart: r.b,
          submitted: num(r.n),
          correct: num(r.c),
          accuracy: num(r.accuracy),
        })),
    });
  }
  cases.push({
    label: `${label}: learningVelocity`,
    zone,
    query: 'learningVelocity',
    params: { ...base },
    pick: (r) => (r as { days: unknown[] }).days,
    expected: async (o) =>
      (await o.rows(zone, `SELECT to_char(ended_at::date, 'YYYY-MM-DD') AS d, count(DISTINCT activity_id) AS q, count(*) AS n, avg(duration_seconds) AS t
        FROM ${ANSWERS} GROUP BY 1 ORDER BY 1`, rangeValues(range))).map((r) => ({
        day: r.d,
        questionsAttempted: num(r.q),
        attempts: num(r.n),
        avgTimeSeconds: num(r.t),
      })),
  });
  // mv_student_performance's days_active (distinct local dates of submitted_at) and last_attempt_at (its max).
  cases.push({
    label: `${label}: studentPerformance days active and last attempt`,
    zone,
    query: 'studentPerformance',
    params: { ...base, sort: 'displayName' },
    pick: (r) =>
      (r as { rows: Array<Record<string, unknown>> }).rows
        .map((x) => ({ userId: x.userId as string, totalAttempts: x.totalAttempts, daysActive: x.daysActive, lastAttemptAt: x.lastAttemptAt }))
        .sort((x, y) => (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0)),
    expected: async (o) =>
      (await o.rows(zone, `SELECT user_id, count(*) AS n, count(DISTINCT ended_at::date) AS days,
          to_char(max(ended_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last
        FROM ${ANSWERS} GROUP BY 1 ORDER BY user_id COLLATE "C"`, rangeValues(range))).map((r) => ({
        userId: r.user_id,
        totalAttempts: num(r.n),
        daysActive: num(r.days),
        lastAttemptAt: r.last,
      })),
  });
  cases.push({
    label: `${label}: personalStats trend and totals`,
    zone,
    query: 'personalStats',
    params: { ...base, userId: TZ_LEARNER, bucket: 'day' },
    // As for scoreTrend, the accuracy fields are checked by the conformance cases and the seed-SQL tests.
    pick: (r) => {
      const x = r as { totalAttempts: unknown; avgScore: unknown; trend: Array<Record<string, unknown>> };
      return {
        totalAttempts: x.totalAttempts,
        avgScore: x.avgScore,
        trend: x.trend.map((p) => ({ bucketStart: p.bucketStart, avgScore: p.avgScore, attempts: p.attempts })),
      };
    },
    expected: async (o) => {
      const [t] = await o.rows(zone, `SELECT count(*) AS n, avg(score) AS s FROM attempts WHERE user_id = $3 AND ${IN_RANGE('started_at')}`, [
        ...rangeValues(range),
        TZ_LEARNER,
      ]);
      const trend = await o.rows(zone, `SELECT to_char(started_at::date, 'YYYY-MM-DD') AS b, avg(score) AS s, count(*) AS n
        FROM attempts WHERE user_id = $3 AND ${IN_RANGE('started_at')} GROUP BY 1 ORDER BY 1`, [...rangeValues(range), TZ_LEARNER]);
      return { totalAttempts: num(t!.n), avgScore: num(t!.s), trend: trend.map((r) => ({ bucketStart: r.b, avgScore: num(r.s), attempts: num(r.n) })) };
    },
  });
  return cases;
}

function windowCases(zone: string, label: string, now: string): TimeZoneCase[] {
  const base = { now, timezone: zone };
  const cases: TimeZoneCase[] = [
    {
      label: `${label}: orgOverview windows`,
      zone,
      query: 'orgOverview',
      params: base,
      pick: (r) => {
        const x = r as Record<string, unknown>;
        return { l7: x.attemptsLast7Days, p7: x.attemptsPrevious7Days, l30: x.attemptsLast30Days, p30: x.attemptsPrevious30Days };
      },
      expected: async (o) => {
        const [r] = await o.rows(zone, `SELECT
            count(*) FILTER (WHERE ended_at >= $1::timestamptz - interval '7 days') AS l7,
            count(*) FILTER (WHERE ended_at >= $1::timestamptz - interval '14 days' AND ended_at < $1::timestamptz - interval '7 days') AS p7,
            count(*) FILTER (WHERE ended_at >= $1::timestamptz - interval '30 days') AS l30,
            count(*) FILTER (WHERE ended_at >= $1::timestamptz - interval '60 days' AND ended_at < $1::timestamptz - interval '30 days') AS p30
          FROM attempts WHERE ended_at IS NOT NULL`, [now]);
        return { l7: num(r!.l7), p7: num(r!.p7), l30: num(r!.l30), p30: num(r!.p30) };
      },
    },
    {
      label: `${label}: personalStats week and streak`,
      zone,
      query: 'personalStats',
      params: { ...base, userId: TZ_LEARNER },
      pick: (r) => {
        const x = r as Record<string, unknown>;
        return { week: x.attemptsThisWeek, weekAvg: x.avgScoreThisWeek, streak: x.currentStreakDays };
      },
      expected: async (o) => {
        const [w] = await o.rows(zone, `SELECT count(*) AS n, avg(score) AS s FROM attempts
          WHERE user_id = $2 AND started_at >= $1::timestamptz - interval '7 days' AND started_at <= $1::timestamptz`, [now, TZ_LEARNER]);
        const days = await o.rows(zone, `SELECT DISTINCT to_char(started_at::date, 'YYYY-MM-DD') AS d, to_char($1::timestamptz::date, 'YYYY-MM-DD') AS today
          FROM attempts WHERE user_id = $2 AND started_at::date <= $1::timestamptz::date ORDER BY 1 DESC`, [now, TZ_LEARNER]);
        // Consecutive days (as PostgreSQL dated them) ending today or yesterday; date strings step back a day at a time.
        let streak = 0;
        const today = days[0]?.today as string | undefined;
        if (today !== undefined && (days[0]!.d === today || days[0]!.d === addDays(today, -1))) {
          let expectDay = days[0]!.d as string;
          for (const d of days) {
            if (d.d !== expectDay) break;
            streak++;
            expectDay = addDays(expectDay, -1);
          }
        }
        return { week: num(w!.n), weekAvg: num(w!.s), streak };
      },
    },
  ];
  for (const period of ['week', 'month'] as const) {
    cases.push({
      label: `${label}: leaderboard ${period}`,
      zone,
      query: 'leaderboard',
      params: { ...base, period },
      pick: (r) => {
        const x = r as { period: unknown; rows: Array<Record<string, unknown>> };
        return { period: x.period, rows: x.rows.map((y) => ({ userId: y.userId, attempts: y.attempts, avgScore: y.avgScore })).sort((a, b) => String(a.userId).localeCompare(String(b.userId))) };
      },
      expected: async (o) => {
        const [p] = await o.rows(zone, `SELECT to_char(f, 'YYYY-MM-DD') AS f, to_char(f + interval '1 ${period}', 'YYYY-MM-DD') AS t,
            to_char(f - interval '1 ${period}', 'YYYY-MM-DD') AS pf
          FROM (SELECT date_trunc('${period}', $1::timestamptz::timestamp)::date AS f) x`, [now]);
        const rows = await o.rows(zone, `SELECT user_id, count(*) AS n, avg(score) AS s FROM attempts
          WHERE score IS NOT NULL AND started_at >= $1::date::timestamptz AND started_at < $2::date::timestamptz GROUP BY 1 ORDER BY 1`, [p!.f, p!.t]);
        return {
          period: { from: p!.f, to: p!.t, previousFrom: p!.pf, previousTo: p!.f },
          rows: rows.map((r) => ({ userId: r.user_id, attempts: num(r.n), avgScore: num(r.s) })),
        };
      },
    });
  }
  return cases;
}

// The `days` filter and the first day of weekly buckets (issues 12 §5 and 10), over every row of the zone: its rows
// straddle local Saturdays and Sundays whose limits are not UTC's (Chatham's +13:45, Apia's skipped Friday).
// PostgreSQL dates a row with `extract(isodow FROM ts)` in the session's zone, and starts a week on day w by shifting
// the local timestamp forward to make that day a Monday for date_trunc, then back again.
const WEEKEND = (col: string) => `extract(isodow FROM ${col}) IN (6, 7)`;
const DAYS_FILTER = { all: () => 'true', weekdays: (col: string) => `NOT ${WEEKEND(col)}`, weekends: WEEKEND } as const;
const WEEK_OF = (col: string, weekStart: number) => {
  const shift = (8 - weekStart) % 7;
  return `to_char(date_trunc('week', ${col}::timestamp + interval '${shift} days')::date - ${shift}, 'YYYY-MM-DD')`;
};

function calendarCases(zone: string): TimeZoneCase[] {
  const base = { now: '2027-01-01T00:00:00.000Z', timezone: zone };
  const cases: TimeZoneCase[] = [];
  for (const days of ['weekdays', 'weekends'] as const) {
    cases.push({
      label: `${zone}: calendar heatmap, ${days}`,
      zone,
      query: 'activityHeatmap',
      params: { ...base, grid: 'calendar', days },
      pick: (r) => (r as { cells: unknown[] }).cells,
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(started_at::date, 'YYYY-MM-DD') AS date, count(*) AS attempts, count(DISTINCT user_id) AS users
          FROM attempts WHERE ${DAYS_FILTER[days]('started_at')} GROUP BY 1 ORDER BY 1`)).map((r) => ({ date: r.date, attempts: num(r.attempts), activeUsers: num(r.users) })),
    });
  }
  cases.push({
    label: `${zone}: weekday × hour heatmap, weekends`,
    zone,
    query: 'activityHeatmap',
    params: { ...base, grid: 'weekdayHour', days: 'weekends' },
    pick: (r) => (r as { cells: unknown[] }).cells,
    expected: async (o) =>
      (await o.rows(zone, `SELECT extract(isodow FROM started_at) AS weekday, extract(hour FROM started_at) AS hour, count(*) AS attempts, count(DISTINCT user_id) AS users
        FROM attempts WHERE ${WEEKEND('started_at')} GROUP BY 1, 2 ORDER BY 1, 2`)).map((r) => ({
        weekday: num(r.weekday),
        hour: num(r.hour),
        attempts: num(r.attempts),
        activeUsers: num(r.users),
      })),
  });
  const weekly: Array<{ weekStart: number; days: keyof typeof DAYS_FILTER }> = [
    { weekStart: 0, days: 'weekends' },
    { weekStart: 6, days: 'weekdays' },
    { weekStart: 1, days: 'all' },
  ];
  for (const { weekStart, days } of weekly) {
    cases.push({
      label: `${zone}: scoreTrend by week from day ${weekStart}, ${days}`,
      zone,
      query: 'scoreTrend',
      params: { ...base, bucket: 'week', weekStart, days },
      pick: (r) => (r as { points: Array<Record<string, unknown>> }).points.map((p) => ({ bucketStart: p.bucketStart, avgScore: p.avgScore, attempts: p.attempts })),
      expected: async (o) =>
        (await o.rows(zone, `SELECT ${WEEK_OF('started_at', weekStart)} AS b, avg(score) AS s, count(*) AS n
          FROM attempts WHERE ${DAYS_FILTER[days]('started_at')} GROUP BY 1 ORDER BY 1`)).map((r) => ({ bucketStart: r.b, avgScore: num(r.s), attempts: num(r.n) })),
    });
    cases.push({
      label: `${zone}: eventFrequency by week from day ${weekStart}, ${days}`,
      zone,
      query: 'eventFrequency',
      params: { ...base, eventType: 'filler_word', bucket: 'week', weekStart, days },
      pick: (r) => (r as { points: unknown[] }).points,
      expected: async (o) =>
        (await o.rows(zone, `SELECT ${WEEK_OF('t', weekStart)} AS b, count(*) AS n, count(DISTINCT attempt_id) AS a
          FROM (SELECT coalesce(a.started_at, e.occurred_at) AS t, e.attempt_id FROM events e LEFT JOIN attempts a ON a.attempt_id = e.attempt_id
                WHERE e.event_type = 'filler_word') x
          WHERE ${DAYS_FILTER[days]('t')} GROUP BY 1 ORDER BY 1`)).map((r) => ({ bucketStart: r.b, count: num(r.n), attemptsWithEvent: num(r.a) })),
    });
    cases.push({
      label: `${zone}: accuracyTrend by week from day ${weekStart}, ${days}`,
      zone,
      query: 'accuracyTrend',
      params: { ...base, bucket: 'week', weekStart, days },
      pick: (r) => (r as { points: unknown[] }).points,
      expected: async (o) =>
        (await o.rows(zone, `SELECT ${WEEK_OF('ended_at', weekStart)} AS b, count(*) AS n, count(*) FILTER (WHERE score = 1) AS c,
            count(*) FILTER (WHERE score = 1) * 100.0 / count(*) AS accuracy
          FROM attempts WHERE ended_at IS NOT NULL AND activity_id IN (SELECT activity_id FROM questions) AND ${DAYS_FILTER[days]('ended_at')}
          GROUP BY 1 ORDER BY 1`)).map((r) => ({ bucketStart: r.b, submitted: num(r.n), correct: num(r.c), accuracy: num(r.accuracy) })),
    });
    cases.push({
      label: `${zone}: learningVelocity, ${days}`,
      zone,
      query: 'learningVelocity',
      params: { ...base, days },
      pick: (r) => (r as { days: unknown[] }).days,
      expected: async (o) =>
        (await o.rows(zone, `SELECT to_char(ended_at::date, 'YYYY-MM-DD') AS d, count(DISTINCT activity_id) AS q, count(*) AS n, avg(duration_seconds) AS t
          FROM attempts WHERE ended_at IS NOT NULL AND activity_id IN (SELECT activity_id FROM questions) AND ${DAYS_FILTER[days]('ended_at')}
          GROUP BY 1 ORDER BY 1`)).map((r) => ({ day: r.d, questionsAttempted: num(r.q), attempts: num(r.n), avgTimeSeconds: num(r.t) })),
    });
    cases.push({
      label: `${zone}: masteryTrend by week from day ${weekStart}, ${days}`,
      zone,
      query: 'masteryTrend',
      params: { ...base, bucket: 'week', weekStart, days },
      pick: (r) => (r as { rows: Array<Record<string, unknown>> }).rows.map((x) => ({ bucketStart: x.bucketStart, deltaCount: x.deltaCount, learnersAffected: x.learnersAffected })),
      expected: async (o) =>
        (await o.rows(zone, `SELECT ${WEEK_OF('occurred_at', weekStart)} AS b, count(*) AS n, count(DISTINCT user_id) AS users
          FROM deltas WHERE ${DAYS_FILTER[days]('occurred_at')} GROUP BY 1 ORDER BY 1`)).map((r) => ({ bucketStart: r.b, deltaCount: num(r.n), learnersAffected: num(r.users) })),
    });
  }
  cases.push({
    label: `${zone}: personalStats trend by week from Sunday`,
    zone,
    query: 'personalStats',
    params: { ...base, userId: TZ_LEARNER, bucket: 'week', weekStart: 0 },
    pick: (r) => (r as { trend: Array<Record<string, unknown>> }).trend.map((p) => ({ bucketStart: p.bucketStart, attempts: p.attempts })),
    expected: async (o) =>
      (await o.rows(zone, `SELECT ${WEEK_OF('started_at', 0)} AS b, count(*) AS n FROM attempts WHERE user_id = $1 GROUP BY 1 ORDER BY 1`, [TZ_LEARNER])).map(
        (r) => ({ bucketStart: r.b, attempts: num(r.n) }),
      ),
  });
  return cases;
}

// Equal averages tie whatever order a backend sums the scores in (see the leaderboard's definition).
function tiedAverages(zone: string): TimeZoneCase {
  const range = { from: '2025-06-01', to: '2025-07-01' };
  return {
    label: `${zone}: leaderboard ranks of equal averages summed in different orders`,
    zone,
    query: 'leaderboard',
    params: { now: '2027-01-01T00:00:00.000Z', timezone: zone, period: 'range', ...range },
    pick: (r) => (r as { rows: Array<Record<string, unknown>> }).rows.map((x) => ({ userId: x.userId, rank: x.rank, avgScore: x.avgScore })),
    expected: async (o) =>
      (await o.rows(zone, `SELECT user_id, rank() OVER (ORDER BY avg(score) DESC) AS rank, avg(score) AS s FROM attempts
        WHERE score IS NOT NULL AND started_at >= $1::date::timestamptz AND started_at < $2::date::timestamptz
        GROUP BY user_id ORDER BY 2, user_id COLLATE "C"`, [range.from, range.to])).map((r) => ({ userId: r.user_id, rank: num(r.rank), avgScore: num(r.s) })),
  };
}

/** Every time-zone question, per zone: with and without a range over the awkward day, and `now`s whose windows end in it. */
export function timeZoneCases(): Map<string, TimeZoneCase[]> {
  const out = new Map<string, TimeZoneCase[]>();
  for (const c of ZONE_CASES) {
    const cases: TimeZoneCase[] = [...rangedCases(c.zone, `${c.zone} (${c.why}), all days`, {}), ...calendarCases(c.zone)];
    for (const k of c.keys) {
      cases.push(...rangedCases(c.zone, `${c.zone} [${k.day}, +1 day)`, { from: k.day, to: addDays(k.day, 1) }));
      cases.push(...rangedCases(c.zone, `${c.zone} [${addDays(k.day, -1)}, +3 days)`, { from: addDays(k.day, -1), to: addDays(k.day, 2) }));
      // A week after the change, half an hour either side of it: "7 days before now" falls in its gap or overlap.
      for (const minutes of [-90, -30, 30, 90]) {
        const now = new Date(Date.parse(k.at) + 7 * 86_400_000 + minutes * 60_000).toISOString();
        cases.push(...windowCases(c.zone, `${c.zone} now=${now}`, now));
      }
    }
    if (c === ZONE_CASES[0]) cases.push(tiedAverages(c.zone));
    out.set(c.zone, cases);
  }
  return out;
}
