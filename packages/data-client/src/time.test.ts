import { describe, expect, it } from 'vitest';
import { bucketStartDay, dayMatches, dayNumberOf, isoDateOf, isoWeekdayOf, nextBucketStartDay, offsetAt, ZoneClock } from './time.js';

describe('time', () => {
  it('should give ISO weekdays with Monday = 1', () => {
    expect(isoWeekdayOf(dayNumberOf('2026-11-23'))).toBe(1);
    expect(isoWeekdayOf(dayNumberOf('2026-11-22'))).toBe(7);
    expect(isoWeekdayOf(dayNumberOf('1970-01-01'))).toBe(4);
  });

  it('should start weeks on Monday and months on the 1st', () => {
    expect(isoDateOf(bucketStartDay(dayNumberOf('2026-11-22'), 'week'))).toBe('2026-11-16');
    expect(isoDateOf(bucketStartDay(dayNumberOf('2026-02-28'), 'month'))).toBe('2026-02-01');
    expect(isoDateOf(nextBucketStartDay(dayNumberOf('2026-12-01'), 'month'))).toBe('2027-01-01');
  });

  it('should start weeks on the weekStart asked for, Sunday = 0 to Saturday = 6', () => {
    // 2026-11-22 is a Sunday, 2026-11-21 a Saturday.
    const sunday = dayNumberOf('2026-11-22');
    expect(isoDateOf(bucketStartDay(sunday, 'week', 0))).toBe('2026-11-22');
    expect(isoDateOf(bucketStartDay(sunday, 'week', 6))).toBe('2026-11-21');
    expect(isoDateOf(bucketStartDay(sunday - 1, 'week', 0))).toBe('2026-11-15');
    expect(isoDateOf(bucketStartDay(sunday - 1, 'week', 6))).toBe('2026-11-21');
    expect(isoDateOf(bucketStartDay(sunday, 'week', 1))).toBe('2026-11-16');
    // Before 1970 as after it.
    expect(isoDateOf(bucketStartDay(dayNumberOf('1969-12-31'), 'week', 0))).toBe('1969-12-28');
  });

  it('should count Saturday and Sunday as the weekend', () => {
    const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map(dayNumberOf);
    expect(days.map((d) => dayMatches(d, 'weekends'))).toEqual([false, true, true, false]);
    expect(days.map((d) => dayMatches(d, 'weekdays'))).toEqual([true, false, false, true]);
    expect(days.every((d) => dayMatches(d, 'all'))).toBe(true);
  });

  it('should follow daylight saving changes in a zone', () => {
    const ny = new ZoneClock('America/New_York');
    // 2026-03-08 07:00Z is 03:00 EDT, just after the spring-forward gap.
    expect(ny.offset(Date.parse('2026-03-08T06:59:59Z'))).toBe(-5 * 3_600_000);
    expect(ny.offset(Date.parse('2026-03-08T07:00:00Z'))).toBe(-4 * 3_600_000);
    expect(ny.localDay(Date.parse('2026-07-01T03:30:00Z'))).toBe(dayNumberOf('2026-06-30'));
    expect(new Date(ny.dayStartUtc(dayNumberOf('2026-07-01'))).toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('should start a day at the end of a midnight DST gap', () => {
    // Santiago springs forward at local midnight: 2026-09-06 begins at 01:00 local.
    const scl = new ZoneClock('America/Santiago');
    const start = scl.dayStartUtc(dayNumberOf('2026-09-06'));
    expect(scl.localDay(start)).toBe(dayNumberOf('2026-09-06'));
    expect(scl.localDay(start - 1)).toBe(dayNumberOf('2026-09-05'));
  });

  it('should count calendar days across a DST change like PostgreSQL intervals', () => {
    const berlin = new ZoneClock('Europe/Berlin');
    // Clocks went back on 2026-10-25: 7 calendar days before 12:00 CET is 12:00 CEST, 169 hours earlier.
    const now = Date.parse('2026-10-30T11:00:00Z');
    expect(new Date(berlin.minusDays(now, 7)).toISOString()).toBe('2026-10-23T10:00:00.000Z');
    expect(new ZoneClock('UTC').minusDays(now, 7)).toBe(now - 7 * 86_400_000);
  });
});
