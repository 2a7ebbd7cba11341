import { catalog, type AdapterRequest } from '../packages/data-client/src/index.js';
import { createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from '../bench/scenarios.js';
import { createContext } from '../packages/mock/src/engine/context.js';
import { resolveScope } from '../packages/mock/src/engine/scope.js';
import { activityInsights as after } from '../packages/mock/src/engine/queries/activityInsights.js';
import { activityInsights as before } from './aiBefore.js';
import { activityInsights as nopass2 } from './aiNoPass2.js';
const dataset = createMockDataset({ seed: 42, targetAttempts: 1_000_000 });
const { admin, manager } = benchViewers(dataset);
const endMs = Date.parse(`${dataset.meta.endDate}T00:00:00Z`);
const now = new Date(endMs - 6 * 3_600_000).toISOString();
const last90 = { from: new Date(endMs - 90 * 86_400_000).toISOString().slice(0, 10), to: dataset.meta.endDate };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const variants = { before, after, nopass2 } as const;
for (const [label, viewer, input] of [['admin', admin, {}], ['manager 90d', manager, { sort: '-medianScore', ...last90 }]] as const) {
  const params = catalog.activityInsights.params.parse({ now, ...input });
  const scope = resolveScope(dataset, { viewer, userIds: [], teamId: undefined });
  const ctx = createContext(dataset, { name: 'activityInsights', params, scope } as AdapterRequest, false);
  const ms: Record<string, number[]> = { before: [], after: [], nopass2: [] };
  for (const f of Object.values(variants)) for (let i = 0; i < 5; i++) f(ctx, params);
  for (let r = 0; r < 31; r++) for (const [k, f] of Object.entries(variants)) { const t = performance.now(); f(ctx, params); ms[k]!.push(performance.now() - t); }
  console.log(label, Object.entries(ms).map(([k, v]) => `${k} median ${median(v).toFixed(2)} min ${Math.min(...v).toFixed(2)}`).join(' | '));
  console.log('  nopass2 max rel diff stddev', Math.max(...before(ctx, params).rows.map((r, i) => Math.abs((r.scoreStddev ?? 0) - (nopass2(ctx, params).rows[i]!.scoreStddev ?? 0)) / (r.scoreStddev ?? 1))));
}
