import { isoDateOf, nextBucketStartDay, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { dayFilter, timeSlice, type EngineContext } from '../context.js';
import { LocalBucketCursor } from './localBucketCursor.js';

type Row = QueryResult<'masteryTrend'>['rows'][number];

// Above this many (content × learner) pairs the per-pair "seen in this bucket" stamps would cost too much
// memory, and distinct learners are counted with a set per bucket instead.
const MAX_STAMPS = 1 << 22;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Answers `masteryTrend`: mastery deltas per content item and local bucket, with a 95% band on current mastery. */
export function masteryTrend(ctx: EngineContext, params: QueryParams<'masteryTrend'>): QueryResult<'masteryTrend'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const bucket = params.bucket;
  const m = dataset.mastery;
  const { start, end } = timeSlice(m.occurredAt, dataset.ranges.mastery[ctx.org]!, ctx.fromMs, ctx.toMs);
  if (start === end) return { bucket, rows: [] };

  // Org-local indexes of the selected content items and learners (-1 = not selected).
  const orgId = ctx.scope.orgId;
  const contentLocal = new Int32Array(dataset.activities.length).fill(-1);
  const contents: number[] = [];
  dataset.activities.forEach((a, i) => {
    if (a.org_id === orgId && (activityMask === null || activityMask[i] === 1)) {
      contentLocal[i] = contents.length;
      contents.push(i);
    }
  });
  const userLocal = new Int32Array(dataset.users.length).fill(-1);
  let userCount = 0;
  dataset.users.forEach((u, i) => {
    if (u.org_id === orgId && (userMask === null || userMask[i] === 1)) userLocal[i] = userCount++;
  });
  if (contents.length === 0 || userCount === 0) return { bucket, rows: [] };

  // The slice is sorted by time, so its buckets run from the first row's to the last row's, in order.
  const cursor = new LocalBucketCursor(clock, bucket, params.weekStart);
  const keep = dayFilter(ctx);
  const bucketStarts: number[] = [];
  const bucketIndex = new Map<number, number>();
  const lastStart = cursor.startDayOf(m.occurredAt[end - 1]!);
  for (let d = cursor.startDayOf(m.occurredAt[start]!); d <= lastStart; d = nextBucketStartDay(d, bucket)) {
    bucketIndex.set(d, bucketStarts.length);
    bucketStarts.push(d);
  }
  const buckets = bucketStarts.length;
  const cells = contents.length * buckets;
  const count = new Int32Array(cells);
  const learners = new Int32Array(cells);
  const sumDelta = new Float64Array(cells);
  const sumCurrent = new Float64Array(cells);
  const sumConfidence = new Float64Array(cells);
  // Welford's running mean and squared deviations of current mastery, for a stable sample deviation.
  const mean = new Float64Array(cells);
  const m2 = new Float64Array(cells);

  const pairs = contents.length * userCount;
  const stamps = pairs <= MAX_STAMPS ? new Int32Array(pairs) : null;
  const seen = stamps === null ? new Set<number>() : null;

  let currentStart = NaN;
  let b = 0;
  for (let i = start; i < end; i++) {
    const ul = userLocal[m.user[i]!]!;
    if (ul < 0) continue;
    const cl = contentLocal[m.content[i]!]!;
    if (cl < 0) continue;
    if (keep !== null && !keep(m.occurredAt[i]!)) continue;
    const day = cursor.startDayOf(m.occurredAt[i]!);
    if (day !== currentStart) {
      currentStart = day;
      b = bucketIndex.get(day)!;
      seen?.clear();
    }
    const cell = cl * buckets + b;
    const pair = cl * userCount + ul;
    // Rows of one bucket are contiguous in time order, so a pair stamped with this bucket was already counted.
    if (stamps !== null) {
      if (stamps[pair] !== b + 1) {
        stamps[pair] = b + 1;
        learners[cell]!++;
      }
    } else if (!seen!.has(pair)) {
      seen!.add(pair);
      learners[cell]!++;
    }
    const n = ++count[cell]!;
    const current = m.current[i]!;
    sumDelta[cell]! += m.delta[i]!;
    sumCurrent[cell]! += current;
    sumConfidence[cell]! += m.confidence[i]!;
    const dev = current - mean[cell]!;
    mean[cell]! += dev / n;
    m2[cell]! += dev * (current - mean[cell]!);
  }

  const order = contents
    .map((activity, local) => ({ id: dataset.activities[activity]!.activity_id, local }))
    .sort((x, y) => compareText(x.id, y.id));
  const rows: Row[] = [];
  for (const { id, local } of order) {
    const contentType = dataset.activities[contents[local]!]!.kind;
    for (let k = 0; k < buckets; k++) {
      const cell = local * buckets + k;
      const n = count[cell]!;
      if (n === 0) continue;
      const avgCurrent = clamp01(sumCurrent[cell]! / n);
      const half = n > 1 ? (1.96 * Math.sqrt(Math.max(0, m2[cell]!) / (n - 1))) / Math.sqrt(n) : 0;
      rows.push({
        contentId: id,
        contentType,
        bucketStart: isoDateOf(bucketStarts[k]!),
        learnersAffected: learners[cell]!,
        avgMasteryChange: Math.max(-1, Math.min(1, sumDelta[cell]! / n)),
        avgCurrentMastery: avgCurrent,
        avgConfidence: clamp01(sumConfidence[cell]! / n),
        deltaCount: n,
        bandLow: clamp01(avgCurrent - half),
        bandHigh: clamp01(avgCurrent + half),
      });
    }
  }
  return { bucket, rows };
}
