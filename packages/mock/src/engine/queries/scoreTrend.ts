import { bucketStartDay, dayMatches, isoDateOf, nextBucketStartDay, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { DAY_MS, LocalTimeCursor } from '../localTime.js';

/**
 * Answers `scoreTrend`: per local day, week (from `weekStart`) or month, on the local days `days` keeps, avg(score) over scored attempts, counts, and
 * for binary activities seed 003's accuracy (correct / submitted).
 */
export function scoreTrend(ctx: EngineContext, params: QueryParams<'scoreTrend'>): QueryResult<'scoreTrend'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const { bucket, days, weekStart } = params;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const startedAt = a.startedAt;
  const user = a.user;
  const activity = a.activity;
  const score = a.score;
  const endedAt = a.endedAt;
  const binary = datasetIndex(dataset).binaryActivity;

  // Buckets are few and met in time order; the map is consulted only when a row leaves the current bucket.
  const starts: number[] = [];
  const attempts: number[] = [];
  const scored: number[] = [];
  const sums: number[] = [];
  const submittedOf: number[] = [];
  const correctOf: number[] = [];
  const slotOf = new Map<number, number>();
  let bucketFrom = 0;
  let bucketTo = 0;
  let slot = -1;
  let n = 0;
  let nScored = 0;
  let sum = 0;
  let nSubmitted = 0;
  let nCorrect = 0;
  const flush = () => {
    if (slot < 0) return;
    attempts[slot]! += n;
    scored[slot]! += nScored;
    sums[slot]! += sum;
    submittedOf[slot]! += nSubmitted;
    correctOf[slot]! += nCorrect;
    n = 0;
    nScored = 0;
    sum = 0;
    nSubmitted = 0;
    nCorrect = 0;
  };
  const cursor = new LocalTimeCursor(clock);
  for (let i = start; i < end; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    const day = Math.floor(cursor.local(startedAt[i]!) / DAY_MS);
    if (days !== 'all' && !dayMatches(day, days)) continue;
    if (day < bucketFrom || day >= bucketTo || slot < 0) {
      flush();
      bucketFrom = bucketStartDay(day, bucket, weekStart);
      bucketTo = nextBucketStartDay(bucketFrom, bucket);
      let found = slotOf.get(bucketFrom);
      if (found === undefined) {
        found = starts.length;
        slotOf.set(bucketFrom, found);
        starts.push(bucketFrom);
        attempts.push(0);
        scored.push(0);
        sums.push(0);
        submittedOf.push(0);
        correctOf.push(0);
      }
      slot = found;
    }
    n++;
    const s = score[i]!;
    if (s === s) {
      nScored++;
      sum += s;
    }
    // Seed 003's accuracy: every submitted (ended) answer counts, an ungraded one as not correct.
    if (binary[activity[i]!] === 1 && endedAt[i] === endedAt[i]) {
      nSubmitted++;
      if (s === 1) nCorrect++;
    }
  }
  flush();

  const order = starts.map((_, k) => k).sort((x, y) => starts[x]! - starts[y]!);
  return {
    bucket,
    points: order.map((k) => ({
      bucketStart: isoDateOf(starts[k]!),
      avgScore: scored[k]! > 0 ? sums[k]! / scored[k]! : null,
      attempts: attempts[k]!,
      scoredAttempts: scored[k]!,
      submittedAttempts: submittedOf[k]!,
      correctAttempts: correctOf[k]!,
      accuracy: submittedOf[k]! > 0 ? correctOf[k]! / submittedOf[k]! : null,
    })),
  };
}
