// Calendar arithmetic in an IANA time zone without a time-zone database of our
// own: offsets come from Intl, and a ZoneClock caches the (rare) offset changes
// so that bucketing a million timestamps costs a binary search each, not an
// Intl call each.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone name this runtime knows (e.g. "Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `utcMs`, in milliseconds (positive east of Greenwich). */
export function offsetAt(utcMs: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - (utcMs - (utcMs % 1000 + 1000) % 1000);
}

/** Days since 1970-01-01 of an ISO date string "YYYY-MM-DD". */
export function dayNumberOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** The ISO date string "YYYY-MM-DD" of a day number. */
export function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7 + 1;
}

/** The day number that starts the bucket (`day`, ISO `week` from Monday, or `month`) holding `dayNumber`. */
export function bucketStartDay(dayNumber: number, bucket: 'day' | 'week' | 'month'): number {
  if (bucket === 'day') return dayNumber;
  if (bucket === 'week') return dayNumber - (isoWeekdayOf(dayNumber) - 1);
  const d = new Date(dayNumber * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

/** The first day of the bucket after the one starting at `startDay`. */
export function nextBucketStartDay(startDay: number, bucket: 'day' | 'week' | 'month'): number {
  if (bucket === 'day') return startDay + 1;
  if (bucket === 'week') return startDay + 7;
  const d = new Date(startDay * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

/**
 * Offsets of one time zone, cached as a sorted list of changes. Each lookup is
 * a binary search over a handful of entries a year.
 */
export class ZoneClock {
  readonly timeZone: string;
  private changeAt: number[] = [];
  private offsets: number[] = [];
  private coveredFrom = Infinity;
  private coveredTo = -Infinity;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** Offset in ms at `utcMs`. */
  offset(utcMs: number): number {
    if (this.timeZone === 'UTC') return 0;
    if (utcMs < this.coveredFrom || utcMs >= this.coveredTo) this.cover(utcMs);
    const at = this.changeAt;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= utcMs) lo = mid;
      else hi = mid - 1;
    }
    return this.offsets[lo]!;
  }

  /** Local calendar day number of an instant. */
  localDay(utcMs: number): number {
    return Math.floor((utcMs + this.offset(utcMs)) / DAY_MS);
  }

  /**
   * The instant `days` calendar days before `utcMs` at the same local wall-clock time, as PostgreSQL computes
   * `ts - interval 'N days'` with the session time zone set to this zone: across a DST change the
   * distance is 23 or 25 hours a day, not 24.
   */
  minusDays(utcMs: number, days: number): number {
    const localTarget = utcMs + this.offset(utcMs) - days * DAY_MS;
    let guess = localTarget - this.offset(localTarget);
    guess = localTarget - this.offset(guess);
    return guess;
  }

  /** The UTC instant at which local day `dayNumber` begins (local midnight, or the first instant after a gap). */
  dayStartUtc(dayNumber: number): number {
    const naive = dayNumber * DAY_MS;
    let guess = naive - this.offset(naive);
    guess = naive - this.offset(guess);
    // When midnight falls in a DST gap the day starts where the gap ends.
    if (this.localDay(guess) < dayNumber) {
      const next = this.changeAt.find((t) => t > guess);
      if (next !== undefined) guess = next;
    }
    return guess;
  }

  // Extends the cached range to a year around `utcMs`, sampling daily and
  // bisecting each change down to the second (zones change at most a few times a year).
  private cover(utcMs: number): void {
    const start = Math.min(this.coveredFrom, Math.floor(utcMs / DAY_MS) * DAY_MS - 200 * DAY_MS);
    const end = Math.max(this.coveredTo, Math.floor(utcMs / DAY_MS) * DAY_MS + 200 * DAY_MS);
    const changeAt: number[] = [-Infinity];
    const offsets: number[] = [offsetAt(start, this.timeZone)];
    let prevT = start;
    let prevOff = offsets[0]!;
    for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
      const off = offsetAt(t, this.timeZone);
      if (off !== prevOff) {
        let lo = prevT;
        let hi = t;
        while (hi - lo > 1000) {
          const mid = Math.floor((lo + hi) / 2000) * 1000;
          if (mid <= lo || mid >= hi) break;
          if (offsetAt(mid, this.timeZone) === prevOff) lo = mid;
          else hi = mid;
        }
        changeAt.push(hi);
        offsets.push(off);
        prevOff = off;
      }
      prevT = t;
    }
    this.changeAt = changeAt;
    this.offsets = offsets;
    this.coveredFrom = start;
    this.coveredTo = end;
  }
}

const clocks = new Map<string, ZoneClock>();

/** A shared ZoneClock per zone, so the offset cache is built once per process. */
export function zoneClock(timeZone: string): ZoneClock {
  let c = clocks.get(timeZone);
  if (!c) {
    c = new ZoneClock(timeZone);
    clocks.set(timeZone, c);
  }
  return c;
}
