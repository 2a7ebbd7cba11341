import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareNullsLast, compareText } from '../packages/mock/src/engine/compare.js';
import { timeSlice, type EngineContext } from '../packages/mock/src/engine/context.js';
import { medianInPlace, sampleStddev } from '../packages/mock/src/engine/stats.js';

type Row = QueryResult<'activityInsights'>['rows'][number];
type SortField = Exclude<QueryParams<'activityInsights'>['sort'], `-${string}`>;

function sortValue(row: Row, field: SortField): number | null {
  if (field === 'lastAttemptedAt') return row.lastAttemptedAt === null ? null : Date.parse(row.lastAttemptedAt);
  return row[field];
}

/** Answers `activityInsights` (seed 002 `mv_scenario_insights`) over scored attempts, per activity. */
export function activityInsights(ctx: EngineContext, params: QueryParams<'activityInsights'>): QueryResult<'activityInsights'> {
  const { dataset, userMask, activityMask } = ctx;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const duration = a.duration;
  const endedAt = a.endedAt;

  const nActivities = dataset.activities.length;
  const count = new Int32Array(nActivities);
  const sum = new Float64Array(nActivities);
  const durationSum = new Float64Array(nActivities);
  const durationCount = new Int32Array(nActivities);
  const lastEnded = new Float64Array(nActivities).fill(-Infinity);
  const matched = new Int32Array(end - start);
  let nMatched = 0;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    matched[nMatched++] = i;
    count[act]!++;
    sum[act]! += s;
    const d = duration[i]!;
    if (d === d) {
      durationSum[act]! += d;
      durationCount[act]!++;
    }
    const e = endedAt[i]!;
    if (e > lastEnded[act]!) lastEnded[act] = e;
  }

  // Group the scores by activity (a counting sort) so each group's median and spread come from one segment.
  const offsets = new Int32Array(nActivities + 1);
  for (let act = 0; act < nActivities; act++) offsets[act + 1] = offsets[act]! + count[act]!;
  const fill = offsets.slice(0, nActivities);
  const values = new Float64Array(nMatched);
  for (let m = 0; m < nMatched; m++) {
    const i = matched[m]!;
    values[fill[activity[i]!]!++] = score[i]!;
  }

  const rows: Row[] = [];
  for (let act = 0; act < nActivities; act++) {
    const n = count[act]!;
    if (n === 0) continue;
    const from = offsets[act]!;
    const to = offsets[act + 1]!;
    const mean = sum[act]! / n;
    rows.push({
      activityId: dataset.activities[act]!.activity_id,
      activityName: dataset.activities[act]!.title,
      attemptCount: n,
      avgScore: mean,
      scoreStddev: sampleStddev(values, from, to, mean),
      medianScore: medianInPlace(values, from, to),
      avgDurationSeconds: durationCount[act]! > 0 ? durationSum[act]! / durationCount[act]! : null,
      lastAttemptedAt: lastEnded[act]! > -Infinity ? new Date(lastEnded[act]!).toISOString() : null,
    });
  }

  const { field, descending } = parseSort(params.sort);
  rows.sort(
    (x, y) => compareNullsLast(sortValue(x, field), sortValue(y, field), descending) || compareText(x.activityId, y.activityId),
  );
  const offset = params.offset;
  return {
    total: rows.length,
    rows: rows.slice(offset, params.limit === undefined ? undefined : offset + params.limit),
  };
}
