import { AuditWriteError, catalog, createClient, parseCsv, ScopeError, UnsupportedQueryError, type ExportProgress, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockAdapter } from '@learnlens/mock';
import { startLearnlensServer, type LearnlensServer } from '@learnlens/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from './createHttpClient.js';
import { AuthenticationError } from './errors.js';
import { AUDIENCE, SECRET, signToken } from './test-fixtures/token.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 11, orgs: 2, learnersPerOrg: 14, teamSize: 7, days: 40 });
const NOW = '2026-10-29T12:00:00.000Z';
const SALT = 'adapter-http-test-salt';
const find = (role: string) => dataset.users.find((u) => u.org_id === dataset.orgs[0]!.org_id && u.role === role && (role !== 'learner' || u.team_id))!;
const admin: Viewer = { userId: find('admin').user_id, role: 'admin', orgId: find('admin').org_id };
const learner: Viewer = { userId: find('learner').user_id, role: 'learner', orgId: find('learner').org_id };

async function serve(adapter: MockAdapter): Promise<LearnlensServer> {
  return startLearnlensServer({ adapter, auth: { secret: SECRET, audience: AUDIENCE }, privacy: { pseudonymSalt: SALT }, onError: () => {} });
}

describe('createHttpClient against @learnlens/server', () => {
  let adapter: MockAdapter;
  let server: LearnlensServer;
  beforeAll(async () => {
    adapter = createMockAdapter({ dataset });
    server = await serve(adapter);
  });
  afterAll(() => server.close());

  it('should answer as the server-side client does, pseudonymised once, on the server', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: (v) => signToken(v), queries: catalog });
    const direct = createClient({ adapter: createMockAdapter({ dataset }), privacy: { pseudonymSalt: SALT } });
    const params = { now: NOW, period: 'month' as const };
    expect(await client.query('leaderboard', params, { viewer: learner })).toEqual(await direct.query('leaderboard', params, { viewer: learner }));
  });

  it('should answer a query handed as its definition without being given the catalog, and say how to query by name', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: (v) => signToken(v) });
    const direct = createClient({ adapter: createMockAdapter({ dataset }), privacy: { pseudonymSalt: SALT } });
    const params = { now: NOW, period: 'month' as const };
    await expect(client.query('orgOverview', { now: NOW }, { viewer: learner })).rejects.toMatchObject({ code: 'UNKNOWN_QUERY' });
    expect(await client.query(catalog.leaderboard, params, { viewer: learner })).toEqual(await direct.query('leaderboard', params, { viewer: learner }));
    // Seen once, the name works too (a widget's hook hands the definition over first).
    expect((await client.query('leaderboard', params, { viewer: learner })).total).toBeGreaterThan(0);
  });

  it('should fail with AuthenticationError and no data once the token has expired', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: (v) => signToken(v, -60), queries: catalog });
    const error = await client.query('orgOverview', { now: NOW }, { viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ reason: 'expired' });
  });

  it('should fail with the server\'s ScopeError for a request outside the token\'s scope', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: (v) => signToken(v), queries: catalog });
    const other = dataset.users.find((u) => u.org_id === learner.orgId && u.role === 'learner' && u.user_id !== learner.userId)!;
    await expect(client.query('recentAttempts', { now: NOW, userIds: [other.user_id] }, { viewer: learner })).rejects.toBeInstanceOf(ScopeError);
  });

  it('should fail with ScopeError when the token is for someone else than the page\'s viewer', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: () => signToken(learner), queries: catalog });
    await expect(client.query('orgOverview', { now: NOW }, { viewer: admin })).rejects.toThrow(/signed-in session/);
  });

  it('should explain that exportRows is served by the export route', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: (v) => signToken(v), queries: catalog });
    const error = await client.query('exportRows', { now: NOW }, { viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedQueryError);
    expect((error as Error).message).toMatch(/\/export/);
  });

  it('should export through the server, which audits before sending the file', async () => {
    const client = createHttpClient({ baseUrl: server.url, getToken: (v) => signToken(v), queries: catalog });
    const progress: ExportProgress['phase'][] = [];
    const before = adapter.auditLog.length;
    const result = await client.export({ format: 'csv', params: { now: NOW, from: '2026-10-01', to: '2026-10-29' }, viewer: admin, onProgress: (p) => progress.push(p.phase) });
    expect(adapter.auditLog.slice(before)).toEqual([result.audit]);
    expect(result.audit).toMatchObject({ format: 'csv', org_id: admin.orgId, user_id: admin.userId, role: 'admin' });
    expect(parseCsv(new TextDecoder().decode(result.bytes))).toHaveLength(result.rowCount + 1);
    expect(result.fileName).toMatch(/^learnlens-export-.+\.csv$/);
    expect(result.mimeType).toBe('text/csv;charset=utf-8');
    expect(progress).toEqual(['counting', 'fetching', 'done']);
  });

  it('should fail with AuditWriteError and no file when the server cannot write the audit entry', async () => {
    const failing = createMockAdapter({ dataset, failAuditWrites: true });
    const broken = await serve(failing);
    try {
      const client = createHttpClient({ baseUrl: broken.url, getToken: (v) => signToken(v), queries: catalog });
      await expect(client.export({ format: 'parquet', params: { now: NOW }, viewer: admin })).rejects.toBeInstanceOf(AuditWriteError);
      expect(failing.auditLog).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});
