import { bucketStartDay, dayMatches, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { DAY_MS } from '../localTime.js';

/**
 * Answers `scoreTrend`: per local day, week (from `weekStart`) or month, on the local days `days` keeps, avg(score) over scored attempts, counts (all, scored, ended), and
 * for binary activities seed 003's accuracy (correct / submitted).
 */
export function scoreTrend(ctx: EngineContext, params: QueryParams<'scoreTrend'>): QueryResult<'scoreTrend'> {
  const { dataset } = ctx;
  const { bucket } = params;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const b = new Buckets();
  accumulate(ctx, params, start, end, b);
  const order = b.starts.map((_, k) => k).sort((x, y) => b.starts[x]! - b.starts[y]!);
  return {
    bucket,
    points: order.map((k) => ({
      bucketStart: isoDateOf(b.starts[k]!),
      avgScore: b.scored[k]! > 0 ? b.sums[k]! / b.scored[k]! : null,
      attempts: b.attempts[k]!,
      scoredAttempts: b.scored[k]!,
      completedAttempts: b.completed[k]!,
      submittedAttempts: b.submitted[k]!,
      correctAttempts: b.correct[k]!,
      accuracy: b.submitted[k]! > 0 ? b.correct[k]! / b.submitted[k]! : null,
    })),
  };
}

/** The buckets met, in the order met, with their sums. */
class Buckets {
  starts: number[] = [];
  attempts: number[] = [];
  scored: number[] = [];
  completed: number[] = [];
  sums: number[] = [];
  submitted: number[] = [];
  correct: number[] = [];
  private readonly slotOf = new Map<number, number>();

  /** The slot of the bucket starting on local day `startDay`, added on first sight. */
  slot(startDay: number): number {
    let found = this.slotOf.get(startDay);
    if (found === undefined) {
      found = this.starts.length;
      this.slotOf.set(startDay, found);
      this.starts.push(startDay);
      this.attempts.push(0);
      this.scored.push(0);
      this.completed.push(0);
      this.sums.push(0);
      this.submitted.push(0);
      this.correct.push(0);
    }
    return found;
  }

  add(slot: number, n: number, nScored: number, nCompleted: number, sum: number, nSubmitted: number, nCorrect: number): void {
    this.attempts[slot]! += n;
    this.scored[slot]! += nScored;
    this.completed[slot]! += nCompleted;
    this.sums[slot]! += sum;
    this.submitted[slot]! += nSubmitted;
    this.correct[slot]! += nCorrect;
  }
}

// The scan, in a function of its own with its running sums in locals (V8 optimizes a hot loop best alone, and a
// closure's captured variables would live in memory). Rows come in time order: the local day, its bucket and the
// `days` test are recomputed only when a row leaves the UTC span its day holds for, and a run of rows in one bucket is
// summed before it is added to the bucket (as before: the same additions in the same order).
function accumulate(ctx: EngineContext, params: QueryParams<'scoreTrend'>, start: number, end: number, out: Buckets): void {
  const { dataset, clock, userMask, activityMask } = ctx;
  const { bucket, days, weekStart } = params;
  const a = dataset.attempts;
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const endedAt = a.endedAt;
  const binary = datasetIndex(dataset).binaryActivity;
  let lo = Infinity;
  let hi = -Infinity;
  let keep = true;
  let daySlot = -1;
  let slot = -1;
  let n = 0;
  let nScored = 0;
  let nCompleted = 0;
  let sum = 0;
  let nSubmitted = 0;
  let nCorrect = 0;
  for (let i = start; i < end; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    const t = startedAt[i]!;
    if (t < lo || t >= hi) {
      const span = clock.offsetSpan(t);
      const day = Math.floor((t + span.offset) / DAY_MS);
      lo = Math.max(span.from, day * DAY_MS - span.offset);
      hi = Math.min(span.to, (day + 1) * DAY_MS - span.offset);
      keep = days === 'all' || dayMatches(day, days);
      if (keep) daySlot = out.slot(bucketStartDay(day, bucket, weekStart));
    }
    if (!keep) continue;
    if (daySlot !== slot) {
      if (slot >= 0) out.add(slot, n, nScored, nCompleted, sum, nSubmitted, nCorrect);
      slot = daySlot;
      n = 0;
      nScored = 0;
      nCompleted = 0;
      sum = 0;
      nSubmitted = 0;
      nCorrect = 0;
    }
    n++;
    const s = score[i]!;
    if (s === s) {
      nScored++;
      sum += s;
    }
    if (endedAt[i] === endedAt[i]) nCompleted++;
    // Seed 003's accuracy: every submitted (ended) answer counts, an ungraded one as not correct.
    if (binary[act] === 1 && endedAt[i] === endedAt[i]) {
      nSubmitted++;
      if (s === 1) nCorrect++;
    }
  }
  if (slot >= 0) out.add(slot, n, nScored, nCompleted, sum, nSubmitted, nCorrect);
}
