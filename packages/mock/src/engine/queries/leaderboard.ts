import { dayNumberOf, leaderboardPeriod, parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { UserSlots } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { userIdPlaces } from '../idOrder.js';
import { orderByKey } from '../topK.js';

type Row = QueryResult<'leaderboard'>['rows'][number];
type SortField = Exclude<QueryParams<'leaderboard'>['sort'], `-${string}`>;

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

// The scan, in a function of its own: V8 optimizes a hot loop on its own (on-stack replacement) and, when the loop
// shares a function with the code after it, leaves that code to the interpreter on every call until the whole
// function is optimized, which a query called a handful of times never reaches.
function accumulate(ctx: EngineContext, start: number, end: number, currentFromMs: number, slots: UserSlots, sums: Sums): void {
  const { userMask, activityMask } = ctx;
  const a = ctx.dataset.attempts;
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const startedAt = a.startedAt;
  const dur = a.duration;
  const talk = a.talkMs;
  const listen = a.listenMs;
  let { count, sum, duration, talkSum, talkCount, prevCount, prevSum } = sums;
  let capacity = sums.capacity;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const k = slots.slot(u);
    if (k === capacity) {
      sums.grow();
      capacity = sums.capacity;
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
  const { dataset, clock } = ctx;
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
  accumulate(ctx, start, end, currentFromMs, slots, sums);
  const ranked = rankKeys(sums, slots.count);
  const { field, descending } = parseSort(params.sort);
  const offset = params.offset;
  const wanted = params.limit === undefined ? ranked.nCurrent : Math.min(ranked.nCurrent, offset + params.limit);
  const order =
    field === 'displayName'
      ? byDisplayName(dataset, slots.users, ranked, descending, wanted)
      : byNumber(dataset, slots.users, sums, ranked, field, descending, wanted);
  return { period, total: ranked.nCurrent, rows: pageRows(dataset, slots.users, sums, ranked, order, offset, field === 'rank' && !descending) };
}

/** Per slot, the rank keys of both periods (averages to 9 decimals), and the slots ranked in the current one. */
interface RankKeys {
  avg: Float64Array;
  rankKey: Float64Array;
  previousKey: Float64Array;
  /** The slots with a scored attempt in the current period, [0, nCurrent). */
  current: Int32Array;
  nCurrent: number;
  /** Current and previous rank keys of the ranked slots, [0, nCurrent) and [0, nPrevious). */
  currentKeys: Float64Array;
  previousKeys: Float64Array;
}

// Slots of users with no scored attempt in a period are left out of its ranking.
function rankKeys(sums: Sums, n: number): RankKeys {
  const { count, sum, prevCount, prevSum } = sums;
  const avg = new Float64Array(n);
  const rankKey = new Float64Array(n);
  const current = new Int32Array(n);
  const currentKeys = new Float64Array(n);
  const previousKeys = new Float64Array(n);
  const previousKey = new Float64Array(n);
  let nCurrent = 0;
  let nPrevious = 0;
  for (let k = 0; k < n; k++) {
    if (count[k]! > 0) {
      avg[k] = sum[k]! / count[k]!;
      current[nCurrent] = k;
      currentKeys[nCurrent++] = rankKey[k] = floatSortKey(avg[k]!);
    }
    if (prevCount[k]! > 0) previousKeys[nPrevious++] = previousKey[k] = floatSortKey(prevSum[k]! / prevCount[k]!);
  }
  return { avg, rankKey, previousKey, current, nCurrent, currentKeys: currentKeys.subarray(0, nCurrent), previousKeys: previousKeys.subarray(0, nPrevious) };
}

// Display names compare as text, ties by user id.
function byDisplayName(dataset: MockDataset, users: Int32Array, ranked: RankKeys, descending: boolean, wanted: number): Int32Array {
  const people = dataset.users;
  const sorted = Array.from(ranked.current.subarray(0, ranked.nCurrent));
  sorted.sort((x, y) => {
    const c = compareText(people[users[x]!]!.display_name, people[users[y]!]!.display_name);
    return (descending ? -c : c) || compareText(people[users[x]!]!.user_id, people[users[y]!]!.user_id);
  });
  return Int32Array.from(sorted.slice(0, wanted));
}

// A numeric key per ranked slot, ties by the user id's place in code-point order (an integer): a top-K heap for a
// small page, one sort for a large one.
function byNumber(
  dataset: MockDataset,
  users: Int32Array,
  sums: Sums,
  ranked: RankKeys,
  field: Exclude<SortField, 'displayName'>,
  descending: boolean,
  wanted: number,
): Int32Array {
  const { current, nCurrent, currentKeys } = ranked;
  const { count, duration, talkSum, talkCount } = sums;
  const keys = new Float64Array(nCurrent);
  const ties = new Int32Array(nCurrent);
  const places = userIdPlaces(dataset);
  // Rank ascending is average descending; rank descending, average ascending. Missing talk shares sort last.
  const flip = (field === 'rank') !== descending;
  for (let p = 0; p < nCurrent; p++) {
    const k = current[p]!;
    let v: number;
    if (field === 'avgTalkPercentage') {
      v = talkCount[k]! > 0 ? floatSortKey(talkSum[k]! / talkCount[k]!) : NaN;
      v = v !== v ? Infinity : descending ? -v : v;
    } else {
      v = field === 'rank' || field === 'avgScore' ? currentKeys[p]! : field === 'attempts' ? count[k]! : floatSortKey(duration[k]!);
      if (flip) v = -v;
    }
    keys[p] = v;
    ties[p] = places[users[k]!]!;
  }
  const positions = orderByKey(keys, ties, nCurrent, wanted);
  for (let q = 0; q < positions.length; q++) positions[q] = current[positions[q]!]!;
  return positions;
}

function pageRows(
  dataset: MockDataset,
  users: Int32Array,
  sums: Sums,
  ranked: RankKeys,
  order: Int32Array,
  offset: number,
  byRank: boolean,
): Row[] {
  const { count, duration, talkSum, talkCount, prevCount } = sums;
  const { avg, rankKey, previousKey } = ranked;
  // In rank order a row's rank follows from the one before it (1 + the rows above, which all have a higher average);
  // other orders look it up.
  const rankOf = byRank ? null : ranker(ranked.currentKeys);
  const previousRankOf = ranker(ranked.previousKeys);
  const people = dataset.users;
  const rows: Row[] = [];
  let rank = 0;
  for (let q = byRank ? 0 : offset; q < order.length; q++) {
    const k = order[q]!;
    if (rankOf === null) {
      if (q === 0 || rankKey[k] !== rankKey[order[q - 1]!]) rank = q + 1;
      if (q < offset) continue;
    } else {
      rank = rankOf(rankKey[k]!);
    }
    const person = people[users[k]!]!;
    rows.push({
      rank,
      userId: person.user_id,
      displayName: person.display_name,
      avgScore: avg[k]!,
      attempts: count[k]!,
      totalDurationSeconds: duration[k]!,
      avgTalkPercentage: talkCount[k]! > 0 ? talkSum[k]! / talkCount[k]! : null,
      previousRank: prevCount[k]! > 0 ? previousRankOf(previousKey[k]!) : null,
    });
  }
  return rows;
}
