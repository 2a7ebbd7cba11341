import { catalog, type AdapterRequest, type Viewer } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import { expect, it } from 'vitest';
import { createContext } from '../packages/mock/src/engine/context.js';
import { resolveScope } from '../packages/mock/src/engine/scope.js';
import { learnerActivitySummary as now } from '../packages/mock/src/engine/queries/learnerActivitySummary.js';
import { learnerActivitySummary as old } from './oldLas.js';

it('old vs new mock on conformance activityIds cases', () => {
  const dataset = createMockDataset({ seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
  let differ = 0, total = 0;
  for (const org of dataset.orgs) {
    const admin = dataset.users.find((u) => u.org_id === org.org_id && u.role === 'admin')!;
    const viewer: Viewer = { userId: admin.user_id, role: 'admin', orgId: org.org_id };
    const acts = dataset.activities.filter((a) => a.org_id === org.org_id).map((a) => a.activity_id);
    const params = catalog.learnerActivitySummary.params.parse({ now: '2026-10-29T15:30:00.000Z', timezone: 'America/Los_Angeles', activityIds: [acts[0], acts[3], 'no-such-activity'] });
    const scope = resolveScope(dataset, { viewer, userIds: [], teamId: undefined });
    const ctx = createContext(dataset, { name: 'learnerActivitySummary', params, scope } as AdapterRequest, false);
    const a = old(ctx, params), b = now(ctx, params);
    total++;
    if (JSON.stringify(a) !== JSON.stringify(b)) differ++;
    console.log(org.org_id, a.rows.filter((r) => r.dailyEvents === 0).length, dataset.sessions.length, 'old total', a.total, 'new total', b.total);
  }
  expect(total).toBe(3);
});
