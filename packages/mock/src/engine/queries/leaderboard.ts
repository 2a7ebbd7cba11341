import { dayNumberOf, leaderboardPeriod, parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { datasetIndex, UserSlots } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { TopK } from '../topK.js';

type Row = QueryResult<'leaderboard'>['rows'][number];

// Per-user sums, indexed by a query's dense user slot (see UserSlots), grown if more users show up than expected.
class Sums {
  count: Int32Array;
  sum: Float64Array;
  duration: Float64Array;
  talkSum: Float64Array;
  talkCount: Int32Array;
  prevCount: Int32Array;
  prevSum: Float64Array;

  constructor(n: number) {
    this.count = new Int32Array(n);
    this.sum = new Float64Array(n);
    this.duration = new Float64Array(n);
    this.talkSum = new Float64Array(n);
    this.talkCount = new Int32Array(n);
    this.prevCount = new Int32Array(n);
    this.prevSum = new Float64Array(n);
  }

  get capacity(): number {
    return this.count.length;
  }

  grow(): void {
    const n = Math.max(16, this.capacity * 2);
    const widen = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(a);
      return next;
    };
    const i32 = (k: number) => new Int32Array(k);
    const f64 = (k: number) => new Float64Array(k);
    this.count = widen(this.count, i32);
    this.sum = widen(this.sum, f64);
    this.duration = widen(this.duration, f64);
    this.talkSum = widen(this.talkSum, f64);
    this.talkCount = widen(this.talkCount, i32);
    this.prevCount = widen(this.prevCount, i32);
    this.prevSum = widen(this.prevSum, f64);
  }
}

// SQL rank() by average descending: 1 + how many averages are strictly greater, by binary search over the averages
// sorted ascending (a typed-array sort, no comparator).
function ranker(averages: Float64Array): (avg: number) => number {
  const sorted = averages.slice().sort();
  const n = sorted.length;
  return (avg) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= avg) lo = mid + 1;
      else hi = mid;
    }
    return 1 + n - lo;
  };
}

/** Answers `leaderboard` (seed 002 `mv_leaderboard_month` ranked with `rank()`), with the previous period's rank. */
export function leaderboard(ctx: EngineContext, params: QueryParams<'leaderboard'>): QueryResult<'leaderboard'> {
  const slots = new UserSlots(ctx.dataset, ctx.userCount);
  try {
    return rankedPage(ctx, params, slots);
  } finally {
    slots.release();
  }
}

function rankedPage(ctx: EngineContext, params: QueryParams<'leaderboard'>, slots: UserSlots): QueryResult<'leaderboard'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const period = leaderboardPeriod(params);
  const currentFromMs = clock.dayStartUtc(dayNumberOf(period.from));
  const a = dataset.attempts;
  const { start, end } = timeSlice(
    a.startedAt,
    dataset.ranges.attempts[ctx.org]!,
    clock.dayStartUtc(dayNumberOf(period.previousFrom)),
    clock.dayStartUtc(dayNumberOf(period.to)),
  );

  const sums = new Sums(ctx.userCount);
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const startedAt = a.startedAt;
  const dur = a.duration;
  const talk = a.talkMs;
  const listen = a.listenMs;
  let { count, sum, duration, talkSum, talkCount, prevCount, prevSum } = sums;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const k = slots.slot(u);
    if (k === sums.capacity) {
      sums.grow();
      ({ count, sum, duration, talkSum, talkCount, prevCount, prevSum } = sums);
    }
    if (startedAt[i]! >= currentFromMs) {
      count[k]!++;
      sum[k]! += s;
      const d = dur[i]!;
      if (d === d) duration[k]! += d;
      const t = talk[i]!;
      const l = listen[i]!;
      if (t === t && l === l && t + l > 0) {
        talkSum[k]! += (t / (t + l)) * 100;
        talkCount[k]!++;
      }
    } else {
      prevCount[k]!++;
      prevSum[k]! += s;
    }
  }

  // Averages of the users ranked in each period (as rank keys: equal to 9 decimals is equal); slots of users with no
  // scored attempt in the period are left out.
  const n = slots.count;
  const avg = new Float64Array(n);
  const current = new Int32Array(n);
  const currentAvgs = new Float64Array(n);
  const previousAvgs = new Float64Array(n);
  let nCurrent = 0;
  let nPrevious = 0;
  for (let k = 0; k < n; k++) {
    if (count[k]! > 0) {
      avg[k] = sum[k]! / count[k]!;
      current[nCurrent] = k;
      currentAvgs[nCurrent++] = floatSortKey(avg[k]!);
    }
    if (prevCount[k]! > 0) previousAvgs[nPrevious++] = floatSortKey(prevSum[k]! / prevCount[k]!);
  }
  const rankOf = ranker(currentAvgs.subarray(0, nCurrent));
  const previousRankOf = ranker(previousAvgs.subarray(0, nPrevious));

  const { userIds } = datasetIndex(dataset);
  const users = slots.users;
  const idOf = (k: number) => userIds[users[k]!]!;
  const talkPct = (k: number): number | null => (talkCount[k]! > 0 ? talkSum[k]! / talkCount[k]! : null);
  const { field, descending } = parseSort(params.sort);
  const offset = params.offset;
  const wanted = params.limit === undefined ? nCurrent : Math.min(nCurrent, offset + params.limit);

  // The page's slots in order. A numeric sort key goes through a top-K heap (the first offset + limit only, ties by
  // user id); display names compare as text, so they take a full sort.
  let order: number[];
  if (field === 'displayName') {
    const names = dataset.users;
    order = Array.from(current.subarray(0, nCurrent));
    order.sort((x, y) => {
      const c = compareText(names[users[x]!]!.display_name, names[users[y]!]!.display_name);
      return (descending ? -c : c) || compareText(idOf(x), idOf(y));
    });
    order = order.slice(0, wanted);
  } else {
    const key = (k: number): number => {
      if (field === 'avgTalkPercentage') {
        const t = floatSortKey(talkPct(k));
        return t === null ? Infinity : descending ? -t : t;
      }
      // Rank ascending is average descending; rank descending, average ascending.
      const v = field === 'rank' || field === 'avgScore' ? floatSortKey(avg[k]!) : field === 'attempts' ? count[k]! : floatSortKey(duration[k]!);
      return (field === 'rank') !== descending ? -v : v;
    };
    const slotIds = new Array<string>(n);
    for (let k = 0; k < n; k++) slotIds[k] = idOf(k);
    const top = new TopK(wanted, slotIds);
    for (let p = 0; p < nCurrent; p++) top.offer(current[p]!, key(current[p]!));
    order = top.sorted();
  }

  const page = order.slice(offset);
  const rows: Row[] = page.map((k) => {
    const previous = prevCount[k]! > 0 ? previousRankOf(floatSortKey(prevSum[k]! / prevCount[k]!)) : null;
    return {
      rank: rankOf(floatSortKey(avg[k]!)),
      userId: idOf(k),
      displayName: dataset.users[users[k]!]!.display_name,
      avgScore: avg[k]!,
      attempts: count[k]!,
      totalDurationSeconds: duration[k]!,
      avgTalkPercentage: talkPct(k),
      previousRank: previous,
    };
  });
  return {
    period,
    total: nCurrent,
    rows,
  };
}
