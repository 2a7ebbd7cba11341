// The mock's eventTiming and eventCohorts against the plain SQL over seed 002's fact_kpi_events (the seed names these
// analyses but gives no SQL for them): the same generated rows are loaded into the seed's tables on a throwaway
// PostgreSQL, with timestamp_ms = ms since the attempt started.
import { createClient, kpiEventTypes, type Viewer } from '@learnlens/data-client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createMockAdapter } from './createMockAdapter.js';
import { createMockDataset } from './dataset/createMockDataset.js';
import { diffRows, type Row } from './seed-sql/compare.js';
import { eventCohortsRef, eventTimingRef } from './seed-sql/kpiEvents.js';
import { loadSeed002 } from './seed-sql/load.js';
import { createSeed002Tables, setTimeZone } from './seed-sql/reference.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 12, orgs: 3, learnersPerOrg: 30, days: 60 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const NOW = '2026-11-01T00:00:00.000Z';

let server: PostgresServer;
let sql: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  sql = new pg.Client({ connectionString: server.connectionString });
  await sql.connect();
  await setTimeZone(sql, 'UTC');
  await createSeed002Tables(sql);
  await loadSeed002(sql, dataset);
});

afterAll(async () => {
  await sql?.end();
  await server?.stop();
});

const admins = dataset.orgs.map((org) => {
  const admin = dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!;
  return { orgId: org.org_id, viewer: { userId: admin.user_id, role: 'admin', orgId: org.org_id } satisfies Viewer };
});

describe.each(admins)('seed 002 fact_kpi_events, $orgId', ({ orgId, viewer }) => {
  it('eventTiming = events per type and tenth of timestamp_ms over duration_seconds', async () => {
    // The KPI types, and the ends of every call: attempt_started at 0 ms, attempt_completed exactly at the end.
    const eventTypes = [...kpiEventTypes, 'attempt_started', 'attempt_completed'];
    const expected = await eventTimingRef(sql, orgId, eventTypes);
    const result = await client.query('eventTiming', { eventTypes, now: NOW }, { viewer });
    const actual: Row[] = result.rows.map((r) => {
      const row: Row = { eventType: r.eventType, events: r.events, attempts: r.attempts };
      r.counts.forEach((n, k) => {
        if (n > 0) row[`t${k}`] = n;
      });
      return row;
    });
    expect(diffRows(actual, expected, 'eventType')).toEqual([]);
    expect(actual.map((r) => r.eventType)).toEqual(expected.map((r) => r.eventType));
  });

  it.each([
    ['question_asked', [0.15, 0.3]],
    ['filler_word', [0.2, 0.5]],
    ['question_asked', [3, 8]],
  ] as const)('eventCohorts %s with bounds %j = the cohorts of events per completed attempt', async (eventType, bounds) => {
    const expected = await eventCohortsRef(sql, orgId, eventType, bounds);
    const result = await client.query('eventCohorts', { eventType, bounds: [...bounds], now: NOW }, { viewer });
    const actual: Row[] = result.bands
      .filter((b) => b.learners > 0)
      .map((b) => ({ band: b.band, learners: b.learners, attempts: b.attempts, events: b.events, avgScore: b.avgScore }));
    expect(actual.length).toBeGreaterThan(0);
    expect(diffRows(actual, expected, 'band')).toEqual([]);
  });
});
