import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { ValidationError } from './errors.js';
import { createFakeAdapter } from './test-fixtures/fakeAdapter.js';
import type { Viewer } from './viewer.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'A' };
const overview = {
  activeUsers: 0,
  totalAttempts: 0,
  avgScore: null,
  lastActivity: null,
  attemptsLast7Days: 0,
  attemptsLast30Days: 0,
  attemptsPrevious7Days: 0,
  attemptsPrevious30Days: 0,
};

describe('common parameters', () => {
  // Regression: "0001-01-01" was a valid `from` and kept the zone arithmetic busy for about 50 s.
  it('should refuse dates and instants outside 1900–2200 with a typed ValidationError', async () => {
    const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
    const client = createClient({ adapter: fake.adapter });
    for (const params of [{ from: '0001-01-01' }, { to: '2201-01-01' }, { now: '1899-12-31T23:59:59Z' }, { now: '2200-12-31T23:00:00-05:00' }]) {
      const error = await client.query('orgOverview', params, { viewer: admin }).catch((e: unknown) => e);
      expect(error, JSON.stringify(params)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).code).toBe('INVALID_PARAMS');
      expect((error as ValidationError).message).toContain('1900–2200');
    }
    await client.query('orgOverview', { from: '1900-01-01', to: '2200-12-31', now: '2026-11-02T00:00:00Z' }, { viewer: admin });
    expect(fake.runs).toHaveLength(1);
  });

  it('should hand adapters one canonical name per zone, whatever its spelling', async () => {
    const fake = createFakeAdapter({ answers: { orgOverview: () => overview } });
    const client = createClient({ adapter: fake.adapter });
    await client.query('orgOverview', { timezone: 'eUrOpE/bErLiN' }, { viewer: admin });
    await client.query('orgOverview', { timezone: 'etc/utc' }, { viewer: admin });
    expect(fake.runs.map((r) => r.params.timezone)).toEqual(['Europe/Berlin', 'UTC']);
    const error = await client.query('orgOverview', { timezone: 'Mars/Olympus' }, { viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });
});
