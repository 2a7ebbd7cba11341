import { catalog, createClient, type AdapterRequest } from '../packages/data-client/src/index.js';
import { createMockAdapter, createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from '../bench/scenarios.js';
import { createContext } from '../packages/mock/src/engine/context.js';
import { resolveScope } from '../packages/mock/src/engine/scope.js';
import { activityInsights as after } from '../packages/mock/src/engine/queries/activityInsights.js';
import { activityInsights as before } from './aiBefore.js';

const t0 = performance.now();
const dataset = createMockDataset({ seed: 42, targetAttempts: 1_000_000 });
console.log(`dataset ${(performance.now() - t0).toFixed(0)} ms, attempts ${dataset.attempts.startedAt.length}`);
const { admin, manager } = benchViewers(dataset);
const end = dataset.meta.endDate;
const endMs = Date.parse(`${end}T00:00:00Z`);
const now = new Date(endMs - 6 * 3_600_000).toISOString();
const last90 = { from: new Date(endMs - 90 * 86_400_000).toISOString().slice(0, 10), to: end };
const client = createClient({ adapter: createMockAdapter({ dataset }) });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
async function time(fn: () => unknown, runs = 11, warm = 3) {
  for (let i = 0; i < warm; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); await fn(); ms.push(performance.now() - t); }
  return median(ms);
}
for (const [label, viewer, input] of [['admin', admin, {}], ['manager 90d -median', manager, { sort: '-medianScore', ...last90 }]] as const) {
  const params = catalog.activityInsights.params.parse({ now, ...input });
  const scope = resolveScope(dataset, { viewer, userIds: [], teamId: undefined });
  const ctx = createContext(dataset, { name: 'activityInsights', params, scope } as AdapterRequest, false);
  const a = JSON.stringify(before(ctx, params)), b = JSON.stringify(after(ctx, params));
  console.log(label, 'same result:', a === b);
  for (let round = 0; round < 2; round++) {
    console.log(`  round ${round}: engine before ${(await time(() => before(ctx, params))).toFixed(2)} ms, after ${(await time(() => after(ctx, params))).toFixed(2)} ms, client.query ${(await time(() => client.query('activityInsights', { now, ...input } as never, { viewer }))).toFixed(2)} ms`);
  }
}
