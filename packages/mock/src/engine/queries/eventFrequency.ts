import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import { dayFilter, type EngineContext } from '../context.js';
import { eventRowsByType } from './eventTypeRows.js';
import { LocalBucketCursor } from './localBucketCursor.js';

/** Answers `eventFrequency`: events of one type per local bucket of their attempt's start (or their own time). */
export function eventFrequency(ctx: EngineContext, params: QueryParams<'eventFrequency'>): QueryResult<'eventFrequency'> {
  const { dataset } = ctx;
  const { eventType, bucket } = params;
  const type = dataset.eventTypes.indexOf(eventType);
  if (type < 0) return { eventType, bucket, points: [] };

  const buckets: Buckets = { starts: [], counts: [], attempts: [] };
  const seen = takeAttemptMarks(dataset);
  try {
    countBuckets(ctx, params, type, seen, buckets);
  } finally {
    seen.busy = false;
  }
  const { starts, counts, attempts } = buckets;
  const order = starts.map((_, k) => k).sort((x, y) => starts[x]! - starts[y]!);
  return {
    eventType,
    bucket,
    points: order.map((k) => ({ bucketStart: isoDateOf(starts[k]!), count: counts[k]!, attemptsWithEvent: attempts[k]! })),
  };
}

/** Per bucket met, in the order met: its first local day, its events and its distinct attempts. */
interface Buckets {
  starts: number[];
  counts: number[];
  attempts: number[];
}

/**
 * Per dataset, an attempt → query mark that outlives queries: a query marks an attempt it has counted with its own
 * number, so no per-query array sized to every attempt is allocated and cleared. `busy` guards against a query that
 * runs while another holds the marks (one then gets a fresh array of its own).
 */
interface AttemptMarks {
  marks: Int32Array;
  mark: number;
  busy: boolean;
}

const attemptMarks = new WeakMap<MockDataset, AttemptMarks>();

function takeAttemptMarks(dataset: MockDataset): AttemptMarks {
  let held = attemptMarks.get(dataset);
  if (held === undefined || held.busy) {
    const fresh = { marks: new Int32Array(dataset.attempts.length), mark: 0, busy: false };
    if (held === undefined) attemptMarks.set(dataset, fresh);
    held = fresh;
  }
  if (held.mark === 0x7fffffff) {
    held.marks.fill(0);
    held.mark = 0;
  }
  held.mark++;
  held.busy = true;
  return held;
}

// The type's events of the org (through the per-type row index, ascending as a scan of the org would meet them),
// bucketed by their attempt's start, which the event table is not sorted by. A function of its own, so V8 optimizes
// the loop with the function.
function countBuckets(ctx: EngineContext, params: QueryParams<'eventFrequency'>, type: number, seen: AttemptMarks, out: Buckets): void {
  const { dataset, clock, userMask, activityMask, fromMs, toMs } = ctx;
  const ev = dataset.events;
  const evUser = ev.user;
  const evActivity = ev.activity;
  const evAttempt = ev.attempt;
  const occurredAt = ev.occurredAt;
  const startedAt = dataset.attempts.startedAt;
  const { offsets, rows } = eventRowsByType(dataset, ctx.org);
  const marks = seen.marks;
  const mark = seen.mark;
  const cursor = new LocalBucketCursor(clock, params.bucket, params.weekStart);
  const keep = dayFilter(ctx);
  const bucketIndex = new Map<number, number>();
  const { starts, counts, attempts } = out;
  let currentStart = NaN;
  let b = -1;
  for (let j = offsets[type]!; j < offsets[type + 1]!; j++) {
    const i = rows[j]!;
    if (userMask !== null && userMask[evUser[i]!] !== 1) continue;
    if (activityMask !== null) {
      const activity = evActivity[i]!;
      if (activity < 0 || activityMask[activity] !== 1) continue;
    }
    const attempt = evAttempt[i]!;
    const t = attempt >= 0 ? startedAt[attempt]! : occurredAt[i]!;
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
    // An attempt's events share its bucket, so one mark per attempt counts distinct attempts per bucket.
    if (attempt >= 0 && marks[attempt] !== mark) {
      marks[attempt] = mark;
      attempts[b]!++;
    }
  }
}
