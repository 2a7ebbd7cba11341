import { dayMatches, distributionBuckets, isoDateOf, scoreBucketOf, ScopeError, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { DAY_MS, LocalTimeCursor } from '../localTime.js';

type Learner = QueryResult<'activityDetail'>['learners'][number];

interface Tally {
  attempts: number;
  scored: number;
  sum: number;
}

const tally = (): Tally => ({ attempts: 0, scored: 0, sum: 0 });

function add(t: Tally, score: number): void {
  t.attempts++;
  if (score === score) {
    t.scored++;
    t.sum += score;
  }
}

/**
 * Answers `activityDetail`: one activity's attempts in [from, to) by the users in scope, as a histogram on the
 * activity's scale, per local day and per learner. An activity outside the viewer's org is out of scope.
 */
export function activityDetail(ctx: EngineContext, params: QueryParams<'activityDetail'>): QueryResult<'activityDetail'> {
  const { dataset, userMask, activityMask, clock } = ctx;
  const act = dataset.index.activity.get(params.activityId);
  const activity = act === undefined ? undefined : dataset.activities[act];
  if (act === undefined || activity === undefined || activity.org_id !== ctx.scope.orgId) throw new ScopeError();
  const scale = activity.score_scale;
  const buckets = distributionBuckets(scale);
  const counts = buckets.map(() => 0);
  const total = tally();
  const days = new Map<number, Tally>();
  const learners = new Map<number, Tally & { best: number; last: number }>();

  // An activityIds filter that leaves the activity out selects nothing, as on the other queries.
  if (activityMask === null || activityMask[act] === 1) {
    const a = dataset.attempts;
    const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
    const cursor = new LocalTimeCursor(clock);
    for (let i = start; i < end; i++) {
      if (a.activity[i] !== act) continue;
      const u = a.user[i]!;
      if (userMask !== null && userMask[u] === 0) continue;
      const score = a.score[i]!;
      const startedAt = a.startedAt[i]!;
      const day = Math.floor(cursor.local(startedAt) / DAY_MS);
      if (params.days !== 'all' && !dayMatches(day, params.days)) continue;
      add(total, score);
      if (score === score) counts[scoreBucketOf(score, scale)]!++;
      let d = days.get(day);
      if (d === undefined) days.set(day, (d = tally()));
      add(d, score);
      let l = learners.get(u);
      if (l === undefined) learners.set(u, (l = { ...tally(), best: NaN, last: -Infinity }));
      add(l, score);
      if (score === score && !(score <= l.best)) l.best = score;
      if (startedAt > l.last) l.last = startedAt;
    }
  }

  const avg = (t: Tally) => (t.scored > 0 ? t.sum / t.scored : null);
  const rows: Learner[] = [...learners].map(([u, l]) => {
    const user = dataset.users[u]!;
    return {
      userId: user.user_id,
      displayName: user.display_name,
      attempts: l.attempts,
      scoredAttempts: l.scored,
      avgScore: avg(l),
      bestScore: l.best === l.best ? l.best : null,
      lastAttemptAt: new Date(l.last).toISOString(),
    };
  });
  rows.sort((x, y) => y.attempts - x.attempts || compareText(x.userId, y.userId));
  return {
    activityId: activity.activity_id,
    activityName: activity.title,
    scoreScale: scale,
    attempts: total.attempts,
    scoredAttempts: total.scored,
    avgScore: avg(total),
    distribution: buckets.map((b, k) => ({ ...b, count: counts[k]! })),
    days: [...days]
      .sort(([x], [y]) => x - y)
      .map(([day, t]) => ({ day: isoDateOf(day), attempts: t.attempts, scoredAttempts: t.scored, avgScore: avg(t) })),
    learnerTotal: rows.length,
    learners: rows.slice(0, params.learnerLimit),
  };
}
