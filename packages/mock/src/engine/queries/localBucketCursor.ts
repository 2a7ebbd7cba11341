import { bucketStartDay, nextBucketStartDay, type Bucket, type ZoneClock } from '@learnlens/data-client';

/**
 * Maps instants to the first local day of their bucket. It remembers the UTC bounds of the last bucket it
 * answered, so a scan in (nearly) time order costs two comparisons per row instead of an offset lookup.
 */
export class LocalBucketCursor {
  private readonly clock: ZoneClock;
  private readonly bucket: Bucket;
  private lo = Infinity;
  private hi = -Infinity;
  private startDay = 0;

  constructor(clock: ZoneClock, bucket: Bucket) {
    this.clock = clock;
    this.bucket = bucket;
  }

  /** The day number that starts the bucket (in the clock's zone) holding `utcMs`. */
  startDayOf(utcMs: number): number {
    if (utcMs >= this.lo && utcMs < this.hi) return this.startDay;
    const start = bucketStartDay(this.clock.localDay(utcMs), this.bucket);
    this.startDay = start;
    this.lo = this.clock.dayStartUtc(start);
    this.hi = this.clock.dayStartUtc(nextBucketStartDay(start, this.bucket));
    return start;
  }
}
