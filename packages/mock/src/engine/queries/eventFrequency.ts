import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { dayFilter, type EngineContext } from '../context.js';
import { LocalBucketCursor } from './localBucketCursor.js';

/** Answers `eventFrequency`: events of one type per local bucket of their attempt's start (or their own time). */
export function eventFrequency(ctx: EngineContext, params: QueryParams<'eventFrequency'>): QueryResult<'eventFrequency'> {
  const { dataset, clock, userMask, activityMask, fromMs, toMs } = ctx;
  const { eventType, bucket } = params;
  const type = dataset.eventTypes.indexOf(eventType);
  if (type < 0) return { eventType, bucket, points: [] };

  const ev = dataset.events;
  const startedAt = dataset.attempts.startedAt;
  const range = dataset.ranges.events[ctx.org]!;
  // An attempt's events share its bucket, so one global "seen" flag per attempt counts distinct attempts per bucket.
  const seenAttempt = new Uint8Array(dataset.attempts.length);
  const cursor = new LocalBucketCursor(clock, bucket, params.weekStart);
  const keep = dayFilter(ctx);
  const bucketIndex = new Map<number, number>();
  const starts: number[] = [];
  const counts: number[] = [];
  const attempts: number[] = [];
  let currentStart = NaN;
  let b = -1;
  // The bucketing time is the attempt's start, which the event table is not sorted by: scan the org's whole slice.
  for (let i = range.start; i < range.end; i++) {
    if (ev.type[i] !== type) continue;
    if (userMask !== null && userMask[ev.user[i]!] !== 1) continue;
    if (activityMask !== null) {
      const activity = ev.activity[i]!;
      if (activity < 0 || activityMask[activity] !== 1) continue;
    }
    const attempt = ev.attempt[i]!;
    const t = attempt >= 0 ? startedAt[attempt]! : ev.occurredAt[i]!;
    if (!(t >= fromMs && t < toMs)) continue;
    if (keep !== null && !keep(t)) continue;
    const day = cursor.startDayOf(t);
    if (day !== currentStart) {
      currentStart = day;
      let k = bucketIndex.get(day);
      if (k === undefined) {
        k = starts.length;
        bucketIndex.set(day, k);
        starts.push(day);
        counts.push(0);
        attempts.push(0);
      }
      b = k;
    }
    counts[b]!++;
    if (attempt >= 0 && seenAttempt[attempt] === 0) {
      seenAttempt[attempt] = 1;
      attempts[b]!++;
    }
  }

  const order = starts.map((_, k) => k).sort((x, y) => starts[x]! - starts[y]!);
  return {
    eventType,
    bucket,
    points: order.map((k) => ({ bucketStart: isoDateOf(starts[k]!), count: counts[k]!, attemptsWithEvent: attempts[k]! })),
  };
}
