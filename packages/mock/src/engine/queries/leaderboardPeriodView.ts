import { bucketStartDay, nextBucketStartDay, zoneClock } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { orderByKey } from '../bucketOrder.js';
import { floatSortKey } from '../stats.js';
import type { LeaderboardIndex } from './leaderboardIndex.js';

/**
 * Seed 002's `mv_leaderboard_month`, for one org, time zone and kind of period (week or month): every period's per-learner
 * sums of scored attempts, and the period's ranking by `rank()` over their averages. A week's or month's leaderboard
 * of the whole org (an admin's, the dashboard's default) is then read, not summed: at 10,000 learners a month's page
 * holds about 5,000 rows, and summing both months' 70,000 attempts and ranking both cost several times building the
 * page. Built on first use from one pass over the org's rows in time order, so each sum adds the same doubles in the
 * same order as a scan of the period does (the same bits); the dataset never changes, so a view never goes stale.
 *
 * Entries of period p are [offset[p], offset[p + 1]), in user-number (user-id) order.
 */
export interface LeaderboardPeriodView {
  /** starts[p]: period p's first instant (a local midnight, epoch ms); starts[periods] ends the last one. */
  starts: Float64Array;
  offset: Int32Array;
  /** Per entry: the learner's user number in the `LeaderboardIndex`. */
  number: Int32Array;
  count: Int32Array;
  sum: Float64Array;
  duration: Float64Array;
  talkSum: Float64Array;
  /** Rows with talk time (the talk share's divisor). */
  talks: Int32Array;
  /** floatSortKey(sum / count): what ranks compare. */
  key: Float64Array;
  /** rank() over `key` descending within the period: 1 + the period's keys that are greater. */
  rank: Int32Array;
  /** Per period, its entries in rank order (ties in user-id order), as entry indexes: the page of a board by rank. */
  byRank: Int32Array;
}

function build(dataset: MockDataset, org: number, index: LeaderboardIndex, timezone: string, kind: 'week' | 'month'): LeaderboardPeriodView {
  const clock = zoneClock(timezone);
  const { startedAt, score, duration, talkMs, listenMs } = dataset.attempts;
  const range = dataset.ranges.attempts[org]!;
  const spare = index.users.length; // the number `code` gives unscored rows
  const starts: number[] = [];
  if (range.end > range.start) {
    let day = bucketStartDay(clock.localDay(startedAt[range.start]!), kind);
    const last = startedAt[range.end - 1]!;
    for (;;) {
      const t = clock.dayStartUtc(day);
      starts.push(t);
      if (t > last) break;
      day = nextBucketStartDay(day, kind);
    }
  }
  const periods = Math.max(0, starts.length - 1);
  const rows = range.end - range.start;
  // Entries never outnumber scored rows; the arrays are cut to size at the end.
  const number = new Int32Array(rows);
  const count = new Int32Array(rows);
  const sum = new Float64Array(rows);
  const dur = new Float64Array(rows);
  const talkSum = new Float64Array(rows);
  const talks = new Int32Array(rows);
  const offset = new Int32Array(periods + 1);
  // Per user number, its entry in the period being summed, or -1.
  const entryOf = new Int32Array(spare + 1).fill(-1);
  let n = 0;
  let i = range.start;
  for (let p = 0; p < periods; p++) {
    offset[p] = n;
    const end = starts[p + 1]!;
    const first = n;
    for (; i < range.end && startedAt[i]! < end; i++) {
      const c = index.code[i - range.start]!;
      const k = c >> 1;
      if (k === spare) continue;
      let e = entryOf[k]!;
      if (e < 0) {
        e = entryOf[k] = n++;
        number[e] = k;
      }
      count[e]!++;
      sum[e]! += score[i]!;
      const d = duration[i]!;
      if (d === d) dur[e]! += d;
      if (c & 1) {
        const t = talkMs[i]!;
        talkSum[e]! += (t / (t + listenMs[i]!)) * 100;
        talks[e]!++;
      }
    }
    for (let e = first; e < n; e++) entryOf[number[e]!] = -1;
    inUserOrder(first, n, number, count, sum, dur, talkSum, talks);
  }
  offset[periods] = n;
  const key = new Float64Array(n);
  for (let e = 0; e < n; e++) key[e] = floatSortKey(sum[e]! / count[e]!);
  const { rank, byRank } = rankPeriods(offset, periods, key);
  return {
    starts: Float64Array.from(starts),
    offset,
    number: number.slice(0, n),
    count: count.slice(0, n),
    sum: sum.slice(0, n),
    duration: dur.slice(0, n),
    talkSum: talkSum.slice(0, n),
    talks: talks.slice(0, n),
    key,
    rank,
    byRank,
  };
}

// A period's entries were made in the order its learners first appear; they are put in user-number order.
function inUserOrder(
  first: number, end: number, number: Int32Array, count: Int32Array, sum: Float64Array, dur: Float64Array, talkSum: Float64Array, talks: Int32Array,
): void {
  const m = end - first;
  if (m < 2) return;
  const order = Array.from({ length: m }, (_, j) => first + j).sort((x, y) => number[x]! - number[y]!);
  const columns = [number, count, sum, dur, talkSum, talks];
  for (const column of columns) {
    const copy = column.slice(first, end);
    for (let j = 0; j < m; j++) column[first + j] = copy[order[j]! - first]!;
  }
}

function rankPeriods(offset: Int32Array, periods: number, key: Float64Array): { rank: Int32Array; byRank: Int32Array } {
  const rank = new Int32Array(key.length);
  const byRank = new Int32Array(key.length);
  for (let p = 0; p < periods; p++) {
    const lo = offset[p]!;
    const m = offset[p + 1]! - lo;
    // Averages descending is the negated keys ascending; equal keys stay in entry (user-id) order.
    const negated = new Float64Array(m);
    for (let j = 0; j < m; j++) negated[j] = -key[lo + j]!;
    const order = orderByKey(negated, null, m);
    let r = 0;
    for (let q = 0; q < m; q++) {
      const e = lo + order[q]!;
      if (q === 0 || key[e] !== key[byRank[lo + q - 1]!]) r = q + 1;
      byRank[lo + q] = e;
      rank[e] = r;
    }
  }
  return { rank, byRank };
}

/**
 * Period p of the view running from `startMs` to `endMs`; NO_ROWS when the period lies outside the org's rows (it holds
 * none); NOT_A_PERIOD when the bounds are none of the view's periods (the caller sums the rows instead).
 */
export function periodAt(view: LeaderboardPeriodView, startMs: number, endMs: number): number {
  const { starts } = view;
  const last = starts.length - 1; // starts[last] only ends the last period
  if (last < 1 || endMs <= starts[0]! || startMs >= starts[last]!) return NO_ROWS;
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < startMs) lo = mid + 1;
    else hi = mid;
  }
  return lo < last && starts[lo] === startMs && starts[lo + 1] === endMs ? lo : NOT_A_PERIOD;
}

export const NO_ROWS = -1;
export const NOT_A_PERIOD = -2;

/** Entries [lo, hi) of period p (none for NO_ROWS). */
export function entriesOf(view: LeaderboardPeriodView, p: number): [number, number] {
  return p < 0 ? [0, 0] : [view.offset[p]!, view.offset[p + 1]!];
}

// A few views per dataset, the most recently used kept: one per org, zone and kind a host's dashboards ask for (their
// admins' time zones), each at most 52 bytes per scored attempt of its org (docs/mock.md).
const VIEWS_KEPT = 8;
const views = new WeakMap<MockDataset, Map<string, LeaderboardPeriodView>>();

/** The org's view for `timezone` and `kind`, built on first use (one pass over the org's rows). */
export function leaderboardPeriodView(
  dataset: MockDataset, org: number, index: LeaderboardIndex, timezone: string, kind: 'week' | 'month',
): LeaderboardPeriodView {
  let kept = views.get(dataset);
  if (kept === undefined) views.set(dataset, (kept = new Map()));
  const name = `${org} ${kind} ${timezone}`;
  let view = kept.get(name);
  if (view !== undefined) {
    kept.delete(name); // to the end: the most recently used
  } else {
    view = build(dataset, org, index, timezone, kind);
    if (kept.size >= VIEWS_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(name, view);
  return view;
}
