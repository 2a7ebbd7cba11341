import { isoDateOf, nextBucketStartDay, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { dayFilter, timeSlice, type EngineContext } from '../context.js';
import type { MasteryColumns } from '../../dataset/dataset.types.js';
import { UserSlots, userNumbering } from '../datasetIndex.js';
import { LocalBucketCursor } from './localBucketCursor.js';

type Row = QueryResult<'masteryTrend'>['rows'][number];

// Above this many (content × learner) pairs the per-pair "seen in this bucket" stamps would cost too much
// memory, and distinct learners are counted with a set per bucket instead.
const MAX_STAMPS = 1 << 22;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Answers `masteryTrend`: mastery deltas per content item and local bucket, with a 95% band on current mastery. */
export function masteryTrend(ctx: EngineContext, params: QueryParams<'masteryTrend'>): QueryResult<'masteryTrend'> {
  const { dataset, activityMask } = ctx;
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
  // Learners numbered densely: every user of the org by its number in the org, or the selected ones by a slot.
  let slots: UserSlots | null = null;
  let userLocal: Int32Array;
  let userCount: number;
  if (ctx.users === null) {
    const numbering = userNumbering(dataset, 'mastery', ctx.org);
    userLocal = numbering.of;
    userCount = numbering.size;
  } else {
    slots = new UserSlots(dataset, ctx.users.length);
    for (const u of ctx.users) if (dataset.users[u]!.org_id === orgId) slots.slot(u);
    userCount = slots.count;
    userLocal = slots.users; // unused: the slots answer the lookups
  }
  try {
    return trend(ctx, params, start, end, contents, contentLocal, slots, userLocal, userCount);
  } finally {
    slots?.release();
  }
}

function trend(
  ctx: EngineContext,
  params: QueryParams<'masteryTrend'>,
  start: number,
  end: number,
  contents: number[],
  contentLocal: Int32Array,
  slots: UserSlots | null,
  userLocal: Int32Array,
  userCount: number,
): QueryResult<'masteryTrend'> {
  const { dataset, clock } = ctx;
  const bucket = params.bucket;
  const m = dataset.mastery;
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

  const sums: Sums = { count, learners, sumDelta, sumCurrent, sumConfidence, mean, m2 };
  const users: Learners = { slots, userLocal, userCount };
  if (stamps !== null) scanDeltas(m, start, end, cursor, keep, bucketIndex, buckets, contentLocal, users, stamps, sums);
  else scanDeltasWithSet(m, start, end, cursor, keep, bucketIndex, buckets, contentLocal, users, seen!, sums);

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

interface Sums {
  count: Int32Array;
  learners: Int32Array;
  sumDelta: Float64Array;
  sumCurrent: Float64Array;
  sumConfidence: Float64Array;
  mean: Float64Array;
  m2: Float64Array;
}

/** The learners a row may belong to: numbered by `userLocal` (every learner of the org) or by `slots` (a selection). */
interface Learners {
  slots: UserSlots | null;
  userLocal: Int32Array;
  userCount: number;
}

// One row into its cell: Welford's running mean and squared deviations of current mastery, for a stable sample deviation.
function addDelta(m: MasteryColumns, i: number, cell: number, sums: Sums): void {
  const n = ++sums.count[cell]!;
  const current = m.current[i]!;
  sums.sumDelta[cell]! += m.delta[i]!;
  sums.sumCurrent[cell]! += current;
  sums.sumConfidence[cell]! += m.confidence[i]!;
  const mean = sums.mean;
  const dev = current - mean[cell]!;
  mean[cell]! += dev / n;
  sums.m2[cell]! += dev * (current - mean[cell]!);
}

// The scan, in a function of its own (V8 optimizes a hot loop best alone). Rows of one bucket are contiguous in time
// order, so a (content, learner) pair stamped with this bucket was already counted in it.
function scanDeltas(
  m: MasteryColumns,
  start: number,
  end: number,
  cursor: LocalBucketCursor,
  keep: ((utcMs: number) => boolean) | null,
  bucketIndex: Map<number, number>,
  buckets: number,
  contentLocal: Int32Array,
  users: Learners,
  stamps: Int32Array,
  sums: Sums,
): void {
  const { user, content, occurredAt, current: currentMastery, delta, confidence } = m;
  const { slots, userLocal, userCount } = users;
  const { count, learners, sumDelta, sumCurrent, sumConfidence, mean, m2 } = sums;
  let currentStart = NaN;
  let b = 0;
  for (let i = start; i < end; i++) {
    const u = user[i]!;
    const ul = slots !== null ? slots.lookup(u) : userLocal[u]!;
    if (ul < 0) continue;
    const cl = contentLocal[content[i]!]!;
    if (cl < 0) continue;
    const t = occurredAt[i]!;
    if (keep !== null && !keep(t)) continue;
    const day = cursor.startDayOf(t);
    if (day !== currentStart) {
      currentStart = day;
      b = bucketIndex.get(day)!;
    }
    const cell = cl * buckets + b;
    const pair = cl * userCount + ul;
    if (stamps[pair] !== b + 1) {
      stamps[pair] = b + 1;
      learners[cell]!++;
    }
    // Welford's running mean and squared deviations of current mastery (as addDelta).
    const n = ++count[cell]!;
    const current = currentMastery[i]!;
    sumDelta[cell]! += delta[i]!;
    sumCurrent[cell]! += current;
    sumConfidence[cell]! += confidence[i]!;
    const dev = current - mean[cell]!;
    mean[cell]! += dev / n;
    m2[cell]! += dev * (current - mean[cell]!);
  }
}

// The same with a set of the pairs seen in the current bucket, when a stamp per pair would take too much memory.
function scanDeltasWithSet(
  m: MasteryColumns,
  start: number,
  end: number,
  cursor: LocalBucketCursor,
  keep: ((utcMs: number) => boolean) | null,
  bucketIndex: Map<number, number>,
  buckets: number,
  contentLocal: Int32Array,
  users: Learners,
  seen: Set<number>,
  sums: Sums,
): void {
  const { slots, userLocal, userCount } = users;
  let currentStart = NaN;
  let b = 0;
  for (let i = start; i < end; i++) {
    const u = m.user[i]!;
    const ul = slots !== null ? slots.lookup(u) : userLocal[u]!;
    if (ul < 0) continue;
    const cl = contentLocal[m.content[i]!]!;
    if (cl < 0) continue;
    const t = m.occurredAt[i]!;
    if (keep !== null && !keep(t)) continue;
    const day = cursor.startDayOf(t);
    if (day !== currentStart) {
      currentStart = day;
      b = bucketIndex.get(day)!;
      seen.clear();
    }
    const pair = cl * userCount + ul;
    if (!seen.has(pair)) {
      seen.add(pair);
      sums.learners[cl * buckets + b]!++;
    }
    addDelta(m, i, cl * buckets + b, sums);
  }
}
