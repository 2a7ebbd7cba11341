import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayNumberOf } from './time.js';
import { offsetAt, sharedClocks, zoneClock, ZoneClock } from './zoneClock.js';
import { canonicalTimeZone, isValidTimeZone, rememberedSpellings } from './zoneName.js';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

// Counts every date Intl formats, whichever formatter does it.
function countIntl(): { calls: number } {
  const counter = { calls: 0 };
  const counted = new Set<PropertyKey>(['format', 'formatToParts']);
  const Counting = new Proxy(Intl.DateTimeFormat, {
    construct(target, args: unknown[]) {
      const formatter = Reflect.construct(target, args) as Intl.DateTimeFormat;
      return new Proxy(formatter, {
        get(object, key) {
          const value = Reflect.get(object, key) as unknown;
          if (typeof value !== 'function') return value;
          return (...a: unknown[]) => {
            if (counted.has(key)) counter.calls++;
            return (value as (...x: unknown[]) => unknown).apply(object, a);
          };
        },
      });
    },
  });
  vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { DateTimeFormat: Counting }));
  return counter;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ZoneClock', () => {
  it('should read ambiguous midnights as PostgreSQL does: the second one (America/Havana 2026-11-01)', () => {
    const havana = new ZoneClock('America/Havana');
    // Clocks go back from 01:00 CDT to 00:00 CST: midnight is 04:00Z and again 05:00Z.
    expect(iso(havana.dayStartUtc(dayNumberOf('2026-11-01')))).toBe('2026-11-01T05:00:00.000Z');
    expect(iso(havana.firstInstantOfDay(dayNumberOf('2026-11-01')))).toBe('2026-11-01T04:00:00.000Z');
    // Havana springs forward at midnight: 2026-03-08 begins at 01:00 CDT.
    expect(iso(havana.dayStartUtc(dayNumberOf('2026-03-08')))).toBe('2026-03-08T05:00:00.000Z');
  });

  it('should read a wall-clock time in a DST gap with the offset from before the gap, as PostgreSQL does', () => {
    const ny = new ZoneClock('America/New_York');
    // 02:30 EDT on 2026-03-15; seven days back is 02:30 on 2026-03-08, which New York skips.
    expect(iso(ny.minusDays(Date.parse('2026-03-15T06:30:00Z'), 7))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(ny.localToUtc(Date.parse('2026-03-08T02:30:00Z')))).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 on 2026-11-01 happens twice; PostgreSQL takes the later (EST).
    expect(iso(ny.localToUtc(Date.parse('2026-11-01T01:30:00Z')))).toBe('2026-11-01T06:30:00.000Z');
    const london = new ZoneClock('Europe/London');
    expect(iso(london.localToUtc(Date.parse('2026-03-29T01:30:00Z')))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(london.localToUtc(Date.parse('2026-10-25T01:30:00Z')))).toBe('2026-10-25T01:30:00.000Z');
  });

  it('should give a day that does not exist no instants (Pacific/Apia 2011-12-30)', () => {
    const apia = new ZoneClock('Pacific/Apia');
    const start = apia.dayStartUtc(dayNumberOf('2011-12-30'));
    expect(iso(start)).toBe('2011-12-30T10:00:00.000Z');
    expect(apia.dayStartUtc(dayNumberOf('2011-12-31'))).toBe(start);
    expect(apia.localDay(start - 1)).toBe(dayNumberOf('2011-12-29'));
    expect(apia.localDay(start)).toBe(dayNumberOf('2011-12-31'));
  });

  it('should follow 30-minute DST and 45-minute offsets', () => {
    expect(new ZoneClock('Australia/Lord_Howe').offset(Date.parse('2026-01-15T00:00:00Z'))).toBe(11 * HOUR);
    expect(new ZoneClock('Australia/Lord_Howe').offset(Date.parse('2026-07-15T00:00:00Z'))).toBe(10.5 * HOUR);
    expect(new ZoneClock('Pacific/Chatham').offset(Date.parse('2026-01-15T00:00:00Z'))).toBe(13.75 * HOUR);
    expect(new ZoneClock('Asia/Kathmandu').offset(Date.parse('2026-01-15T00:00:00Z'))).toBe(5.75 * HOUR);
  });

  it('should find every offset change of a year to the second', () => {
    for (const zone of ['Europe/Berlin', 'Africa/Casablanca', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia']) {
      const clock = new ZoneClock(zone);
      for (const year of [1916, 1944, 2011, 2012, 2026, 2150]) {
        const from = Date.UTC(year, 0, 1);
        const { changes } = clock.offsets(from, Date.UTC(year + 1, 0, 1) - 1);
        for (const c of changes) {
          expect(offsetAt(c.atMs - 1000, zone), `${zone} ${iso(c.atMs)}`).not.toBe(c.offsetMs);
          expect(offsetAt(c.atMs, zone), `${zone} ${iso(c.atMs)}`).toBe(c.offsetMs);
        }
        // Between changes nothing moves: checked every six hours.
        for (let t = from, i = 0, current = clock.offset(from); t < Date.UTC(year + 1, 0, 1); t += 6 * HOUR) {
          while (i < changes.length && changes[i]!.atMs <= t) current = changes[i++]!.offsetMs;
          expect(offsetAt(t, zone), `${zone} ${iso(t)}`).toBe(current);
        }
      }
    }
  });

  // Regression: the old clock sampled every day between the earliest and the latest instant asked about, so a range
  // from 0001-01-01 made about 740,000 Intl calls (~50 s) and one from 1900 about 46,000.
  it('should cost Intl lookups per year touched, not per day spanned', () => {
    const counter = countIntl();
    const clock = new ZoneClock('Europe/Berlin');
    const now = Date.parse('2026-10-29T15:30:00Z');
    clock.dayStartUtc(dayNumberOf('1900-01-01'));
    clock.dayStartUtc(dayNumberOf('2200-12-31'));
    for (const days of [7, 14, 30, 60]) clock.minusDays(now, days);
    expect(counter.calls).toBeGreaterThan(100);
    expect(counter.calls).toBeLessThan(1500);
    expect(clock.cachedYears).toBeLessThanOrEqual(6);
  });

  it('should keep its caches bounded whatever zones and spellings it is asked for', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    for (const zone of zones) zoneClock(zone);
    expect(sharedClocks()).toBeLessThanOrEqual(64);
    for (let i = 0; i < 2000; i++) isValidTimeZone(`Europe/Berlin${'/x'.repeat(i % 7)}${i}`);
    expect(rememberedSpellings()).toBeLessThanOrEqual(512);
    const clock = new ZoneClock('Asia/Tokyo');
    for (let year = 1500; year < 2500; year += 1) clock.offset(Date.UTC(year, 5, 1));
    expect(clock.cachedYears).toBeLessThanOrEqual(320);
  });
});

describe('canonicalTimeZone', () => {
  it('should map every spelling of a zone to one name, so one clock serves them all', () => {
    expect(canonicalTimeZone('eUrOpE/bErLiN')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('etc/utc')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('x'.repeat(100))).toBeNull();
    expect(zoneClock('eUrOpE/bErLiN')).toBe(zoneClock('Europe/Berlin'));
    expect(zoneClock('eUrOpE/bErLiN').timeZone).toBe('Europe/Berlin');
    expect(() => zoneClock('Mars/Olympus')).toThrow(RangeError);
  });
});
