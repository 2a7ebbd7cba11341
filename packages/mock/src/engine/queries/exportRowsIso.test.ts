import { describe, expect, it } from 'vitest';
import { IsoFormatter } from './exportRowsIso.js';

describe('IsoFormatter', () => {
  it('should write what Date#toISOString writes, day after day and back again', () => {
    const iso = new IsoFormatter();
    // A walk through time in steps of a few hours and odd milliseconds (the day cache is hit and missed, forwards and
    // backwards), then edges: the epoch, leap days, year ends, years 0000 and 9999, before the epoch.
    const instants: number[] = [];
    let t = Date.UTC(2023, 11, 30, 22, 59, 59, 999);
    for (let k = 0; k < 2000; k++) {
      instants.push(t);
      t += k % 7 === 3 ? -86_400_000 * 3 - 17 : 3 * 3_600_000 + 1234 * (k % 11) + 1;
    }
    instants.push(
      0, -1, 1, Date.UTC(2024, 1, 29, 12), Date.UTC(2100, 1, 28, 23, 59, 59, 999), Date.UTC(2000, 1, 29), Date.UTC(1999, 11, 31, 23, 59, 59, 999),
      Date.parse('0000-01-01T00:00:00.000Z'), Date.parse('9999-12-31T23:59:59.999Z'), Date.parse('1969-07-20T20:17:40.005Z'),
    );
    for (const ms of instants) expect(iso.format(ms)).toBe(new Date(ms).toISOString());
  });

  it('should leave years outside 0000–9999 and fractional milliseconds to Date', () => {
    const iso = new IsoFormatter();
    for (const ms of [Date.parse('+010000-01-01T00:00:00.000Z'), Date.parse('-000001-12-31T23:59:59.999Z')]) {
      expect(iso.format(ms)).toBe(new Date(ms).toISOString());
    }
    expect(iso.format(Date.UTC(2026, 2, 1, 10) + 0.5)).toBe('2026-03-01T10:00:00.000Z');
  });
});
