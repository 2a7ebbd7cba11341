import { offsetAt, zoneClock } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { DAY_MS, LocalTimeCursor } from './localTime.js';

describe('LocalTimeCursor', () => {
  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata'])(
    'should match the zone offset at every instant across a year of DST changes in %s',
    (zone) => {
      const cursor = new LocalTimeCursor(zoneClock(zone));
      const start = Date.parse('2025-09-01T00:00:00Z');
      // Steps of 97 minutes land on both sides of every change.
      const wrong: string[] = [];
      for (let t = start; t < start + 400 * DAY_MS; t += 97 * 60_000) {
        if (cursor.local(t) - t !== offsetAt(t, zone)) wrong.push(new Date(t).toISOString());
      }
      expect(wrong).toEqual([]);
    },
  );

  it('should switch exactly at the change instant', () => {
    const cursor = new LocalTimeCursor(zoneClock('Europe/Berlin'));
    const change = Date.parse('2026-03-29T01:00:00Z');
    expect(cursor.local(change - 1) - (change - 1)).toBe(3_600_000);
    expect(cursor.local(change) - change).toBe(7_200_000);
  });

  it('should answer instants visited out of order', () => {
    const cursor = new LocalTimeCursor(zoneClock('America/New_York'));
    const summer = Date.parse('2026-07-01T12:00:00Z');
    const winter = Date.parse('2026-01-01T12:00:00Z');
    expect(cursor.local(summer) - summer).toBe(-4 * 3_600_000);
    expect(cursor.local(winter) - winter).toBe(-5 * 3_600_000);
    expect(cursor.local(summer) - summer).toBe(-4 * 3_600_000);
  });
});
