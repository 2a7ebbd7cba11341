import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareNullsLast, compareText } from '../compare.js';
import { lowerBound, timeSlice, type EngineContext } from '../context.js';
import { floatSortKey, medianInPlace, sampleStddev } from '../stats.js';
import { attemptRowsByUser } from '../userRows.js';
import { GRID_KEYS, insightsIndex, UNSCORED, type InsightsIndex } from './activityInsightsIndex.js';

type Row = QueryResult<'activityInsights'>['rows'][number];
type SortField = Exclude<QueryParams<'activityInsights'>['sort'], `-${string}`>;

// Scores on the half-step grid (every score of the org, see activityInsightsIndex.ts) are counted per activity in
// GRID_KEYS buckets of key = score × 2, so count, sum, deviation and median all come from a histogram.

function sortValue(row: Row, field: SortField): number | null {
  if (field === 'lastAttemptedAt') return row.lastAttemptedAt === null ? null : Date.parse(row.lastAttemptedAt);
  return field === 'attemptCount' ? row[field] : floatSortKey(row[field]);
}

/** The rank-th smallest score (0-based) in one activity's histogram hist[base, base + GRID_KEYS). */
function gridValueAt(hist: Int32Array, base: number, rank: number): number {
  let seen = 0;
  for (let key = 0; key < GRID_KEYS; key++) {
    seen += hist[base + key]!;
    if (seen > rank) return key / 2;
  }
  return NaN; // unreachable: rank < the histogram's total
}

/** Per local activity of the org's index: its histogram of score keys, duration sums and counts, latest end. */
interface GridSums {
  hist: Int32Array;
  durationSum: Float64Array;
  durationCount: Int32Array;
  lastEnded: Float64Array;
}

// The scans, each in a function of its own (V8 optimizes a hot loop best alone). Each reads the index's cell column
// (activity and score key in one 16-bit number, unscored rows marked) instead of the activity and score columns.

/** Adds the rows [from, to), every one of them, or those of users with userMask[user] = 1. */
function scanRows(index: InsightsIndex, ctx: EngineContext, from: number, to: number, into: GridSums): void {
  const { user, duration, endedAt } = ctx.dataset.attempts;
  const userMask = ctx.userMask;
  const { cell, cellActivity, first } = index;
  const { hist, durationSum, durationCount, lastEnded } = into;
  for (let i = from; i < to; i++) {
    const c = cell[i - first]!;
    if (c === UNSCORED) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    hist[c]!++;
    const a = cellActivity[c]!;
    const d = duration[i]!;
    if (d === d) {
      durationSum[a]! += d;
      durationCount[a]!++;
    }
    const e = endedAt[i]!;
    if (e > lastEnded[a]!) lastEnded[a] = e;
  }
}

/**
 * Adds the rows in [from, to) of each user of `users`, read through the per-user attempt index: a few learners' rows
 * instead of the whole org's. Users' rows come one user after another, so only where sums are exact in any order.
 */
function scanUsers(index: InsightsIndex, ctx: EngineContext, users: Int32Array, from: number, to: number, into: GridSums): void {
  const { duration, endedAt } = ctx.dataset.attempts;
  const { offsets, rows } = attemptRowsByUser(ctx.dataset);
  const { cell, cellActivity, first } = index;
  const { hist, durationSum, durationCount, lastEnded } = into;
  for (let k = 0; k < users.length; k++) {
    const u = users[k]!;
    const stop = offsets[u + 1]!;
    for (let j = lowerBound(rows, offsets[u]!, stop, from); j < stop; j++) {
      const i = rows[j]!;
      if (i >= to) break;
      const c = cell[i - first]!;
      if (c === UNSCORED) continue;
      hist[c]!++;
      const a = cellActivity[c]!;
      const d = duration[i]!;
      if (d === d) {
        durationSum[a]! += d;
        durationCount[a]!++;
      }
      const e = endedAt[i]!;
      if (e > lastEnded[a]!) lastEnded[a] = e;
    }
  }
}

/**
 * Every selected row's sums, through the index: without a user mask, the checkpoints bracketing the range give
 * whole blocks at once (a difference of running counts, the blocks' latest ends) and only the rows at its two ends
 * are read; a few selected learners' rows are read user by user; otherwise the range is scanned.
 */
function gridSums(index: InsightsIndex, ctx: EngineContext, start: number, end: number): GridSums {
  const nActs = index.activities.length;
  const nCells = nActs * GRID_KEYS;
  const sums: GridSums = {
    hist: new Int32Array(nCells),
    durationSum: new Float64Array(nActs),
    durationCount: new Int32Array(nActs),
    lastEnded: new Float64Array(nActs).fill(-Infinity),
  };
  const { first, block } = index;
  if (ctx.userMask === null) {
    const from = Math.ceil((start - first) / block);
    const to = Math.floor((end - first) / block);
    if (from < to && index.durationsExact) {
      const { counts, durationSum, durationCount, blockEnded } = index;
      const { hist, lastEnded } = sums;
      for (let c = 0, hi = to * nCells, lo = from * nCells; c < nCells; c++) hist[c] = counts[hi + c]! - counts[lo + c]!;
      for (let a = 0; a < nActs; a++) {
        // Whole seconds: the difference of running sums is the sum of the block's durations, exactly.
        sums.durationSum[a] = durationSum[to * nActs + a]! - durationSum[from * nActs + a]!;
        sums.durationCount[a] = durationCount[to * nActs + a]! - durationCount[from * nActs + a]!;
        let latest = -Infinity;
        for (let b = from; b < to; b++) latest = Math.max(latest, blockEnded[b * nActs + a]!);
        lastEnded[a] = latest;
      }
      scanRows(index, ctx, start, first + from * block, sums);
      scanRows(index, ctx, first + to * block, end, sums);
      return sums;
    }
  } else if (ctx.users !== null && index.durationsExact) {
    const { offsets } = attemptRowsByUser(ctx.dataset);
    let selected = 0;
    for (let k = 0; k < ctx.users.length; k++) selected += offsets[ctx.users[k]! + 1]! - offsets[ctx.users[k]!]!;
    // Reading a row through the user index costs a few times a row of the scan: worth it for a small selection.
    if (selected * 2 < end - start) {
      scanUsers(index, ctx, ctx.users, start, end, sums);
      return sums;
    }
  }
  scanRows(index, ctx, start, end, sums);
  return sums;
}

/**
 * Sample standard deviation of an activity's scores from its histogram: with keys k = 2 × score, n − 1 times the
 * variance is (n Σk² − (Σk)²) / 4n, computed in exact integers (BigInt once the product passes 2^53), so the only
 * roundings are the final division and square root, whatever the rows' order.
 */
function gridStddev(n: number, keySum: number, keySquares: number): number | null {
  if (n < 2) return null;
  const product = n * keySquares;
  const spread = product <= Number.MAX_SAFE_INTEGER ? product - keySum * keySum : Number(BigInt(n) * BigInt(keySquares) - BigInt(keySum) ** 2n);
  return Math.sqrt(spread / (4 * n) / (n - 1));
}

/** The rows of the activities with scored rows, from an org's index. */
function gridRows(index: InsightsIndex, ctx: EngineContext, start: number, end: number): Row[] {
  const { dataset, activityMask } = ctx;
  const { hist, durationSum, durationCount, lastEnded } = gridSums(index, ctx, start, end);
  const rows: Row[] = [];
  for (let a = 0; a < index.activities.length; a++) {
    const act = index.activities[a]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    const base = a * GRID_KEYS;
    let n = 0;
    let keySum = 0;
    let keySquares = 0;
    for (let key = 0; key < GRID_KEYS; key++) {
      const h = hist[base + key]!;
      n += h;
      keySum += h * key;
      keySquares += h * key * key;
    }
    if (n === 0) continue;
    // percentile_cont(0.5): the middle value, or halfway between the middle two (as medianInPlace computes it).
    const k = (n - 1) >> 1;
    const low = gridValueAt(hist, base, k);
    rows.push({
      activityId: dataset.activities[act]!.activity_id,
      activityName: dataset.activities[act]!.title,
      attemptCount: n,
      // A sum of multiples of 0.5 is exact in any order: the same average as a sum in row order.
      avgScore: keySum / 2 / n,
      scoreStddev: gridStddev(n, keySum, keySquares),
      medianScore: n % 2 === 1 ? low : low + (gridValueAt(hist, base, k + 1) - low) * 0.5,
      avgDurationSeconds: durationCount[a]! > 0 ? durationSum[a]! / durationCount[a]! : null,
      lastAttemptedAt: lastEnded[a]! > -Infinity ? new Date(lastEnded[a]!).toISOString() : null,
    });
  }
  return rows;
}

/**
 * Scores off the grid (or an org with too many activities): sums in row order, then the scores grouped by activity (a
 * counting sort, in row order) and each group's median selected.
 */
function generalRows(ctx: EngineContext, start: number, end: number): Row[] {
  const { dataset, userMask, activityMask } = ctx;
  const { user, activity, score, duration, endedAt } = dataset.attempts;
  const nActivities = dataset.activities.length;
  const count = new Int32Array(nActivities);
  const sum = new Float64Array(nActivities);
  const durationSum = new Float64Array(nActivities);
  const durationCount = new Int32Array(nActivities);
  const lastEnded = new Float64Array(nActivities).fill(-Infinity);
  const mean = new Float64Array(nActivities);
  const stddev: Array<number | null> = new Array<number | null>(nActivities).fill(null);
  const median = new Float64Array(nActivities);
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
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
  for (let act = 0; act < nActivities; act++) if (count[act]! > 0) mean[act] = sum[act]! / count[act]!;
  const offsets = new Int32Array(nActivities + 1);
  for (let act = 0; act < nActivities; act++) offsets[act + 1] = offsets[act]! + count[act]!;
  const fill = offsets.slice(0, nActivities);
  const values = new Float64Array(offsets[nActivities]!);
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    values[fill[act]!++] = s;
  }
  for (let act = 0; act < nActivities; act++) {
    if (count[act]! === 0) continue;
    const from = offsets[act]!;
    const to = offsets[act + 1]!;
    stddev[act] = sampleStddev(values, from, to, mean[act]!);
    median[act] = medianInPlace(values, from, to);
  }

  const rows: Row[] = [];
  for (let act = 0; act < nActivities; act++) {
    const n = count[act]!;
    if (n === 0) continue;
    rows.push({
      activityId: dataset.activities[act]!.activity_id,
      activityName: dataset.activities[act]!.title,
      attemptCount: n,
      avgScore: mean[act]!,
      scoreStddev: stddev[act]!,
      medianScore: median[act]!,
      avgDurationSeconds: durationCount[act]! > 0 ? durationSum[act]! / durationCount[act]! : null,
      lastAttemptedAt: lastEnded[act]! > -Infinity ? new Date(lastEnded[act]!).toISOString() : null,
    });
  }
  return rows;
}

/** Answers `activityInsights` (seed 002 `mv_scenario_insights`) over scored attempts, per activity. */
export function activityInsights(ctx: EngineContext, params: QueryParams<'activityInsights'>): QueryResult<'activityInsights'> {
  const { dataset } = ctx;
  const { start, end } = timeSlice(dataset.attempts.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const index = insightsIndex(dataset, ctx.org);
  const rows = index !== null ? gridRows(index, ctx, start, end) : generalRows(ctx, start, end);

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
