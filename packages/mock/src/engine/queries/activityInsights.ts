import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareNullsLast, compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { floatSortKey, medianInPlace, sampleStddev } from '../stats.js';

type Row = QueryResult<'activityInsights'>['rows'][number];
type SortField = Exclude<QueryParams<'activityInsights'>['sort'], `-${string}`>;

// Scores on a half-step grid from 0 to 100 (percent integers, IELTS half bands, 0/1 correct) are counted per activity
// in GRID_KEYS buckets of key = score × 2, so medians come from a histogram instead of a selection over every score.
const GRID_MAX_KEY = 200;
const GRID_KEYS = GRID_MAX_KEY + 1;

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

/**
 * The grid pass, in a function of its own (V8 optimizes a hot loop best alone): each selected scored row's cell in row
 * order, and the duration sums and latest end per activity. Returns how many cells, or -1 at the first score off the
 * grid (the caller then takes the general path).
 */
function gridCells(
  ctx: EngineContext,
  start: number,
  end: number,
  cells: Uint16Array,
  durationSum: Float64Array,
  durationCount: Int32Array,
  lastEnded: Float64Array,
): number {
  const { dataset, userMask, activityMask } = ctx;
  const { user, activity, score, duration, endedAt } = dataset.attempts;
  let nCells = 0;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s !== s) continue; // unscored
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    const key = s * 2; // exact, so key / 2 gives s back
    // -0 would come back as 0, so it takes the general path too.
    if (!((key | 0) === key && key >= 0 && key <= GRID_MAX_KEY && (key !== 0 || 1 / s > 0))) return -1;
    cells[nCells++] = act * GRID_KEYS + key;
    const d = duration[i]!;
    if (d === d) {
      durationSum[act]! += d;
      durationCount[act]!++;
    }
    const e = endedAt[i]!;
    if (e > lastEnded[act]!) lastEnded[act] = e;
  }
  return nCells;
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
  const mean = new Float64Array(nActivities);
  const stddev: Array<number | null> = new Array<number | null>(nActivities).fill(null);
  const median = new Float64Array(nActivities);
  // While every score is on the grid, each selected row's cell (activity × grid key), in row order. Cells are 16-bit:
  // datasets with more than 326 activities take the general path.
  const cellCount = nActivities * GRID_KEYS;
  const cells = cellCount <= 0x10000 ? new Uint16Array(end - start) : null;
  const nCells = cells === null ? -1 : gridCells(ctx, start, end, cells, durationSum, durationCount, lastEnded);
  if (cells !== null && nCells >= 0) {
    const hist = new Int32Array(cellCount);
    for (let m = 0; m < nCells; m++) hist[cells[m]!]!++;
    // Count and sum from the histogram: a sum of multiples of 0.5 is exact in any order, so it is the row-order sum.
    for (let act = 0, c = 0; act < nActivities; act++) {
      let n = 0;
      let total = 0;
      for (let key = 0; key < GRID_KEYS; key++, c++) {
        const h = hist[c]!;
        n += h;
        total += h * (key / 2);
      }
      count[act] = n;
      sum[act] = total;
      if (n > 0) mean[act] = total / n;
    }
    // Each cell's squared deviation from its activity's mean, computed once: the same double as `s - mean` squared
    // per row. Summed per activity in row order, as sampleStddev sums them over a gathered segment.
    const cellActivity = new Uint16Array(cellCount);
    const cellSquare = new Float64Array(cellCount);
    for (let act = 0, c = 0; act < nActivities; act++) {
      for (let key = 0; key < GRID_KEYS; key++, c++) {
        cellActivity[c] = act;
        const d = key / 2 - mean[act]!;
        cellSquare[c] = d * d;
      }
    }
    const squares = new Float64Array(nActivities);
    for (let m = 0; m < nCells; m++) {
      const c = cells[m]!;
      squares[cellActivity[c]!]! += cellSquare[c]!;
    }
    for (let act = 0; act < nActivities; act++) {
      const n = count[act]!;
      if (n === 0) continue;
      if (n >= 2) stddev[act] = Math.sqrt(squares[act]! / (n - 1));
      // percentile_cont(0.5): the middle value, or halfway between the middle two (as medianInPlace computes it).
      const base = act * GRID_KEYS;
      const k = (n - 1) >> 1;
      const low = gridValueAt(hist, base, k);
      median[act] = n % 2 === 1 ? low : low + (gridValueAt(hist, base, k + 1) - low) * 0.5;
    }
  } else {
    // Scores off the grid (or too many activities): sums in row order, then the scores grouped by activity (a
    // counting sort, in row order) and each group's median selected.
    durationSum.fill(0);
    durationCount.fill(0);
    lastEnded.fill(-Infinity);
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
