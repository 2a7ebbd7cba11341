import { createClient, type Attempt } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockAdapter } from '../../createMockAdapter.js';
import { datasetFromRows } from '../../dataset/fromRows.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

// The engine breaks ties between equal scores, durations or names by the attempt id's place in code-point order,
// an integer built once per dataset. These ids are unpadded numbers ("r10" sorts before "r9" as text) in an order
// unrelated to the table's (time) order, with few distinct scores so most rows tie; every page is checked against a
// plain sort by (value, missing last; then attempt id as text).
const tiny = tinyDataset();
const people = ['ana', 'ben', 'cai', 'dev', 'eva'];
const scores = [60, 75, null, 90];
const durations = [120, null, 300];
const attempts: Attempt[] = Array.from({ length: 37 }, (_, i) => {
  const n = (i * 17) % 37; // a permutation of 0 … 36
  const started = Date.parse('2026-03-01T08:00:00Z') + i * 3_600_000;
  return {
    attempt_id: `r${n}`,
    org_id: 'org-a',
    user_id: people[i % people.length]!,
    activity_id: 'act-a1',
    score: scores[(n * 7) % scores.length]!,
    duration_seconds: durations[n % durations.length]!,
    talk_ms: null,
    listen_ms: null,
    started_at: new Date(started).toISOString(),
    ended_at: null,
    goal_band: null,
    task1_band: null,
    task2_band: null,
  };
});
const dataset = datasetFromRows({ orgs: tiny.orgs, teams: tiny.teams, users: tiny.users, activities: tiny.activities, attempts });
const client = createClient({ adapter: createMockAdapter({ dataset }) });

const asText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function expected(field: 'score' | 'duration_seconds', descending: boolean): string[] {
  return [...attempts]
    .sort((x, y) => {
      const a = x[field];
      const b = y[field];
      if (a === null || b === null) return a === b ? asText(x.attempt_id, y.attempt_id) : a === null ? 1 : -1;
      return (descending ? b - a : a - b) || asText(x.attempt_id, y.attempt_id);
    })
    .map((a) => a.attempt_id);
}

describe('recentAttempts: ties by attempt id as text', () => {
  it('should order equal scores by id as text, not as numbers nor by time', async () => {
    const page = await client.query('recentAttempts', { now: TINY_NOW, sort: 'score', limit: 10 }, { viewer: v.adminA });
    // The ten first are all scored 60: r0 r12 r16 r20 r24 r28 r32 r36 r4 r8 (text order puts r12 … r36 before r4).
    expect(page.rows.map((r) => r.attemptId)).toEqual(['r0', 'r12', 'r16', 'r20', 'r24', 'r28', 'r32', 'r36', 'r4', 'r8']);
    expect(new Set(page.rows.map((r) => r.score))).toEqual(new Set([60]));
  });

  for (const sort of ['score', '-score', 'durationSeconds', '-durationSeconds'] as const) {
    it(`should cut every page of ${sort} out of one order, ties across page edges included`, async () => {
      const field = sort.endsWith('score') ? 'score' : 'duration_seconds';
      const all = expected(field, sort.startsWith('-'));
      const whole = await client.query('recentAttempts', { now: TINY_NOW, sort, limit: 100 }, { viewer: v.adminA });
      expect(whole.total).toBe(37);
      expect(whole.rows.map((r) => r.attemptId)).toEqual(all);
      for (const limit of [1, 4, 7]) {
        for (let offset = 0; offset < 40; offset += 3) {
          const page = await client.query('recentAttempts', { now: TINY_NOW, sort, offset, limit }, { viewer: v.adminA });
          expect(page.rows.map((r) => r.attemptId)).toEqual(all.slice(offset, offset + limit));
        }
      }
    });
  }
});
