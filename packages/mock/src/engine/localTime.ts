import type { ZoneClock } from '@learnlens/data-client';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/**
 * Local wall-clock time of instants visited mostly in ascending order: the zone offset is cached with the span it
 * holds for (from the clock's table of changes), so a scan over time-sorted rows costs one comparison per row, not a
 * lookup.
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
    if (utcMs < this.validFrom || utcMs >= this.validTo) {
      const span = this.clock.offsetSpan(utcMs);
      this.offset = span.offset;
      this.validFrom = span.from;
      this.validTo = span.to;
    }
    return utcMs + this.offset;
  }
}
