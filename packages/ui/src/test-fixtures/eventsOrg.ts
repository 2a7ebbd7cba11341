import { createClient, type QueryName, type QueryParamsInput, type QueryResult, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockAdapter } from '@learnlens/mock';

// A generated org whose data are learning events (the third org kind: lessons, assessments and questions, with
// mastery deltas), for seed 001's dashboard widgets. Widgets are checked against the query's own answer.

/** The instant the tests measure from: the end of the generated history. */
export const EVENTS_NOW = '2026-10-31T18:00:00.000Z';

const dataset = createMockDataset({ seed: 3, orgs: 3, learnersPerOrg: 8, days: 60, endDate: '2026-11-01' });
const admin = dataset.users.find((u) => u.org_id === 'org-3' && u.role === 'admin')!;

/** The events org's admin. */
export const eventsAdmin: Viewer = { userId: admin.user_id, role: 'admin', orgId: admin.org_id };

/** A mock adapter over the dataset, with its fault switches. */
export function eventsAdapter(faults: { failureRate?: number } = {}): MockAdapter {
  return createMockAdapter({ dataset, ...faults });
}

/** The answer a widget should show, straight from the catalog. */
export function answer<N extends QueryName>(name: N, params: QueryParamsInput<N>): Promise<QueryResult<N>> {
  return createClient({ adapter: eventsAdapter() }).query(name, params, { viewer: eventsAdmin });
}
