import type { ZoneClock } from '@learnlens/data-client';
import { lowerBound } from '../context.js';
import { DAY_MS } from '../localTime.js';

/**
 * The rows [start, end) of a time-sorted column cut into runs of one local day: run r is rows [from[r], from[r + 1])
 * and all of them fall on local day `day[r]` (a day number in the clock's zone). A run never crosses an offset change,
 * so an hour that repeats across midnight goes to the day its wall clock reads (as PostgreSQL's `ts AT TIME ZONE zone`
 * puts it), and one local day may come as two runs. Finding each run's end is a search of the column, so a scan over
 * the runs does no zone arithmetic per row: the trend queries' buckets and `days` filter are decided once a run.
 */
export interface LocalDayRuns {
  /** Number of runs. */
  count: number;
  /** First row of each run, then `end` (count + 1 entries). */
  from: Int32Array;
  /** Local day number of each run. */
  day: Int32Array;
}

/** Cuts rows [start, end) of `times` (ascending) into runs of one local day in `clock`'s zone. */
export function localDayRuns(clock: ZoneClock, times: Float64Array, start: number, end: number): LocalDayRuns {
  const from: number[] = [];
  const day: number[] = [];
  let i = start;
  while (i < end) {
    const t = times[i]!;
    const span = clock.offsetSpan(t);
    const d = Math.floor((t + span.offset) / DAY_MS);
    // The run holds while both the offset and the local day do; later rows are not earlier than t.
    const until = Math.min(span.to, (d + 1) * DAY_MS - span.offset);
    from.push(i);
    day.push(d);
    i = gallop(times, i + 1, end, until);
  }
  from.push(end);
  return { count: day.length, from: Int32Array.from(from), day: Int32Array.from(day) };
}

// First index in [lo, end) whose time is >= t, probing 1, 2, 4 … rows ahead before a binary search, so a short run
// costs a few reads rather than a search of the whole remaining column.
function gallop(times: Float64Array, lo: number, end: number, t: number): number {
  let step = 1;
  for (;;) {
    const probe = lo + step - 1;
    if (probe >= end) return lowerBound(times, lo, end, t);
    if (times[probe]! >= t) return lowerBound(times, lo, probe, t);
    lo = probe + 1;
    step *= 2;
  }
}
