// One org of a generated dataset as the path tests see it: a client over the whole dataset, the org's admin, its
// first team's manager and learners (as row numbers in `dataset.users`), and days counted back from the data's end.
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter } from '../createMockAdapter.js';
import type { MockDataset } from '../dataset/dataset.types.js';

const DAY = 86_400_000;

export function generatedOrg(dataset: MockDataset, org: number) {
  const orgId = dataset.orgs[org]!.org_id;
  const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === orgId && u.role === 'admin')!.user_id, role: 'admin', orgId };
  const team = dataset.teams.find((t) => t.org_id === orgId)!;
  const manager: Viewer = { userId: team.manager_id, role: 'manager', orgId };
  const members = new Set(dataset.users.flatMap((u, i) => (u.team_id === team.team_id && u.role === 'learner' ? [i] : [])));
  const now = `${dataset.meta.endDate}T00:00:00.000Z`;
  const endMs = Date.parse(now);
  /** The date `n` days before the data's end, as `YYYY-MM-DD`. */
  const day = (n: number) => new Date(endMs - n * DAY).toISOString().slice(0, 10);
  return { client: createClient({ adapter: createMockAdapter({ dataset }) }), orgId, admin, team, manager, members, now, day };
}
