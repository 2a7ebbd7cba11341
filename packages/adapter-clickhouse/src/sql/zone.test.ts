import { offsetAt, zoneClock } from '@learnlens/data-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClickHouse, type ClickHouseServer } from '../../../../testing/clickhouse.js';
import { connectClickHouse, type ClickHouseConnection } from '../connection.js';
import { dayOf, hourOf } from './time.js';
import { offsetSql } from './zone.js';

// Zones whose calendar the old build's own functions get wrong (midnight DST gaps, half-hour DST), a half-hour
// zone, a 45-minute zone, the southern hemisphere and the suites' usual zones.
const ZONES = [
  'UTC', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Pacific/Auckland', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Africa/Casablanca',
];

let server: ClickHouseServer;
let db: ClickHouseConnection;
beforeAll(async () => {
  server = await startClickHouse();
  db = connectClickHouse({ url: server.url });
});
afterAll(() => server?.stop());

describe('offsetSql', () => {
  it('should give the local day and hour of ZoneClock for every quarter hour of 2026', async () => {
    const start = Date.UTC(2026, 0, 1) / 1000;
    const steps = 365 * 96;
    for (const zone of ZONES) {
      const local = `(toInt64(toUInt32(t)) + ${offsetSql(zone, 't', undefined, undefined)})`;
      const rows = await db.select(
        `SELECT groupArray(${dayOf(local)}) AS days, groupArray(${hourOf(local)}) AS hours
         FROM (SELECT toDateTime(${start} + number * 900) AS t FROM system.numbers LIMIT ${steps})`,
      );
      const days = rows[0]!.days as number[];
      const hours = rows[0]!.hours as number[];
      const clock = zoneClock(zone);
      let wrong = 0;
      for (let i = 0; i < steps; i++) {
        const ms = (start + i * 900) * 1000;
        const day = clock.localDay(ms);
        const hour = Math.floor((ms + clock.offset(ms) - day * 86_400_000) / 3_600_000);
        if (Number(days[i]) !== day || Number(hours[i]) !== hour) wrong++;
      }
      expect(wrong, zone).toBe(0);
    }
  });

  it('should cover only the years of a bounded range and stay a constant for fixed zones', () => {
    const bounded = offsetSql('Europe/Berlin', 't', Date.UTC(2026, 2, 1), Date.UTC(2026, 5, 1));
    expect(bounded).toContain('[2026]');
    expect(offsetSql('Asia/Kolkata', 't', undefined, undefined)).toBe('19800');
    expect(offsetSql('UTC', 't', undefined, undefined)).toBe('0');
  });

  it('should fall back to one lookup per change where a year has more than two changes', async () => {
    // Africa/Casablanca suspends DST for Ramadan: four changes in 2012.
    const sql = offsetSql('Africa/Casablanca', 't', Date.UTC(2012, 0, 1), Date.UTC(2012, 11, 1));
    expect(sql).not.toContain('zone_p_');
    const start = Date.UTC(2012, 0, 1) / 1000;
    const rows = await db.select(
      `SELECT groupArray(${sql}) AS offsets FROM (SELECT toDateTime(${start} + number * 3600) AS t FROM system.numbers LIMIT ${330 * 24})`,
    );
    const offsets = (rows[0]!.offsets as number[]).map(Number);
    offsets.forEach((o, i) => expect(o, String(i)).toBe(offsetAt((start + i * 3600) * 1000, 'Africa/Casablanca') / 1000));
  });
});
