import { catalog, createClient, type AdapterRequest } from '../packages/data-client/src/index.js';
import { createMockAdapter, createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from '../bench/scenarios.js';
import { createContext } from '../packages/mock/src/engine/context.js';
import { resolveScope } from '../packages/mock/src/engine/scope.js';
import { activityInsights as after } from '../packages/mock/src/engine/queries/activityInsights.js';
import { activityInsights as before } from './aiBefore.js';
const dataset = createMockDataset({ seed: 42, targetAttempts: 1_000_000 });
const { admin, manager } = benchViewers(dataset);
const endMs = Date.parse(`${dataset.meta.endDate}T00:00:00Z`);
const now = new Date(endMs - 6 * 3_600_000).toISOString();
const last90 = { from: new Date(endMs - 90 * 86_400_000).toISOString().slice(0, 10), to: dataset.meta.endDate };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const client = createClient({ adapter: createMockAdapter({ dataset }) });
for (const [label, viewer, input] of [['admin, by attempts', admin, {}], ['manager, by median, 90 days', manager, { sort: '-medianScore', ...last90 }]] as const) {
  const params = catalog.activityInsights.params.parse({ now, ...input });
  const scope = resolveScope(dataset, { viewer, userIds: [], teamId: undefined });
  const ctx = createContext(dataset, { name: 'activityInsights', params, scope } as AdapterRequest, false);
  const ms = { before: [] as number[], after: [] as number[], client: [] as number[] };
  for (let i = 0; i < 3; i++) { before(ctx, params); after(ctx, params); await client.query('activityInsights', { now, ...input } as never, { viewer }); }
  for (let r = 0; r < 11; r++) {
    let t = performance.now(); before(ctx, params); ms.before.push(performance.now() - t);
    t = performance.now(); after(ctx, params); ms.after.push(performance.now() - t);
    t = performance.now(); await client.query('activityInsights', { now, ...input } as never, { viewer }); ms.client.push(performance.now() - t);
  }
  console.log(`${label}: engine before ${median(ms.before).toFixed(2)} ms (min ${Math.min(...ms.before).toFixed(2)}), after ${median(ms.after).toFixed(2)} ms (min ${Math.min(...ms.after).toFixed(2)}) (×${(median(ms.before) / median(ms.after)).toFixed(2)}); client.query after ${median(ms.client).toFixed(2)} ms (min ${Math.min(...ms.client).toFixed(2)})`);
}
