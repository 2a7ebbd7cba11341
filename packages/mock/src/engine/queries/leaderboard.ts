import { isoDateOf, parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareNullsLast, compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { leaderboardPeriod } from '../leaderboardPeriod.js';

type Row = QueryResult<'leaderboard'>['rows'][number];

/** Users of `list[0..n)` in SQL `rank()` order by average desc (ties by user id), and each user's rank. */
function rankUsers(
  list: Int32Array,
  n: number,
  avg: Float64Array,
  userIds: readonly string[],
  rankOut: Int32Array,
): number[] {
  const order = Array.from(list.subarray(0, n));
  order.sort((x, y) => avg[y]! - avg[x]! || compareText(userIds[x]!, userIds[y]!));
  let rank = 0;
  for (let p = 0; p < order.length; p++) {
    const u = order[p]!;
    if (p === 0 || avg[u] !== avg[order[p - 1]!]) rank = p + 1;
    rankOut[u] = rank;
  }
  return order;
}

/** Answers `leaderboard` (seed 002 `mv_leaderboard_month` ranked with `rank()`), with the previous period's rank. */
export function leaderboard(ctx: EngineContext, params: QueryParams<'leaderboard'>): QueryResult<'leaderboard'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const period = leaderboardPeriod(params, clock, ctx.nowMs);
  const currentFromMs = clock.dayStartUtc(period.fromDay);
  const a = dataset.attempts;
  const { start, end } = timeSlice(
    a.startedAt,
    dataset.ranges.attempts[ctx.org]!,
    clock.dayStartUtc(period.previousFromDay),
    clock.dayStartUtc(period.toDay),
  );

  const nUsers = dataset.users.length;
  const count = new Int32Array(nUsers);
  const sum = new Float64Array(nUsers);
  const duration = new Float64Array(nUsers);
  const talkSum = new Float64Array(nUsers);
  const talkCount = new Int32Array(nUsers);
  const prevCount = new Int32Array(nUsers);
  const prevSum = new Float64Array(nUsers);
  const current = new Int32Array(nUsers);
  const previous = new Int32Array(nUsers);
  let nCurrent = 0;
  let nPrevious = 0;

  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const startedAt = a.startedAt;
  const dur = a.duration;
  const talk = a.talkMs;
  const listen = a.listenMs;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    if (startedAt[i]! >= currentFromMs) {
      if (count[u] === 0) current[nCurrent++] = u;
      count[u]!++;
      sum[u]! += s;
      const d = dur[i]!;
      if (d === d) duration[u]! += d;
      const t = talk[i]!;
      const l = listen[i]!;
      if (t === t && l === l && t + l > 0) {
        talkSum[u]! += (t / (t + l)) * 100;
        talkCount[u]!++;
      }
    } else {
      if (prevCount[u] === 0) previous[nPrevious++] = u;
      prevCount[u]!++;
      prevSum[u]! += s;
    }
  }

  const userIds = dataset.users.map((x) => x.user_id);
  const prevAvg = new Float64Array(nUsers);
  for (let p = 0; p < nPrevious; p++) {
    const u = previous[p]!;
    prevAvg[u] = prevSum[u]! / prevCount[u]!;
  }
  const previousRank = new Int32Array(nUsers);
  rankUsers(previous, nPrevious, prevAvg, userIds, previousRank);
  const avg = new Float64Array(nUsers);
  for (let p = 0; p < nCurrent; p++) {
    const u = current[p]!;
    avg[u] = sum[u]! / count[u]!;
  }
  const rank = new Int32Array(nUsers);
  const order = rankUsers(current, nCurrent, avg, userIds, rank);

  const talkPct = (u: number): number | null => (talkCount[u]! > 0 ? talkSum[u]! / talkCount[u]! : null);
  const { field, descending } = parseSort(params.sort);
  if (field !== 'rank' || descending) {
    const names = dataset.users;
    const primary: (x: number, y: number) => number =
      field === 'rank'
        ? (x, y) => rank[x]! - rank[y]!
        : field === 'avgScore'
          ? (x, y) => avg[x]! - avg[y]!
          : field === 'attempts'
            ? (x, y) => count[x]! - count[y]!
            : field === 'totalDurationSeconds'
              ? (x, y) => duration[x]! - duration[y]!
              : field === 'displayName'
                ? (x, y) => compareText(names[x]!.display_name, names[y]!.display_name)
                : () => 0;
    // Ties by userId whatever the sort, as the SQL adapters' `ORDER BY <field>, user_id`.
    order.sort((x, y) => {
      const c =
        field === 'avgTalkPercentage'
          ? compareNullsLast(talkPct(x), talkPct(y), descending)
          : descending
            ? primary(y, x)
            : primary(x, y);
      return c || compareText(userIds[x]!, userIds[y]!);
    });
  }

  const offset = params.offset;
  const page = order.slice(offset, params.limit === undefined ? undefined : offset + params.limit);
  const rows: Row[] = page.map((u) => ({
    rank: rank[u]!,
    userId: userIds[u]!,
    displayName: dataset.users[u]!.display_name,
    avgScore: avg[u]!,
    attempts: count[u]!,
    totalDurationSeconds: duration[u]!,
    avgTalkPercentage: talkPct(u),
    previousRank: previousRank[u]! > 0 ? previousRank[u]! : null,
  }));
  return {
    period: {
      from: isoDateOf(period.fromDay),
      to: isoDateOf(period.toDay),
      previousFrom: isoDateOf(period.previousFromDay),
      previousTo: isoDateOf(period.previousToDay),
    },
    total: nCurrent,
    rows,
  };
}
