import { bucketStartDay, nextBucketStartDay, type Bucket, type ZoneClock } from '@learnlens/data-client';

const DAY_MS = 86_400_000;

/**
 * Maps instants to the first local day of their bucket. It remembers the UTC span over which its last answer holds
 * (one offset, one bucket), so a scan in (nearly) time order costs two comparisons per row instead of an offset
 * lookup. The span never crosses an offset change, so an hour that repeats across midnight still goes to the day its
 * wall clock reads, as PostgreSQL's `ts AT TIME ZONE zone` puts it.
 */
export class LocalBucketCursor {
  private readonly clock: ZoneClock;
  private readonly bucket: Bucket;
  private readonly weekStart: number;
  private lo = Infinity;
  private hi = -Infinity;
  private startDay = 0;

  /** `weekStart`: the first day of a week bucket, 0 = Sunday, 1 = Monday (default) … 6 = Saturday. */
  constructor(clock: ZoneClock, bucket: Bucket, weekStart = 1) {
    this.clock = clock;
    this.bucket = bucket;
    this.weekStart = weekStart;
  }

  /** The day number that starts the bucket (in the clock's zone) holding `utcMs`. */
  startDayOf(utcMs: number): number {
    if (utcMs >= this.lo && utcMs < this.hi) return this.startDay;
    const span = this.clock.offsetSpan(utcMs);
    const start = bucketStartDay(Math.floor((utcMs + span.offset) / DAY_MS), this.bucket, this.weekStart);
    this.startDay = start;
    this.lo = Math.max(span.from, start * DAY_MS - span.offset);
    this.hi = Math.min(span.to, nextBucketStartDay(start, this.bucket) * DAY_MS - span.offset);
    return start;
  }
}
