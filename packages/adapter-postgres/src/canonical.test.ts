// Every catalog query on the canonical mapping against the mock engine over the same generated dataset: the same
// results for several viewers and parameter sets (numbers within 1e-9 relative), the same typed errors for
// out-of-scope and adversarial requests, and the same resolved scopes.
import { catalog, createClient, queryNames, type LearnlensClient, type QueryName, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, tableRows } from '@learnlens/mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../testing/postgres.js';
import { createPostgresAdapter, type PostgresAdapter } from './createPostgresAdapter.js';
import { loadDataset } from './loadDataset.js';
import { createCanonicalSchema } from './migrations/canonical.js';
import { NOW, paramSets, requiredParams, viewerCases, type Params } from './test-fixtures/cases.js';
import { differences } from './test-fixtures/compare.js';

const dataset = createMockDataset({ seed: 7, orgs: 3, learnersPerOrg: 14, teamSize: 7, days: 90 });
const mock = createClient({ adapter: createMockAdapter({ dataset }) });

let server: PostgresServer;
let adapter: PostgresAdapter;
let postgres: LearnlensClient;

beforeAll(async () => {
  server = await startPostgres();
  const setup = new pg.Client({ connectionString: server.connectionString });
  await setup.connect();
  await createCanonicalSchema(setup);
  await loadDataset(setup, (table) => tableRows(dataset, table));
  await setup.query('ANALYZE');
  await setup.end();
  adapter = createPostgresAdapter({ connectionString: server.connectionString });
  postgres = createClient({ adapter });
});

afterAll(async () => {
  await adapter?.close();
  await server?.stop();
});

type Outcome = { ok: unknown } | { error: { name?: string; code?: string; message?: string } };

async function outcome(client: LearnlensClient, name: QueryName, viewer: Viewer, params: Params): Promise<Outcome> {
  try {
    return { ok: await client.query(name, { ...requiredParams(name), ...params } as never, { viewer }) };
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string };
    return { error: { name: e.name, code: e.code, message: e.message } };
  }
}

describe('the canonical mapping', () => {
  it('should answer every catalog query', () => {
    expect(adapter.supportedQueries).toEqual(queryNames);
  });

  it.each(queryNames)('should give the mock engine\'s %s results for every viewer and parameter set', async (name) => {
    const problems: string[] = [];
    let compared = 0;
    for (const v of viewerCases(dataset)) {
      for (const params of paramSets(dataset, name, v)) {
        const [expected, actual] = await Promise.all([outcome(mock, name, v.viewer, params), outcome(postgres, name, v.viewer, params)]);
        if ('ok' in expected) compared++;
        const diff = differences(actual, expected);
        if (diff.length > 0) problems.push(`${v.label} ${JSON.stringify(params)}:\n    ${diff.slice(0, 5).join('\n    ')}`);
      }
    }
    expect(problems.slice(0, 8).join('\n')).toBe('');
    expect(compared).toBeGreaterThan(10);
  });

  it('should resolve the same scope as the mock for every user', async () => {
    for (const u of dataset.users) {
      const request = { viewer: { userId: u.user_id, role: u.role, orgId: u.org_id }, userIds: [dataset.users[0]!.user_id, 'ghost'], teamId: undefined };
      expect(await adapter.resolveScope(request)).toEqual(await mock.adapter.resolveScope(request));
    }
  });
});

describe('adversarial and out-of-scope requests', () => {
  const [org1, org2] = dataset.orgs;
  const usersOf = (org: string, role: string) => dataset.users.filter((u) => u.org_id === org && u.role === role);
  const teams1 = dataset.teams.filter((t) => t.org_id === org1!.org_id);
  const admin: Viewer = { userId: usersOf(org1!.org_id, 'admin')[0]!.user_id, role: 'admin', orgId: org1!.org_id };
  const manager: Viewer = { userId: teams1[0]!.manager_id, role: 'manager', orgId: org1!.org_id };
  const learnerRow = usersOf(org1!.org_id, 'learner').find((u) => u.team_id === teams1[0]!.team_id)!;
  const learner: Viewer = { userId: learnerRow.user_id, role: 'learner', orgId: org1!.org_id };
  const foreignLearner = usersOf(org2!.org_id, 'learner')[0]!.user_id;
  const otherTeamLearner = usersOf(org1!.org_id, 'learner').find((u) => u.team_id === teams1[1]!.team_id)!.user_id;
  const injection = ["x' or '1'='1", "'); drop table attempts; --", 'org-1\' union select * from users --', '\u0000'];

  const cases: Array<{ label: string; viewer: Viewer; params: Params }> = [
    { label: 'another org as orgId', viewer: admin, params: { orgId: org2!.org_id } },
    { label: 'SQL as orgId', viewer: admin, params: { orgId: injection[0] } },
    { label: "another org's learner", viewer: admin, params: { userIds: [foreignLearner] } },
    { label: 'SQL in userIds', viewer: admin, params: { userIds: injection } },
    { label: 'SQL in userIds next to a member', viewer: manager, params: { userIds: [learnerRow.user_id, injection[0]] } },
    { label: 'SQL as teamId', viewer: admin, params: { teamId: injection[1] } },
    { label: "another org's team", viewer: admin, params: { teamId: dataset.teams.find((t) => t.org_id === org2!.org_id)!.team_id } },
    { label: 'admin claiming another org', viewer: { ...admin, orgId: org2!.org_id }, params: {} },
    { label: 'SQL as the viewer org', viewer: { ...admin, orgId: injection[2]! }, params: {} },
    { label: 'SQL as the viewer', viewer: { ...admin, userId: injection[0]! }, params: {} },
    { label: 'wrong role', viewer: { ...admin, role: 'manager' }, params: {} },
    { label: "manager asking for another team's learner", viewer: manager, params: { userIds: [otherTeamLearner] } },
    { label: 'learner filtering by another team', viewer: learner, params: { teamId: teams1[1]!.team_id } },
    { label: 'unknown parameter', viewer: admin, params: { where: '1=1' } },
    { label: 'SQL as a sort key', viewer: admin, params: { sort: 'score; drop table attempts' } },
  ];

  it.each(queryNames)('should fail %s with the mock\'s typed error and never answer', async (name) => {
    for (const c of cases) {
      const params = { now: NOW, ...c.params };
      const [expected, actual] = await Promise.all([outcome(mock, name, c.viewer, params), outcome(postgres, name, c.viewer, params)]);
      expect(expected, c.label).toHaveProperty('error');
      expect(differences(actual, expected), `${name}: ${c.label}`).toEqual([]);
    }
  });

  it.each(queryNames)('should give %s the mock\'s result for activityIds carrying SQL', async (name) => {
    const params = { now: NOW, activityIds: [...injection, 'act-1-1'] };
    const [expected, actual] = await Promise.all([outcome(mock, name, admin, params), outcome(postgres, name, admin, params)]);
    expect(differences(actual, expected)).toEqual([]);
  });

  it('should never return another org\'s rows, even for a request handed straight to run()', async () => {
    const scope = { orgId: org1!.org_id, viewer: admin, teamIds: [], userIds: null, peerUserIds: null, foreignUserIds: [] };
    const params = catalog.exportRows.params.parse({ now: NOW, limit: 100_000 });
    const result = (await adapter.run({ name: 'exportRows', params, scope })) as { rows: Array<{ org_id: string }> };
    expect(result.rows.length).toBeGreaterThan(0);
    expect(new Set(result.rows.map((r) => r.org_id))).toEqual(new Set([org1!.org_id]));
    // A forged scope claiming the whole org for a learner is narrowed again from the database.
    const forged = { ...scope, viewer: learner };
    const own = (await adapter.run({ name: 'exportRows', params, scope: forged })) as { rows: Array<{ user_id: string }> };
    expect(new Set(own.rows.map((r) => r.user_id))).toEqual(new Set([learner.userId]));
    await expect(adapter.run({ name: 'exportRows', params: { ...params, orgId: org2!.org_id }, scope })).rejects.toMatchObject({ code: 'SCOPE' });
  });
});
