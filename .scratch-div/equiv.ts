import { catalog, type AdapterRequest } from '../packages/data-client/src/index.js';
import { createMockDataset, type MockDataset } from '../packages/mock/src/index.js';
import { createContext } from '../packages/mock/src/engine/context.js';
import { resolveScope } from '../packages/mock/src/engine/scope.js';
import { activityInsights as after } from '../packages/mock/src/engine/queries/activityInsights.js';
import { activityInsights as before } from './aiBefore.js';

function same(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return Object.is(x, y);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => same(v, y[i]));
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const kx = Object.keys(x), ky = Object.keys(y);
    return kx.length === ky.length && kx.every((k) => same((x as any)[k], (y as any)[k]));
  }
  return x === y;
}
let cases = 0, bad = 0;
function check(label: string, dataset: MockDataset) {
  const now = '2026-10-30T00:00:00Z';
  for (const org of dataset.orgs) {
    const adminU = dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!;
    const team = dataset.teams.find((t) => t.org_id === org.org_id)!;
    const acts = dataset.activities.filter((a) => a.org_id === org.org_id).map((a) => a.activity_id);
    const learners = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner').map((u) => u.user_id);
    const viewers = [
      { userId: adminU.user_id, role: 'admin' as const, orgId: org.org_id },
      { userId: team.manager_id, role: 'manager' as const, orgId: org.org_id },
    ];
    const inputs: Record<string, unknown>[] = [
      {}, { sort: 'medianScore' }, { from: '2026-09-01', to: '2026-10-01', timezone: 'Europe/Berlin' },
      { userIds: learners.slice(0, 3) }, { userIds: learners.slice(0, 1), from: '2026-10-20', to: '2026-10-21' },
      { activityIds: acts.slice(0, 3) }, { teamId: team.team_id, sort: '-scoreStddev', limit: 4, offset: 1 },
      { from: '2030-01-01', to: '2030-02-01' },
    ];
    for (const viewer of viewers) for (const input of inputs) {
      const params = catalog.activityInsights.params.parse({ now, ...input });
      const p = params as { userIds?: string[]; teamId?: string };
      const scope = resolveScope(dataset, { viewer, userIds: p.userIds ?? [], teamId: p.teamId });
      if (scope.foreignUserIds.length) continue;
      const ctx = createContext(dataset, { name: 'activityInsights', params, scope } as AdapterRequest, false);
      const x = before(ctx, params), y = after(ctx, params);
      cases++;
      if (!same(x, y)) { bad++; if (bad < 5) console.log('DIFF', label, org.org_id, viewer.role, JSON.stringify(input), JSON.stringify(x.rows[0]), JSON.stringify(y.rows[0])); }
    }
  }
}
const base = createMockDataset(process.env.MANY ? { seed: 3, activitiesPerOrg: 120, targetAttempts: 60_000 } : { seed: 11, targetAttempts: 120_000 });
console.log("activities", base.activities.length);
console.log('scales', base.orgs.map((o) => o.score_scale));
check('generated', base);
const withScores = (f: (s: number, i: number) => number): MockDataset => {
  const score = base.attempts.score.map((s, i) => (Number.isNaN(s) ? s : f(s, i)));
  return { ...base, attempts: { ...base.attempts, score } };
};
check('off grid everywhere', withScores((s) => s * 1.013 + 0.1));
check('one off-grid row late', withScores((s, i) => (i % 40_000 === 39_999 ? s + 0.3 : s)));
check('one off-grid row early', withScores((s, i) => (i % 40_000 === 5 ? s + 0.3 : s)));
check('negative', withScores((s, i) => (i % 1000 === 7 ? -s - 1 : s)));
check('above 100', withScores((s, i) => (i % 1000 === 7 ? s + 150 : s)));
check('minus zero', withScores((s, i) => (s === 0 || i % 500 === 3 ? -0 : s)));
check('quarter steps', withScores((s, i) => (i % 3 === 0 ? s + 0.25 : s)));
check('huge', withScores((s, i) => (i % 3 === 0 ? s * 1e300 : s)));
check('exactly 100 / 0', withScores((s, i) => (i % 2 === 0 ? 100 : i % 3 === 0 ? 0 : s)));
console.log({ cases, bad });
