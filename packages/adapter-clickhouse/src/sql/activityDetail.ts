import {
  distributionBuckets,
  ScopeError,
  scoreBuckets,
  scoreScaleSchema,
  type AdapterRequestFor,
  type QueryResult,
  type ScoreScale,
} from '@learnlens/data-client';
import { and, count, factConditions, num, scoreBucketOnScale } from '@learnlens/sql';
import { int, str } from '../literal.js';
import { context, type Db } from './context.js';
import { dayOf, epochSeconds, isoOf, localSeconds, dateOf } from './time.js';

const SCALES = Object.keys(scoreBuckets) as ScoreScale[];

/** A sumMap result as JSON gives it: [keys, values], 64-bit numbers possibly as strings. */
function mapOf(value: unknown): Map<number, number> {
  const [keys, values] = (value as [unknown[], unknown[]] | null) ?? [[], []];
  return new Map(keys.map((k, i) => [Number(k), Number(values[i])]));
}

/**
 * `activityDetail` in one statement: per learner (ordered by attempts, then user_id) their counts, best, last start,
 * and sumMaps of their attempts per local day and scored attempts per histogram bucket of every scale; folded into one
 * row (a sorted subquery is one stream, so groupArray keeps the learners' order) beside the activity's own row, whose
 * absence (an empty scale after the join) means the activity is not the viewer's org's. The histogram of each scale is
 * computed, since the scale is only known with the activity row; the reader keeps the activity's.
 */
export async function activityDetail(request: AdapterRequestFor<'activityDetail'>, db: Db): Promise<QueryResult<'activityDetail'>> {
  const { params } = request;
  const ctx = context(request, db);
  const id = str(params.activityId);
  const where = and([...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }), `activity_id = ${id}`]);
  const day = dayOf(localSeconds(ctx, 'started_at'));
  const scored = 'toUInt64(isNotNull(score))';
  const histograms = SCALES.map((scale) => {
    // The unscored attempts add 0 to bucket 0 of the sum (their count is isNotNull(score) = 0).
    const key = scoreBucketOnScale('ifNull(score, 0)', scale, (v) => `toInt64(${v})`);
    return `sumMap([${key}], [${scored}]) AS h_${scale}`;
  });
  const perLearner = `SELECT user_id, if(empty(any(display_name)), user_id, any(display_name)) AS name, count() AS n,
      count(score) AS ns, sum(ifNull(score, 0)) AS sm, max(score) AS best, ${epochSeconds('max(started_at)')} AS last,
      sumMap([${day} AS day], [toUInt64(1)]) AS d_n, sumMap([day], [${scored}]) AS d_ns, sumMap([day], [ifNull(score, 0)]) AS d_sm,
      ${histograms.join(', ')}
    FROM ${ctx.t.attempts}
    ANY LEFT JOIN (SELECT user_id, display_name FROM ${ctx.t.users} WHERE org_id = ${ctx.org}) USING user_id
    WHERE ${where}
    GROUP BY user_id
    ORDER BY n DESC, user_id ASC`;
  const map = (name: string) => `sumMap(tupleElement(${name}, 1), tupleElement(${name}, 2)) AS ${name}`;
  const folded = `SELECT 1 AS _k, sum(n) AS attempts, sum(ns) AS scored, sum(sm) AS score_sum, count() AS learner_total,
      arraySlice(groupArray((user_id, name, n, ns, if(ns = 0, NULL, sm / ns), best, last)), 1, ${int(params.learnerLimit)}) AS learners,
      ${['d_n', 'd_ns', 'd_sm', ...SCALES.map((s) => `h_${s}`)].map(map).join(', ')}
    FROM (${perLearner})`;
  const [row] = await db.select(
    `SELECT title, score_scale, attempts, scored, score_sum, learner_total, learners, d_n, d_ns, d_sm, ${SCALES.map((s) => `h_${s}`).join(', ')}
     FROM (${folded})
     ANY LEFT JOIN (SELECT 1 AS _k, title, score_scale FROM ${ctx.t.activities} WHERE org_id = ${ctx.org} AND activity_id = ${id}) USING _k`,
  );
  const r = row!;
  const scale = scoreScaleSchema.safeParse(r.score_scale);
  if (!scale.success) throw new ScopeError();
  const hist = mapOf(r[`h_${scale.data}`]);
  const dayN = mapOf(r.d_n);
  const dayNs = mapOf(r.d_ns);
  const daySum = mapOf(r.d_sm);
  const nScored = count(r.scored);
  return {
    activityId: params.activityId,
    activityName: r.title as string,
    scoreScale: scale.data,
    attempts: count(r.attempts),
    scoredAttempts: nScored,
    avgScore: nScored === 0 ? null : count(r.score_sum) / nScored,
    distribution: distributionBuckets(scale.data).map((b, k) => ({ ...b, count: hist.get(k) ?? 0 })),
    days: [...dayN.keys()]
      .sort((x, y) => x - y)
      .map((d) => {
        const ns = dayNs.get(d) ?? 0;
        return { day: dateOf(d), attempts: dayN.get(d)!, scoredAttempts: ns, avgScore: ns === 0 ? null : (daySum.get(d) ?? 0) / ns };
      }),
    learnerTotal: count(r.learner_total),
    learners: ((r.learners as unknown[][] | null) ?? []).map(([userId, name, n, ns, avg, best, last]) => ({
      userId: userId as string,
      displayName: name as string,
      attempts: count(n),
      scoredAttempts: count(ns),
      avgScore: num(avg),
      bestScore: num(best),
      lastAttemptAt: isoOf(last)!,
    })),
  };
}
