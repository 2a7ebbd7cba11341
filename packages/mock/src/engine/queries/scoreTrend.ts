import { bucketStartDay, dayMatches, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { attemptOutcomes } from './attemptOutcomes.js';
import { localDayRuns } from './localDayRuns.js';

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
// closure's captured variables would live in memory). Rows come in time order, cut into runs of one local day
// (localDayRuns): the bucket and the `days` test are decided once a run, and the rows of a run are summed with no time
// arithmetic. Consecutive rows of one bucket are summed before they are added to the bucket (the same additions in the
// same order as a row-by-row scan), a run of rows no mask selects adding nothing and opening no bucket.
function accumulate(ctx: EngineContext, params: QueryParams<'scoreTrend'>, start: number, end: number, out: Buckets): void {
  const { dataset, clock, userMask, activityMask } = ctx;
  const { bucket, days, weekStart } = params;
  const a = dataset.attempts;
  const user = a.user;
  const activity = a.activity;
  // Seed 003's accuracy: every submitted (ended) answer of a binary activity counts, an ungraded one as not correct.
  const { bits, gradedScore } = attemptOutcomes(dataset);
  const runs = localDayRuns(clock, a.startedAt, start, end);
  const masked = userMask !== null || activityMask !== null;
  let slot = -1;
  let n = 0;
  let nScored = 0;
  let nCompleted = 0;
  let sum = 0;
  let nSubmitted = 0;
  let nCorrect = 0;
  for (let r = 0; r < runs.count; r++) {
    const day = runs.day[r]!;
    if (days !== 'all' && !dayMatches(day, days)) continue;
    let i = runs.from[r]!;
    const to = runs.from[r + 1]!;
    if (masked) {
      while (i < to && ((userMask !== null && userMask[user[i]!] === 0) || (activityMask !== null && activityMask[activity[i]!] === 0))) i++;
      if (i === to) continue;
    }
    const daySlot = out.slot(bucketStartDay(day, bucket, weekStart));
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
    if (!masked) {
      n += to - i;
      for (; i < to; i++) {
        const f = bits[i]!;
        nScored += f & 1;
        nCompleted += (f >> 1) & 1;
        nSubmitted += (f >> 2) & 1;
        nCorrect += f >> 3;
        sum += gradedScore[i]!;
      }
      continue;
    }
    for (; i < to; i++) {
      if ((userMask !== null && userMask[user[i]!] === 0) || (activityMask !== null && activityMask[activity[i]!] === 0)) continue;
      const f = bits[i]!;
      n++;
      nScored += f & 1;
      nCompleted += (f >> 1) & 1;
      nSubmitted += (f >> 2) & 1;
      nCorrect += f >> 3;
      sum += gradedScore[i]!;
    }
  }
  if (slot >= 0) out.add(slot, n, nScored, nCompleted, sum, nSubmitted, nCorrect);
}
