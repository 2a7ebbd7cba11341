// The conformance data must hold what the cases are meant to exercise: a comparison over data that never shows a
// behaviour proves nothing about it.
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import { describe, expect, it } from 'vitest';
import { conformanceDataset, NOW, TIES_ORG } from './dataset.js';
import { TZ_ORG, ZONE_CASES } from './timeZoneData.js';

const dataset = conformanceDataset();
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const tutoringOrg = dataset.orgs.find((o) => o.score_scale === 'binary')!.org_id;
const viewerOf = (role: 'admin' | 'manager'): Viewer => {
  const u = dataset.users.find((x) => x.org_id === tutoringOrg && x.role === role)!;
  return { userId: u.user_id, role, orgId: tutoringOrg };
};

describe('the conformance dataset', () => {
  it.each(['admin', 'manager'] as const)('should give the tutoring %s miscalibrated questions under the default minAttempts', async (role) => {
    const result = await client.query('difficultyCalibration', { now: NOW }, { viewer: viewerOf(role) });
    expect(result.questions.filter((q) => q.miscalibrated).length).toBeGreaterThan(0);
    expect(result.questions.filter((q) => !q.miscalibrated).length).toBeGreaterThan(0);
  });

  it("should have a band split over two of the seed's 1–5 levels, so grouping by level differs from grouping by band", async () => {
    const result = await client.query('difficultyCalibration', { now: NOW }, { viewer: viewerOf('admin') });
    const bands = new Set(result.levels.map((l) => l.difficulty));
    expect(result.levels.every((l) => l.difficultyLevel !== null)).toBe(true);
    expect(result.levels.length).toBeGreaterThan(bands.size);
  });

  it('should have averages that tie only up to float noise, sorted as ties (by activity id) in both directions', async () => {
    const viewer: Viewer = { userId: 'ties-admin', role: 'admin', orgId: TIES_ORG };
    const scores = (id: string) => dataset.attempts.score.filter((_, i) => dataset.activities[dataset.attempts.activity[i]!]!.activity_id === id);
    const raw = (id: string) => scores(id).reduce((sum, x) => sum + x, 0) / 3;
    expect(raw('ties-act-3')).not.toBe(raw('ties-act-4'));
    expect(raw('ties-act-3')).toBeCloseTo(raw('ties-act-4'), 12);
    for (const sort of ['avgScore', '-avgScore', 'medianScore', '-scoreStddev'] as const) {
      const result = await client.query('activityInsights', { now: NOW, sort }, { viewer });
      const ids = result.rows.map((r) => r.activityId).filter((id) => id === 'ties-act-3' || id === 'ties-act-4');
      expect(ids, sort).toEqual(['ties-act-3', 'ties-act-4']);
    }
  });

  it('should have, at every awkward instant of the time-zone org, an answer started before it and submitted after it', () => {
    const a = dataset.attempts;
    const answers: Array<[number, number]> = [];
    for (let i = 0; i < a.id.length; i++) {
      const activity = dataset.activities[a.activity[i]!]!;
      if (activity.org_id === TZ_ORG && activity.kind === 'question' && a.endedAt[i] === a.endedAt[i]) answers.push([a.startedAt[i]!, a.endedAt[i]!]);
    }
    // A query that placed answers at their start would put these on the other side of a day, week or window boundary.
    for (const key of ZONE_CASES.flatMap((c) => c.keys)) {
      const at = Date.parse(key.at);
      expect(answers.some(([start, end]) => start < at && end > at), key.at).toBe(true);
    }
  });

  it('should have learners whose overall bands show alike but differ unrounded, sorted by the band shown, then id', async () => {
    const viewer: Viewer = { userId: 'ties-admin', role: 'admin', orgId: TIES_ORG };
    const result = await client.query('bandProgress', { now: NOW }, { viewer });
    const rows = result.rows.map((r) => [r.id, r.overallBand]);
    // Unrounded: a 6.75, c 6.745, d 6.7533…; a sort on those (or on 9 decimals of them) would give d, a, c.
    expect(rows.slice(0, 3)).toEqual([['ties-a', 6.75], ['ties-c', 6.75], ['ties-d', 6.75]]);
  });
});
