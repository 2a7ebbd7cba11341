import type { ZoneClock } from '@learnlens/data-client';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

// How far ahead one lookup proves the offset unchanged; zones change at most a
// few times a year, and never twice within a day (ZoneClock assumes the same).
const PROBE_DAYS = 32;

/**
 * Local wall-clock time of instants visited mostly in ascending order: the zone offset is cached with the
 * interval it holds for, so a scan over time-sorted rows costs one comparison per row, not a lookup.
 */
export class LocalTimeCursor {
  private offset = 0;
  private validFrom = Infinity;
  private validTo = -Infinity;
  private readonly clock: ZoneClock;

  constructor(clock: ZoneClock) {
    this.clock = clock;
  }

  /** `utcMs` shifted by the zone's offset: floor(local / DAY_MS) is the local day number. */
  local(utcMs: number): number {
    if (utcMs < this.validFrom || utcMs >= this.validTo) this.seek(utcMs);
    return utcMs + this.offset;
  }

  private seek(t: number): void {
    const clock = this.clock;
    const off = clock.offset(t);
    this.offset = off;
    if (clock.timeZone === 'UTC') {
      this.validFrom = -Infinity;
      this.validTo = Infinity;
      return;
    }
    this.validFrom = t;
    let lo = t;
    for (let k = 1; k <= PROBE_DAYS; k++) {
      const probe = t + k * DAY_MS;
      if (clock.offset(probe) !== off) {
        let hi = probe;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (clock.offset(mid) === off) lo = mid;
          else hi = mid;
        }
        this.validTo = hi;
        return;
      }
      lo = probe;
    }
    this.validTo = lo;
  }
}
