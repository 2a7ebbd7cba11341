import { catalog, queryNames, type QueryName, type Viewer } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';
import { viewerOf } from '../test-fixtures/viewers.js';

const seed = ['--seed', '7'];
const sizes = ['--orgs', '2', '--learners', '15', '--days', '45'];
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 7, orgs: 2, learnersPerOrg: 15, days: 45 });
const now = `${dataset.meta.endDate}T00:00:00.000Z`;

// Parameters each query needs beyond the defaults, with `now` pinned so answers are reproducible.
function paramsFor(name: QueryName, viewer: Viewer): Record<string, unknown> {
  if (name === 'activityDetail') return { now, activityId: dataset.activities.find((a) => a.org_id === viewer.orgId)!.activity_id };
  if (name === 'eventFrequency') return { now, eventType: dataset.eventTypes[0] ?? 'filler_word' };
  if (name === 'leaderboard') return { now, period: 'range', from: '2000-01-01', to: '2100-01-01' };
  return { now };
}

async function query(name: QueryName, viewer: Viewer, source: string[]): Promise<unknown> {
  const result = await run(['query', name, '--viewer', JSON.stringify(viewer), '--params', JSON.stringify(paramsFor(name, viewer)), ...source]);
  expect(result.code, `${name}: ${result.stderr}`).toBe(0);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('learnlens query', () => {
  it('should print pretty JSON that validates against the catalog result schema', async () => {
    const admin = viewerOf(dataset, 'admin');
    const result = await run(['query', 'orgOverview', '--viewer', JSON.stringify(admin), '--params', JSON.stringify({ now }), ...seed, ...sizes]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^\{\n {2}"/);
    const parsed = catalog.orgOverview.result.parse(JSON.parse(result.stdout));
    expect(parsed.totalAttempts).toBeGreaterThan(0);
  });

  it('should answer every catalog query for an admin with a valid result', async () => {
    const admin = viewerOf(dataset, 'admin');
    for (const name of queryNames) {
      const answer = await query(name, admin, [...seed, ...sizes]);
      expect(catalog[name].result.safeParse(answer).success, name).toBe(true);
    }
  });

  it('should default to seed 1 with default sizes when neither --seed nor --data is given', async () => {
    const defaults = createMockDataset({ endDate: '2026-11-01', seed: 1 });
    const admin = viewerOf(defaults, 'admin');
    const implicit = await query('orgOverview', admin, []);
    const explicit = await query('orgOverview', admin, ['--seed', '1']);
    expect(implicit).toEqual(explicit);
  });

  it('should accept --adapter mock', async () => {
    const admin = viewerOf(dataset, 'admin');
    const answer = await query('scoreTrend', admin, [...seed, ...sizes, '--adapter', 'mock']);
    expect(catalog.scoreTrend.result.safeParse(answer).success).toBe(true);
  });

  describe('with --data', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await tempDir();
      const written = await run(['dataset', ...seed, ...sizes, '--out', dir]);
      expect(written.code, written.stderr).toBe(0);
    });

    it('should give the same answers from the CSV files as from the seed, for every query and role', async () => {
      for (const role of ['admin', 'manager', 'learner'] as const) {
        const viewer = viewerOf(dataset, role, 1);
        for (const name of queryNames.filter((n) => catalog[n].roles?.includes(role) ?? true)) {
          const fromSeed = await query(name, viewer, [...seed, ...sizes]);
          const fromData = await query(name, viewer, ['--data', dir]);
          expect(fromData, `${role} ${name}`).toEqual(fromSeed);
        }
      }
    });

    it('should resolve --data against the working directory', async () => {
      const admin = viewerOf(dataset, 'admin');
      const fromSeed = await query('orgOverview', admin, [...seed, ...sizes]);
      const result = await run(
        ['query', 'orgOverview', '--viewer', JSON.stringify(admin), '--params', JSON.stringify({ now }), '--data', '.'],
        { cwd: dir },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(fromSeed);
    });
  });
});
