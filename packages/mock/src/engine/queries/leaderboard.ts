import { dayNumberOf, leaderboardPeriod, parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { datasetIndex } from '../datasetIndex.js';
import { floatSortKey } from '../stats.js';
import { orderByKey as bucketOrder } from '../bucketOrder.js';
import { GreaterCounter } from '../greaterCounter.js';
import { FEW_QUERIES, keysAbove, RAW_LIMIT } from '../keysAbove.js';
import { orderByKey } from '../topK.js';
import { leaderboardIndex, type LeaderboardIndex } from './leaderboardIndex.js';
import { entriesOf, leaderboardPeriodView, NOT_A_PERIOD, periodAt, type LeaderboardPeriodView } from './leaderboardPeriodView.js';

type Row = QueryResult<'leaderboard'>['rows'][number];
type SortField = Exclude<QueryParams<'leaderboard'>['sort'], `-${string}`>;

/**
 * The users ranked in the current period, in user-id order, with their sums; and the previous period's rank keys.
 * Sized to the users a query may rank and reused (see takeTotals); [0, nCurrent) and [0, nPrevious) hold this query's
 * values. A ranked user's numbers sit together (`values`, eight a user: one cache line), since the page reads them in
 * rank order, which is no order in memory.
 */
class Totals {
  /** Per ranked user (position p): its user number. */
  readonly number: Int32Array;
  /** Per position p, values[p × 8 + field] for the fields below. */
  readonly values: Float64Array;
  /** Per position p, the rank key (also values[p × 8 + T_KEY]), side by side for the passes over every key. */
  readonly keys: Float64Array;
  /** The rank keys of everyone ranked in the previous period, [0, nPrevious). */
  readonly previousKeys: Float64Array;
  /**
   * Per position p, the grouped rows [rows[2p], rows[2p + 1]) of its current period, when `talkShares` is set: then the talk-share sums are left to `talkSum`, for the rows that show one (a page of 50 needs
   * 50 of them).
   */
  readonly rows: Int32Array;
  talkShares: Float64Array | null = null;
  /**
   * When set, `keys`, `previousKeys` and the T_KEY and T_PREVIOUS_KEY values hold the raw averages rather than their
   * floatSortKey: a walk for a small page in an order other than by average leaves the key of each of its ten
   * thousand averages unmade (a tenth of the query), and `keysAbove` compares raw averages with care instead.
   */
  rawKeys = false;
  nCurrent = 0;
  nPrevious = 0;

  constructor(readonly capacity: number) {
    this.number = new Int32Array(capacity);
    this.values = new Float64Array(capacity * FIELDS);
    this.keys = new Float64Array(capacity);
    this.previousKeys = new Float64Array(capacity);
    this.rows = new Int32Array(capacity * 2);
  }

  /** Position p's sum of talk shares: added up now, row by row in table order, if the walk left it. */
  talkSum(p: number): number {
    const shares = this.talkShares;
    if (shares === null) return this.values[p * FIELDS + T_TALK_SUM]!;
    let sum = 0;
    for (let r = this.rows[2 * p]!, end = this.rows[2 * p + 1]!; r < end; r++) sum += shares[r]!;
    return sum;
  }

  /** Appends a ranked user with its current sums and previous rank key (NaN when unranked then), and its average. */
  add(k: number, count: number, sum: number, duration: number, talkSum: number, talkCount: number, previousKey: number): void {
    const p = this.nCurrent++;
    this.number[p] = k;
    const v = this.values;
    const j = p * FIELDS;
    v[j + T_COUNT] = count;
    v[j + T_SUM] = sum;
    v[j + T_DURATION] = duration;
    v[j + T_TALK_SUM] = talkSum;
    v[j + T_TALK_COUNT] = talkCount;
    v[j + T_PREVIOUS_KEY] = previousKey;
    const avg = sum / count;
    const key = floatSortKey(avg);
    v[j + T_AVG] = avg;
    v[j + T_KEY] = key;
    this.keys[p] = key;
  }
}

const FIELDS = 8;
const T_COUNT = 0;
const T_SUM = 1;
const T_DURATION = 2;
const T_TALK_SUM = 3;
const T_TALK_COUNT = 4;
/** The average score and its rank key (`floatSortKey`). */
const T_AVG = 5;
const T_KEY = 6;
/** The previous period's rank key, NaN when the user had no scored attempt then. */
const T_PREVIOUS_KEY = 7;

// One spare Totals per dataset, taken out of the map while a query uses it (a query that starts meanwhile, not expected
// since the engine runs one query to its end, finds none and allocates its own): a query writes every value it reads,
// so nothing is cleared, and ten org-sized arrays are not allocated per call.
const spareTotals = new WeakMap<MockDataset, Totals>();

function takeTotals(dataset: MockDataset, n: number): Totals {
  const spare = spareTotals.get(dataset);
  if (spare !== undefined && spare.capacity >= n) {
    spareTotals.delete(dataset);
    return spare;
  }
  return new Totals(n);
}

/** Answers `leaderboard` (seed 002 `mv_leaderboard_month` ranked with `rank()`), with the previous period's rank. */
export function leaderboard(ctx: EngineContext, params: QueryParams<'leaderboard'>): QueryResult<'leaderboard'> {
  const { dataset, clock } = ctx;
  const period = leaderboardPeriod(params);
  const index = leaderboardIndex(dataset, ctx.org);
  const candidates = candidateNumbers(ctx, index);
  const totals = takeTotals(dataset, candidates === null ? index.users.length : candidates.length);
  const bounds = [period.previousFrom, period.from, period.to].map((d) => clock.dayStartUtc(dayNumberOf(d))) as [number, number, number];
  totals.talkShares = null;
  totals.rawKeys = false;
  const { field, descending } = parseSort(params.sort);
  // A week or month of the whole org is read from the view of every such period (seed 002's mv_leaderboard_month).
  if (ctx.activityMask === null && candidates === null && params.period !== 'range') {
    const view = leaderboardPeriodView(dataset, ctx.org, index, params.timezone, params.period);
    const current = periodAt(view, bounds[1], bounds[2]);
    const previous = periodAt(view, bounds[0], bounds[1]);
    if (current !== NOT_A_PERIOD && previous !== NOT_A_PERIOD) {
      if (field === 'rank' && !descending) {
        spareTotals.set(dataset, totals);
        return { period, ...viewPageByRank(index, view, current, previous, params.offset, params.limit) };
      }
      fillFromView(view, current, previous, totals);
      return { period, total: totals.nCurrent, rows: pageOf(dataset, index, totals, params, field, descending) };
    }
  }
  // Talk shares added up by the walk for a page that may hold most users, else only for the rows shown.
  const talkNow = params.limit === undefined || field === 'avgTalkPercentage';
  if (ctx.activityMask !== null) sumPeriodsOfActivities(index, candidates, bounds, ctx.activityMask, totals);
  else if (candidates === null && scanBeatsWalk(ctx, index, bounds)) scanPeriods(ctx, index, bounds, totals);
  else if (index.exactSums) walkPeriods(index, candidates, bounds, talkNow, rawKeysWillDo(index, params, field), totals);
  else sumPeriods(index, candidates, bounds, totals);
  return { period, total: totals.nCurrent, rows: pageOf(dataset, index, totals, params, field, descending) };
}

// The page of the summed `totals` in the asked order; gives `totals` back for the next query.
function pageOf(
  dataset: MockDataset, index: LeaderboardIndex, totals: Totals, params: QueryParams<'leaderboard'>, field: SortField, descending: boolean,
): Row[] {
  const offset = params.offset;
  const nCurrent = totals.nCurrent;
  const wanted = params.limit === undefined ? nCurrent : Math.min(nCurrent, offset + params.limit);
  const order =
    field === 'displayName'
      ? byDisplayName(dataset, index.users, totals, descending, wanted)
      : byNumber(totals, field, descending, wanted);
  const byRank = field === 'rank' && !descending;
  // Raw averages are ranked by `keysAbove` only, which pageRows uses (a page of raw averages holds fewer than FEW_QUERIES rows).
  const wide = !totals.rawKeys && (order.length - offset) * WIDE_PAGE >= nCurrent;
  const rows = wide ? widePageRows(index, totals, order, offset, byRank) : pageRows(dataset, index.users, totals, order, offset, byRank);
  spareTotals.set(dataset, totals);
  return rows;
}

// Raw averages can stand for the rank keys (Totals.rawKeys) where only `keysAbove`'s few-query count compares them (a
// page smaller than FEW_QUERIES in an order other than by average) and every average is small enough for RAW_BAND.
function rawKeysWillDo(index: LeaderboardIndex, params: QueryParams<'leaderboard'>, field: SortField): boolean {
  return field !== 'rank' && field !== 'avgScore' && params.limit !== undefined && params.limit < FEW_QUERIES && index.scoreMagnitude < RAW_LIMIT;
}

// Per entry of the current period, its learner's entry in the previous one, -1 when unranked then: both periods'
// entries are in user-number order, so one merge pairs them.
function previousEntries(view: LeaderboardPeriodView, [lo, hi]: [number, number], [plo, phi]: [number, number]): Int32Array {
  const number = view.number;
  const out = new Int32Array(hi - lo).fill(-1);
  let pe = plo;
  for (let e = lo; e < hi; e++) {
    const k = number[e]!;
    while (pe < phi && number[pe]! < k) pe++;
    if (pe < phi && number[pe] === k) out[e - lo] = pe;
  }
  return out;
}

// The board by rank, read from the view: its entries' order and ranks are the view's.
function viewPageByRank(
  index: LeaderboardIndex, view: LeaderboardPeriodView, current: number, previous: number, offset: number, limit: number | undefined,
): { total: number; rows: Row[] } {
  const [lo, hi] = entriesOf(view, current);
  const total = hi - lo;
  const before = previousEntries(view, [lo, hi], entriesOf(view, previous));
  const end = limit === undefined ? total : Math.min(total, offset + limit);
  const rows: Row[] = new Array(Math.max(0, end - offset));
  const { byRank, number, rank, sum, count, duration, talkSum, talks } = view;
  const names = index.names;
  for (let q = offset; q < end; q++) {
    const e = byRank[lo + q]!;
    const k = number[e]!;
    const n = count[e]!;
    const t = talks[e]!;
    const pe = before[e - lo]!;
    rows[q - offset] = new LeaderboardRow(rank[e]!, names[2 * k]!, names[2 * k + 1]!, sum[e]! / n, n, duration[e]!, t > 0 ? talkSum[e]! / t : null, pe >= 0 ? rank[pe]! : null);
  }
  return { total, rows };
}

// The view's current period into `totals`, with each learner's previous rank key, for an order other than by rank.
function fillFromView(view: LeaderboardPeriodView, current: number, previous: number, totals: Totals): void {
  const [lo, hi] = entriesOf(view, current);
  const [plo, phi] = entriesOf(view, previous);
  const before = previousEntries(view, [lo, hi], [plo, phi]);
  const { number, key, count, sum, duration, talkSum, talks } = view;
  totals.nCurrent = 0;
  totals.nPrevious = phi - plo;
  totals.previousKeys.set(key.subarray(plo, phi));
  for (let e = lo; e < hi; e++) {
    const pe = before[e - lo]!;
    totals.add(number[e]!, count[e]!, sum[e]!, duration[e]!, talkSum[e]!, talks[e]!, pe >= 0 ? key[pe]! : NaN);
  }
}

// The numbers of the users a query may rank, ascending (user-id order), or null for every user of the index: a
// manager's or learner's query visits its few users' rows only.
function candidateNumbers(ctx: EngineContext, index: LeaderboardIndex): Int32Array | null {
  if (ctx.users === null) return null;
  const numbers = new Int32Array(ctx.users.length);
  let n = 0;
  for (const u of ctx.users) {
    const k = index.numberOf[u]!;
    if (k >= 0) numbers[n++] = k;
  }
  return numbers.subarray(0, n).sort();
}

// The first of a user's rows [lo, hi) started at or after t. Periods usually end near the latest rows, so the search
// gallops back from the end (a few steps over the rows it passes), then halves the last stride.
function firstAtOrAfter(time: Float64Array, lo: number, hi: number, t: number): number {
  if (hi === lo || time[hi - 1]! < t) return hi;
  let at = hi - 1; // time[at] >= t
  let step = 1;
  while (at - step >= lo && time[at - step]! >= t) {
    at -= step;
    step *= 2;
  }
  let below = at - step < lo ? lo - 1 : at - step; // time[below] < t, or below the rows
  while (at - below > 1) {
    const mid = (below + at) >> 1;
    if (time[mid]! >= t) at = mid;
    else below = mid;
  }
  return at;
}

// Each user's rows of [previousFrom, from) and [from, to), added in row order into locals. In a function of its own:
// V8 optimizes a hot loop on its own (on-stack replacement) and, when the loop shares a function with the code after
// it, leaves that code to the interpreter on every call until the whole function is optimized.
function sumPeriods(index: LeaderboardIndex, candidates: Int32Array | null, bounds: [number, number, number], totals: Totals): void {
  const { starts, time, score, duration, talkShare, talked } = index;
  const [t0, t1, t2] = bounds;
  const n = candidates === null ? index.users.length : candidates.length;
  totals.nCurrent = 0;
  totals.nPrevious = 0;
  let nPrevious = 0;
  for (let q = 0; q < n; q++) {
    const k = candidates === null ? q : candidates[q]!;
    const lo = starts[k]!;
    const hi = starts[k + 1]!;
    if (hi === lo || time[hi - 1]! < t0) continue;
    const c = firstAtOrAfter(time, lo, hi, t2);
    const b = firstAtOrAfter(time, lo, c, t1);
    const a = firstAtOrAfter(time, lo, b, t0);
    let previousKey = NaN;
    if (b > a) {
      let sum = 0;
      for (let r = a; r < b; r++) sum += score[r]!;
      previousKey = floatSortKey(sum / (b - a));
      totals.previousKeys[nPrevious++] = previousKey;
      totals.nPrevious = nPrevious;
    }
    if (c > b) {
      let sum = 0;
      let dur = 0;
      let talk = 0;
      for (let r = b; r < c; r++) {
        sum += score[r]!;
        dur += duration[r]!;
        talk += talkShare[r]!;
      }
      totals.add(k, c - b, sum, dur, talk, talked[c]! - talked[b]!, previousKey);
    }
  }
  // Nothing after the loop (see walkPeriods).
}

const LINEAR_ROWS = 32;

// The first of rows [lo, hi) (ascending) at or after t, or hi, by halving: each step moves `base` by arithmetic on
// the comparison rather than by a branch, so no step mispredicts. The answer stays in [base, base + n].
function firstAtOrAfterHalving(time: Float64Array, lo: number, hi: number, t: number): number {
  let base = lo;
  let n = hi - lo;
  if (n === 0) return lo;
  while (n > 1) {
    const half = n >>> 1;
    base += half * +(time[base + half - 1]! < t);
    n -= half;
  }
  return base + +(time[base]! < t);
}

// `sumPeriods` when the running sums are exact (`exactSums`): a period's count, score and duration sums are
// differences of running sums. Talk shares are added up here when `talkNow` (most rows will show them), else left to
// `Totals.talkSum`.
function walkPeriods(
  index: LeaderboardIndex, candidates: Int32Array | null, bounds: [number, number, number], talkNow: boolean, rawKeys: boolean, totals: Totals,
): void {
  const { starts, time, scoreBefore, durationBefore, talked, talkShare } = index;
  const [t0, t1, t2] = bounds;
  const n = candidates === null ? index.users.length : candidates.length;
  const { previousKeys, rows, number, values, keys } = totals;
  totals.talkShares = talkNow ? null : talkShare;
  totals.rawKeys = rawKeys;
  totals.nCurrent = 0;
  totals.nPrevious = 0;
  let nCurrent = 0;
  let nPrevious = 0;
  for (let q = 0; q < n; q++) {
    const k = candidates === null ? q : candidates[q]!;
    const lo = starts[k]!;
    const hi = starts[k + 1]!;
    let a: number;
    let b: number;
    let c: number;
    if (hi > lo && time[lo]! >= t0) {
      // All the user's rows lie at or after t0 (a long range, a young org): the other two bounds are found by halving
      // without branches, a few steps each, where counting back would read every row.
      a = lo;
      c = time[hi - 1]! < t2 ? hi : firstAtOrAfterHalving(time, lo, hi, t2);
      b = firstAtOrAfterHalving(time, lo, c, t1);
    } else {
      // The periods usually hold a user's last few rows: counted back from the end, by a loop whose only unforeseeable
      // branch is its end (three searches mispredict several), up to LINEAR_ROWS rows, then searched.
      const stop = hi - lo > LINEAR_ROWS ? hi - LINEAR_ROWS : lo;
      let r = hi;
      let fromCurrent = 0; // rows at or after t1
      let fromNext = 0; // rows at or after t2
      while (r > stop && time[r - 1]! >= t0) {
        const t = time[--r]!;
        fromNext += +(t >= t2);
        fromCurrent += +(t >= t1);
      }
      a = r;
      b = hi - fromCurrent;
      c = hi - fromNext;
      if (r === stop && r > lo && time[r - 1]! >= t0) {
        c = firstAtOrAfter(time, lo, hi, t2);
        b = firstAtOrAfter(time, lo, c, t1);
        a = firstAtOrAfter(time, lo, b, t0);
      }
    }
    if (a === c) continue;
    let previousKey = NaN;
    if (b > a) {
      const previousAvg = (scoreBefore[b]! - scoreBefore[a]!) / (b - a);
      previousKey = rawKeys ? previousAvg : floatSortKey(previousAvg);
      previousKeys[nPrevious++] = previousKey;
      totals.nPrevious = nPrevious;
    }
    if (c > b) {
      const p = nCurrent++;
      rows[2 * p] = b;
      rows[2 * p + 1] = c;
      number[p] = k;
      const j = p * FIELDS;
      const sum = scoreBefore[c]! - scoreBefore[b]!;
      const avg = sum / (c - b);
      const key = rawKeys ? avg : floatSortKey(avg);
      values[j + T_COUNT] = c - b;
      values[j + T_SUM] = sum;
      values[j + T_DURATION] = durationBefore[c]! - durationBefore[b]!;
      values[j + T_TALK_COUNT] = talked[c]! - talked[b]!;
      values[j + T_PREVIOUS_KEY] = previousKey;
      values[j + T_AVG] = avg;
      values[j + T_KEY] = key;
      keys[p] = key;
      if (talkNow) {
        let talk = 0;
        for (let i = b; i < c; i++) talk += talkShare[i]!;
        values[j + T_TALK_SUM] = talk;
      }
      totals.nCurrent = nCurrent;
    }
  }
  // Nothing after the loop but the return. V8 compiles a hot loop on its own while the function runs (on-stack
  // replacement), before the code after the loop has ever run: such code, reached, throws the loop back to the
  // interpreter, and V8 reuses that compiled loop on the next call, so every call would pay it again.
}

// `sumPeriods` counting only the rows of the selected activities.
function sumPeriodsOfActivities(
  index: LeaderboardIndex,
  candidates: Int32Array | null,
  bounds: [number, number, number],
  selected: Uint8Array,
  totals: Totals,
): void {
  const { starts, time, score, duration, talkShare, talked, activity } = index;
  const [t0, t1, t2] = bounds;
  const n = candidates === null ? index.users.length : candidates.length;
  totals.nCurrent = 0;
  totals.nPrevious = 0;
  let nPrevious = 0;
  for (let q = 0; q < n; q++) {
    const k = candidates === null ? q : candidates[q]!;
    const lo = starts[k]!;
    const hi = starts[k + 1]!;
    if (hi === lo || time[hi - 1]! < t0) continue;
    const c = firstAtOrAfter(time, lo, hi, t2);
    const b = firstAtOrAfter(time, lo, c, t1);
    const a = firstAtOrAfter(time, lo, b, t0);
    let previousKey = NaN;
    let count = 0;
    let sum = 0;
    for (let r = a; r < b; r++) {
      if (selected[activity[r]!] === 0) continue;
      count++;
      sum += score[r]!;
    }
    if (count > 0) {
      previousKey = floatSortKey(sum / count);
      totals.previousKeys[nPrevious++] = previousKey;
      totals.nPrevious = nPrevious;
    }
    count = 0;
    sum = 0;
    let dur = 0;
    let talk = 0;
    let talks = 0;
    for (let r = b; r < c; r++) {
      if (selected[activity[r]!] === 0) continue;
      count++;
      sum += score[r]!;
      dur += duration[r]!;
      talk += talkShare[r]!;
      talks += talked[r + 1]! - talked[r]!;
    }
    if (count > 0) {
      totals.add(k, count, sum, dur, talk, talks, previousKey);
    }
  }
  // Nothing after the loop (see walkPeriods).
}

// Walking every user costs a few searches per user, scanning the org's rows in time order a few loads per row and a
// table of sums as large as the org: the scan wins when the periods hold few rows per user (a month of an org of
// 10,000 learners), the walk when they hold many (a small org, or a long range).
const SCAN_ROWS_PER_USER = 12;

function scanBeatsWalk(ctx: EngineContext, index: LeaderboardIndex, bounds: [number, number, number]): boolean {
  const { start, end } = timeSlice(ctx.dataset.attempts.startedAt, ctx.dataset.ranges.attempts[ctx.org]!, bounds[0], bounds[2]);
  // Below 2^26 rows a count packed with its talks stays exact (see scanCurrent).
  return end - start < SCAN_ROWS_PER_USER * index.users.length && end - start < TALKS;
}

// Per-user sums for the scan, by user number, in two tables sized to the org (an org of 10,000 learners names them in
// no order, so the fewer cache lines they span, the fewer a row misses): the previous period's count and score sum,
// two numbers a user; the current period's four. A current count packs the rows with talk time in its high part
// (count + talks × 2^26, exact while either is below 2^26), so a row adds its talk bit without a branch. The spare
// number (unscored rows) is summed and thrown away. The talk shares of rows without talk time (NaN or ±Infinity) go to
// four slots past the users (which one turns with the row, so no one slot chains every add), chosen by arithmetic on
// the talk bit rather than by a branch taken at random.
const CURRENT = 4;
const COUNT = 0;
const SUM = 1;
const DURATION = 2;
const TALK_SUM = 3;
const PREVIOUS = 2;
const TALKS = 2 ** 26;

// The two tables, one spare pair per dataset, zeroed by the query that used them (as it reads them) before it gives
// them back.
const spareTables = new WeakMap<MockDataset, { current: Float64Array; previous: Float64Array }>();

function scanPeriods(ctx: EngineContext, index: LeaderboardIndex, bounds: [number, number, number], totals: Totals): void {
  const { dataset } = ctx;
  const n = index.users.length;
  let tables = spareTables.get(dataset);
  if (tables === undefined || tables.previous.length < (n + 1) * PREVIOUS) {
    tables = { current: new Float64Array((n + 2) * CURRENT), previous: new Float64Array((n + 1) * PREVIOUS) };
  } else spareTables.delete(dataset);
  const range = dataset.ranges.attempts[ctx.org]!;
  const { start, end } = timeSlice(dataset.attempts.startedAt, range, bounds[0], bounds[2]);
  const boundary = lowerBound(dataset.attempts.startedAt, start, end, bounds[1]);
  scanPrevious(ctx, index, range.start, start, boundary, tables.previous);
  scanCurrent(ctx, index, range.start, boundary, end, tables.current, (n + 1) * CURRENT);
  collectScanned(tables.current, tables.previous, n, totals);
  spareTables.set(dataset, tables);
}

// The scans, each in a function of its own (see sumPeriods). Attempts are sorted by start, so the previous period is
// the rows before the boundary and the current one the rows from it. No branch depends on a row's values.
function scanPrevious(ctx: EngineContext, index: LeaderboardIndex, base: number, start: number, end: number, sums: Float64Array): void {
  const score = ctx.dataset.attempts.score;
  const code = index.code;
  for (let i = start; i < end; i++) {
    const j = code[i - base]! & -2; // number × PREVIOUS
    sums[j]! += 1;
    sums[j + 1]! += score[i]!;
  }
}

function scanCurrent(ctx: EngineContext, index: LeaderboardIndex, base: number, start: number, end: number, sums: Float64Array, spill: number): void {
  const a = ctx.dataset.attempts;
  const score = a.score;
  const duration = a.duration;
  const talkMs = a.talkMs;
  const listenMs = a.listenMs;
  const code = index.code;
  for (let i = start; i < end; i++) {
    const c = code[i - base]!;
    const talked = c & 1;
    const j = (c - talked) << 1; // number × CURRENT
    sums[j + COUNT]! += 1 + talked * TALKS;
    sums[j + SUM]! += score[i]!;
    const d = duration[i]!;
    if (d === d) sums[j + DURATION]! += d; // rarely missing: a branch nearly always taken costs nothing
    const t = talkMs[i]!;
    const lost = spill + (i & 3);
    sums[lost + talked * (j + TALK_SUM - lost)]! += (t / (t + listenMs[i]!)) * 100;
  }
}

// The scanned sums into `totals`, users in number (user-id) order, zeroing what it read.
function collectScanned(current: Float64Array, previous: Float64Array, n: number, totals: Totals): void {
  current.fill(0, n * CURRENT, (n + 2) * CURRENT); // the spare and the spilled shares
  previous.fill(0, n * PREVIOUS, (n + 1) * PREVIOUS);
  totals.nCurrent = 0;
  totals.nPrevious = 0;
  let nPrevious = 0;
  for (let k = 0; k < n; k++) {
    const j = k * CURRENT;
    const packed = current[j + COUNT]!;
    const previousCount = previous[k * PREVIOUS]!;
    if (packed === 0 && previousCount === 0) continue;
    let previousKey = NaN;
    if (previousCount > 0) {
      previousKey = floatSortKey(previous[k * PREVIOUS + 1]! / previousCount);
      totals.previousKeys[nPrevious++] = previousKey;
      totals.nPrevious = nPrevious;
      previous[k * PREVIOUS] = 0;
      previous[k * PREVIOUS + 1] = 0;
    }
    if (packed > 0) {
      const talks = Math.floor(packed / TALKS);
      totals.add(k, packed - talks * TALKS, current[j + SUM]!, current[j + DURATION]!, current[j + TALK_SUM]!, talks, previousKey);
      current[j] = 0;
      current[j + 1] = 0;
      current[j + 2] = 0;
      current[j + 3] = 0;
    }
  }
  // Nothing after the loop (see walkPeriods).
}

// Display names compare as text, ties by user id. Returns positions in `totals`.
function byDisplayName(dataset: MockDataset, users: Int32Array, totals: Totals, descending: boolean, wanted: number): Int32Array {
  const { userIds, displayNames } = datasetIndex(dataset);
  const number = totals.number;
  const sorted = Array.from({ length: totals.nCurrent }, (_, p) => p);
  sorted.sort((x, y) => {
    const ux = users[number[x]!]!;
    const uy = users[number[y]!]!;
    const c = compareText(displayNames[ux]!, displayNames[uy]!);
    return (descending ? -c : c) || compareText(userIds[ux]!, userIds[uy]!);
  });
  return Int32Array.from(sorted.slice(0, wanted));
}

// A numeric key per ranked user, ties by user id: positions are in user-id order, so a position is the tie. A top-K
// heap for a small page, a bucket sort for a large one. Returns positions in `totals`.
function byNumber(totals: Totals, field: Exclude<SortField, 'displayName'>, descending: boolean, wanted: number): Int32Array {
  const nCurrent = totals.nCurrent;
  const keys = new Float64Array(nCurrent);
  // Rank ascending is average descending; rank descending, average ascending. Missing talk shares sort last.
  const flip = (field === 'rank') !== descending;
  const values = totals.values;
  if (field === 'avgTalkPercentage') {
    for (let p = 0; p < nCurrent; p++) {
      const n = values[p * FIELDS + T_TALK_COUNT]!;
      const v = n > 0 ? floatSortKey(totals.talkSum(p) / n) : NaN;
      keys[p] = v !== v ? Infinity : descending ? -v : v;
    }
  } else if (field === 'totalDurationSeconds') {
    for (let p = 0; p < nCurrent; p++) {
      const v = floatSortKey(values[p * FIELDS + T_DURATION]!);
      keys[p] = flip ? -v : v;
    }
  } else if (field === 'attempts') {
    for (let p = 0; p < nCurrent; p++) {
      const v = values[p * FIELDS + T_COUNT]!;
      keys[p] = flip ? -v : v;
    }
  } else {
    const key = totals.keys;
    for (let p = 0; p < nCurrent; p++) keys[p] = flip ? -key[p]! : key[p]!;
  }
  if (wanted * 8 >= nCurrent) return bucketOrder(keys, null, nCurrent).subarray(0, wanted); // keeps equal keys in id order
  const ties = new Int32Array(nCurrent);
  for (let p = 0; p < nCurrent; p++) ties[p] = p;
  return orderByKey(keys, ties, nCurrent, wanted);
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

// A page holding at least 1 / WIDE_PAGE of the ranked users is built in position order.
const WIDE_PAGE = 4;

// `pageRows` for a page of most ranked users (a whole org's month): its numbers are worked out and its rows made in
// position order, the order the totals, the users and their names sit in memory, then put in page order. In page order
// (no order in memory) each row's reads would miss the cache a few times: most of the cost, at thousands of rows.
function widePageRows(index: LeaderboardIndex, totals: Totals, order: Int32Array, offset: number, byRank: boolean): Row[] {
  const rankOf = byRank ? ranksInOrder(totals.keys, order, offset) : ranksCounted(totals, order, offset);
  const made = rowsByPosition(index, totals, rankOf);
  return inPageOrder(made, order, offset);
}

// Each step below is a function of its own whose last statement is its loop (see walkPeriods).

// Per position, its rank if on the page, else 0: in rank order a row's rank follows from the one before it (1 + the
// rows above, which all have a higher average).
function ranksInOrder(keys: Float64Array, order: Int32Array, offset: number): Int32Array {
  const rankOf = new Int32Array(keys.length);
  let rank = 0;
  let before = NaN;
  for (let q = 0; q < order.length; q++) {
    const p = order[q]!;
    const key = keys[p]!;
    if (q === 0 || key !== before) rank = q + 1;
    before = key;
    rankOf[p] = q >= offset ? rank : 0;
  }
  return rankOf;
}

// `ranksInOrder` for other orders: 1 + the keys that beat the row's.
function ranksCounted(totals: Totals, order: Int32Array, offset: number): Int32Array {
  const rankOf = new Int32Array(totals.keys.length);
  for (let q = offset; q < order.length; q++) rankOf[order[q]!] = 1;
  return countRanks(new GreaterCounter(totals.keys, totals.nCurrent), totals.keys, rankOf, totals.nCurrent);
}

function countRanks(counter: GreaterCounter, keys: Float64Array, rankOf: Int32Array, n: number): Int32Array {
  for (let p = 0; p < n; p++) rankOf[p] = rankOf[p] === 0 ? 0 : 1 + counter.greater(keys[p]!);
  return rankOf;
}

// The rows of the positions with a rank, by position (others left empty).
function rowsByPosition(index: LeaderboardIndex, totals: Totals, rankOf: Int32Array): Row[] {
  const nCurrent = totals.nCurrent;
  const { number, values } = totals;
  // With no previous period every previous key is NaN, and the counter (then empty) is never asked.
  const previous = new GreaterCounter(totals.previousKeys, totals.nPrevious);
  const names = index.names;
  const made: Row[] = new Array(nCurrent);
  for (let p = 0; p < nCurrent; p++) {
    const rank = rankOf[p]!;
    if (rank === 0) continue;
    const j = p * FIELDS;
    const k = number[p]!;
    const talks = values[j + T_TALK_COUNT]!;
    const previousKey = values[j + T_PREVIOUS_KEY]!;
    made[p] = new LeaderboardRow(
      rank,
      names[2 * k]!,
      names[2 * k + 1]!,
      values[j + T_AVG]!,
      values[j + T_COUNT]!,
      values[j + T_DURATION]!,
      talks > 0 ? totals.talkSum(p) / talks : null,
      previousKey === previousKey ? 1 + previous.greater(previousKey) : null,
    );
  }
  return made;
}

function inPageOrder(made: Row[], order: Int32Array, offset: number): Row[] {
  const rows: Row[] = new Array(Math.max(0, order.length - offset));
  for (let r = 0; r < rows.length; r++) rows[r] = made[order[offset + r]!]!;
  return rows;
}

// `order` holds positions in `totals`, the page's from `offset` on.
function pageRows(dataset: MockDataset, users: Int32Array, totals: Totals, order: Int32Array, offset: number, byRank: boolean): Row[] {
  const ranks = pageRanks(totals, order, offset, byRank);
  const previousRanks = pagePreviousRanks(totals, order, offset);
  const { userIds, displayNames } = datasetIndex(dataset);
  const { number, values } = totals;
  const rows: Row[] = new Array(ranks.length);
  for (let r = 0; r < ranks.length; r++) {
    const p = order[offset + r]!;
    const j = p * FIELDS;
    const u = users[number[p]!]!;
    const talks = values[j + T_TALK_COUNT]!;
    const previous = previousRanks[r]!;
    rows[r] = new LeaderboardRow(
      ranks[r]!,
      userIds[u]!,
      displayNames[u]!,
      values[j + T_AVG]!,
      values[j + T_COUNT]!,
      values[j + T_DURATION]!,
      talks > 0 ? totals.talkSum(p) / talks : null,
      previous > 0 ? previous : null,
    );
  }
  return rows;
}

// The current rank of each row of the page (order[offset …]). In rank order a row's rank follows from the one before
// it (1 + the rows above, which all have a higher average); other orders count the keys that beat the row's.
function pageRanks(totals: Totals, order: Int32Array, offset: number, byRank: boolean): Int32Array {
  const keys = totals.keys;
  const ranks = new Int32Array(Math.max(0, order.length - offset));
  if (byRank) {
    let rank = 0;
    let before = NaN;
    for (let q = 0; q < order.length; q++) {
      const key = keys[order[q]!]!;
      if (q === 0 || key !== before) rank = q + 1;
      before = key;
      if (q >= offset) ranks[q - offset] = rank;
    }
  } else {
    const mine = new Float64Array(ranks.length);
    for (let q = offset; q < order.length; q++) mine[q - offset] = keys[order[q]!]!;
    const above = keysAbove(keys, totals.nCurrent, mine, totals.rawKeys);
    for (let r = 0; r < ranks.length; r++) ranks[r] = 1 + above[r]!;
  }
  return ranks;
}

// The previous period's rank of each row of the page, 0 for a user unranked then: only the page's users are ranked,
// by how many previous keys beat theirs.
function pagePreviousRanks(totals: Totals, order: Int32Array, offset: number): Int32Array {
  const ranks = new Int32Array(Math.max(0, order.length - offset));
  if (totals.nPrevious === 0) return ranks;
  const mine = new Float64Array(ranks.length);
  const values = totals.values;
  for (let q = offset; q < order.length; q++) mine[q - offset] = values[order[q]! * FIELDS + T_PREVIOUS_KEY]!;
  const above = keysAbove(totals.previousKeys, totals.nPrevious, mine, totals.rawKeys);
  for (let r = 0; r < ranks.length; r++) {
    const k = mine[r]!;
    if (k === k) ranks[r] = 1 + above[r]!;
  }
  return ranks;
}
