import { dayNumberOf, leaderboardPeriod, parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { datasetIndex, UserSlots } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { orgUsersById, userIdPlaces } from '../idOrder.js';
import { descendingRanks, orderByKey as bucketOrder } from '../bucketOrder.js';
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

  /** Zeroes slots [0, used), the only ones a query touched, so the arrays serve the next query as new. */
  clear(used: number): void {
    this.count.fill(0, 0, used);
    this.sum.fill(0, 0, used);
    this.duration.fill(0, 0, used);
    this.talkSum.fill(0, 0, used);
    this.talkCount.fill(0, 0, used);
    this.prevCount.fill(0, 0, used);
    this.prevSum.fill(0, 0, used);
  }
}

// One spare set of sums per dataset, taken out of the map while a query uses it: a query that starts meanwhile (not
// expected, the engine runs one query to its end) finds none and allocates its own. Allocating seven org-sized
// zeroed arrays per call cost more than zeroing the few slots a query touched.
const spareSums = new WeakMap<MockDataset, Sums>();

function takeSums(dataset: MockDataset, n: number): Sums {
  const spare = spareSums.get(dataset);
  if (spare !== undefined && spare.capacity >= n) {
    spareSums.delete(dataset);
    return spare;
  }
  return new Sums(n);
}

function giveBackSums(dataset: MockDataset, sums: Sums, used: number): void {
  sums.clear(used);
  spareSums.set(dataset, sums);
}

// The scan, in a function of its own: V8 optimizes a hot loop on its own (on-stack replacement) and, when the loop
// shares a function with the code after it, leaves that code to the interpreter on every call until the whole
// function is optimized, which a query called a handful of times never reaches.
//
// Attempts are sorted by start, so the previous period is the rows before `boundary` and the current one the rows
// from it: two loops, the previous one reading only the user, score (and activity) columns.
function accumulate(ctx: EngineContext, start: number, boundary: number, end: number, slots: UserSlots, sums: Sums): void {
  accumulatePrevious(ctx, start, boundary, slots, sums);
  accumulateCurrent(ctx, boundary, end, slots, sums);
}

function accumulatePrevious(ctx: EngineContext, start: number, end: number, slots: UserSlots, sums: Sums): void {
  const { userMask, activityMask } = ctx;
  const a = ctx.dataset.attempts;
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const slotOf = slots.slotsOf(); // read directly: numbering a user (slots.slot) happens once per user
  let { prevCount, prevSum } = sums;
  let capacity = sums.capacity;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    let k = slotOf[u]!;
    if (k < 0) k = slots.slot(u);
    if (k === capacity) {
      sums.grow();
      capacity = sums.capacity;
      ({ prevCount, prevSum } = sums);
    }
    prevCount[k]!++;
    prevSum[k]! += s;
  }
}

function accumulateCurrent(ctx: EngineContext, start: number, end: number, slots: UserSlots, sums: Sums): void {
  const { userMask, activityMask } = ctx;
  const a = ctx.dataset.attempts;
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const dur = a.duration;
  const talk = a.talkMs;
  const listen = a.listenMs;
  const slotOf = slots.slotsOf();
  let { count, sum, duration, talkSum, talkCount } = sums;
  let capacity = sums.capacity;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    const u = user[i]!;
    if (userMask !== null && userMask[u] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    let k = slotOf[u]!;
    if (k < 0) k = slots.slot(u);
    if (k === capacity) {
      sums.grow();
      capacity = sums.capacity;
      ({ count, sum, duration, talkSum, talkCount } = sums);
    }
    count[k]!++;
    sum[k]! += s;
    const d = dur[i]!;
    if (d === d) duration[k]! += d;
    const t = talk[i]!;
    const spoken = t + listen[i]!; // NaN when either is missing, and NaN > 0 is false
    if (spoken > 0) {
      talkSum[k]! += (t / spoken) * 100;
      talkCount[k]!++;
    }
  }
}

/** Answers `leaderboard` (seed 002 `mv_leaderboard_month` ranked with `rank()`), with the previous period's rank. */
export function leaderboard(ctx: EngineContext, params: QueryParams<'leaderboard'>): QueryResult<'leaderboard'> {
  const slots = new UserSlots(ctx.dataset, ctx.userCount);
  const sums = takeSums(ctx.dataset, ctx.userCount);
  try {
    return rankedPage(ctx, params, slots, sums);
  } finally {
    giveBackSums(ctx.dataset, sums, slots.count);
    slots.release();
  }
}

function rankedPage(ctx: EngineContext, params: QueryParams<'leaderboard'>, slots: UserSlots, sums: Sums): QueryResult<'leaderboard'> {
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

  accumulate(ctx, start, lowerBound(a.startedAt, start, end, currentFromMs), end, slots, sums);
  const ranked = rankKeys(dataset, ctx.org, slots, sums);
  const { field, descending } = parseSort(params.sort);
  const offset = params.offset;
  const wanted = params.limit === undefined ? ranked.nCurrent : Math.min(ranked.nCurrent, offset + params.limit);
  const order =
    field === 'displayName'
      ? byDisplayName(dataset, slots.users, ranked, descending, wanted)
      : byNumber(dataset, slots.users, sums, ranked, field, descending, wanted);
  const rows = pageRows(dataset, slots.users, sums, ranked, order, offset, field === 'rank' && !descending);
  return { period, total: ranked.nCurrent, rows };
}

/** Per slot, the average and rank key of the current period and the previous period's rank; the slots ranked now. */
interface RankKeys {
  avg: Float64Array;
  rankKey: Float64Array;
  /** rank() in the previous period, 0 for a slot with no scored attempt then. */
  previousRank: Int32Array;
  /** The slots with a scored attempt in the current period, [0, nCurrent). */
  current: Int32Array;
  nCurrent: number;
  /** Current rank keys of the ranked slots, [0, nCurrent). */
  currentKeys: Float64Array;
  /** Whether `current` lists the slots in user-id order. */
  idOrdered: boolean;
}

// Slots of users with no scored attempt in a period are left out of its ranking. The ranked slots are listed in
// user-id order when they can be (every one a user of the org, walked in its id order), so that an order by key alone
// that keeps equal keys in place breaks their ties by user id without comparing ids.
function rankKeys(dataset: MockDataset, org: number, slots: UserSlots, sums: Sums): RankKeys {
  const n = slots.count;
  const { count, sum, prevCount, prevSum } = sums;
  const avg = new Float64Array(n);
  const rankKey = new Float64Array(n);
  const previous = new Int32Array(n);
  const previousKeys = new Float64Array(n);
  let nCurrent = 0;
  let nPrevious = 0;
  for (let k = 0; k < n; k++) {
    if (count[k]! > 0) {
      avg[k] = sum[k]! / count[k]!;
      rankKey[k] = floatSortKey(avg[k]!);
      nCurrent++;
    }
    if (prevCount[k]! > 0) {
      previous[nPrevious] = k;
      previousKeys[nPrevious++] = floatSortKey(prevSum[k]! / prevCount[k]!);
    }
  }
  const current = new Int32Array(nCurrent);
  let listed = listInIdOrder(orgUsersById(dataset)[org]!, slots.slotsOf(), count, current);
  const idOrdered = listed === nCurrent;
  if (!idOrdered) {
    listed = 0;
    for (let k = 0; k < n; k++) if (count[k]! > 0) current[listed++] = k;
  }
  const currentKeys = new Float64Array(nCurrent);
  for (let p = 0; p < nCurrent; p++) currentKeys[p] = rankKey[current[p]!]!;
  const previousRank = new Int32Array(n);
  const ranks = descendingRanks(previousKeys, nPrevious);
  for (let p = 0; p < nPrevious; p++) previousRank[previous[p]!] = ranks[p]!;
  return { avg, rankKey, previousRank, current, nCurrent, currentKeys, idOrdered };
}

// The org's users in id order, each with a current-period slot listed: how many were.
function listInIdOrder(byId: Int32Array, slotOf: Int32Array, count: Int32Array, into: Int32Array): number {
  let listed = 0;
  const room = into.length;
  for (let q = 0; q < byId.length; q++) {
    const k = slotOf[byId[q]!]!;
    if (k >= 0 && count[k]! > 0) {
      if (listed === room) return listed + 1; // a slot listed twice cannot happen; be safe
      into[listed++] = k;
    }
  }
  return listed;
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
// small page, a bucket sort for a large one.
function byNumber(
  dataset: MockDataset,
  users: Int32Array,
  sums: Sums,
  ranked: RankKeys,
  field: Exclude<SortField, 'displayName'>,
  descending: boolean,
  wanted: number,
): Int32Array {
  const { current, nCurrent, currentKeys, idOrdered } = ranked;
  const { count, duration, talkSum, talkCount } = sums;
  const keys = new Float64Array(nCurrent);
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
  }
  let positions: Int32Array;
  if (idOrdered && wanted * 8 >= nCurrent) {
    // Positions are in user-id order: a stable order by key alone breaks ties by id.
    positions = bucketOrder(keys, null, nCurrent).subarray(0, wanted);
  } else {
    const ties = new Int32Array(nCurrent);
    const places = userIdPlaces(dataset);
    for (let p = 0; p < nCurrent; p++) ties[p] = places[users[current[p]!]!]!;
    positions = wanted * 8 < nCurrent ? orderByKey(keys, ties, nCurrent, wanted) : bucketOrder(keys, ties, nCurrent).subarray(0, wanted);
  }
  for (let q = 0; q < positions.length; q++) positions[q] = current[positions[q]!]!;
  return positions;
}

// Rows are built by a constructor rather than an object literal: V8 soon allocates a literal whose objects survive
// young-generation collections (a whole-org page holds thousands of rows) straight in the old generation, which then
// costs every scavenge (see exportRows.ts). With `Object.prototype` as prototype they are plain objects all the same.
function LeaderboardRowRecord(
  this: Row, rank: Row['rank'], userId: Row['userId'], displayName: Row['displayName'], avgScore: Row['avgScore'],
  attempts: Row['attempts'], totalDurationSeconds: Row['totalDurationSeconds'], avgTalkPercentage: Row['avgTalkPercentage'],
  previousRank: Row['previousRank'],
): void {
  this.rank = rank;
  this.userId = userId;
  this.displayName = displayName;
  this.avgScore = avgScore;
  this.attempts = attempts;
  this.totalDurationSeconds = totalDurationSeconds;
  this.avgTalkPercentage = avgTalkPercentage;
  this.previousRank = previousRank;
}
LeaderboardRowRecord.prototype = Object.prototype;
const LeaderboardRow = LeaderboardRowRecord as unknown as new (...fields: Parameters<typeof LeaderboardRowRecord>) => Row;

function pageRows(
  dataset: MockDataset,
  users: Int32Array,
  sums: Sums,
  ranked: RankKeys,
  order: Int32Array,
  offset: number,
  byRank: boolean,
): Row[] {
  const { count, duration, talkSum, talkCount } = sums;
  const { avg, rankKey, previousRank } = ranked;
  // In rank order a row's rank follows from the one before it (1 + the rows above, which all have a higher average);
  // other orders look it up.
  let rankOf: Int32Array | null = null;
  if (!byRank) {
    const ranks = descendingRanks(ranked.currentKeys, ranked.nCurrent);
    rankOf = new Int32Array(rankKey.length);
    for (let p = 0; p < ranked.nCurrent; p++) rankOf[ranked.current[p]!] = ranks[p]!;
  }
  const { userIds, displayNames } = datasetIndex(dataset);
  const rows: Row[] = [];
  let rank = 0;
  for (let q = byRank ? 0 : offset; q < order.length; q++) {
    const k = order[q]!;
    if (rankOf === null) {
      if (q === 0 || rankKey[k] !== rankKey[order[q - 1]!]) rank = q + 1;
      if (q < offset) continue;
    } else {
      rank = rankOf[k]!;
    }
    const u = users[k]!;
    const previous = previousRank[k]!;
    rows.push(
      new LeaderboardRow(
        rank,
        userIds[u]!,
        displayNames[u]!,
        avg[k]!,
        count[k]!,
        duration[k]!,
        talkCount[k]! > 0 ? talkSum[k]! / talkCount[k]! : null,
        previous > 0 ? previous : null,
      ),
    );
  }
  return rows;
}
