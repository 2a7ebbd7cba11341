// The analytics export route (seed 000's /api/exports/analytics.parquet): the BI columns of exportRows, for admins
// only, audited before the first byte, CSV capped at 10,000 rows.
import { auditEntrySchema, biColumnNames, createClient, parseCsv, type BackendAdapter } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset, type MockAdapter } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearnlensServer } from './standalone.js';
import { hsToken, mockAdapter, NOW, post, startTestServer, viewers } from './test-fixtures/harness.js';

const params = { now: NOW, from: '2026-10-01', to: '2026-10-29', timezone: 'UTC' };
const auditOf = (response: Response) => auditEntrySchema.parse(JSON.parse(decodeURIComponent(response.headers.get('learnlens-audit') ?? 'null')));

describe('POST /exports/analytics.parquet and .csv', () => {
  let server: LearnlensServer & { adapter: BackendAdapter };
  let adapter: MockAdapter;
  beforeAll(async () => {
    adapter = mockAdapter();
    server = await startTestServer({ adapter });
  });
  afterAll(() => server.close());

  it("should send an admin the BI columns of the org's attempts, with the audit entry written first", async () => {
    const before = adapter.auditLog.length;
    const destination = 's3://bucket/bi/org.csv';
    const response = await post(`${server.url}/exports/analytics.csv`, { params, destination }, await hsToken(viewers.admin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="analytics-org-[^"]+\.csv"/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...biColumnNames]);
    const expected = await createClient({ adapter: createMockAdapter({ dataset: adapter.dataset }) }).query('exportRows', { ...params, limit: 100_000 }, { viewer: viewers.admin });
    expect(rows.length).toBe(expected.total);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((r) => r[0])).toEqual(expected.rows.map((r) => r.attempt_id));
    const audit = auditOf(response);
    expect(adapter.auditLog.slice(before)).toEqual([audit]);
    expect(audit).toMatchObject({ format: 'csv', org_id: viewers.admin.orgId, user_id: viewers.admin.userId, role: 'admin', row_count: rows.length });
    expect(audit.params).toMatchObject({ ...params, dataset: 'bi', destination });
  });

  it('should stream Parquet', async () => {
    const response = await post(`${server.url}/exports/analytics.parquet`, { params }, await hsToken(viewers.admin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    expect(auditOf(response)).toMatchObject({ format: 'parquet', role: 'admin' });
  });

  it.each(['manager', 'learner'] as const)('should refuse a %s with 403 and no audit entry', async (role) => {
    const before = adapter.auditLog.length;
    const response = await post(`${server.url}/exports/analytics.parquet`, { params }, await hsToken(viewers[role]));
    expect(response.status).toBe(403);
    expect(response.headers.get('learnlens-audit')).toBeNull();
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SCOPE');
    expect(adapter.auditLog.length).toBe(before);
  });

  it("should refuse another org's rows, unknown fields and a bad destination without an audit entry", async () => {
    const before = adapter.auditLog.length;
    const token = await hsToken(viewers.admin);
    expect((await post(`${server.url}/exports/analytics.csv`, { params: { ...params, orgId: viewers.otherAdmin.orgId } }, token)).status).toBe(403);
    expect((await post(`${server.url}/exports/analytics.csv`, { params, format: 'csv' }, token)).status).toBe(400);
    expect((await post(`${server.url}/exports/analytics.csv`, { params, destination: 7 }, token)).status).toBe(400);
    expect((await post(`${server.url}/exports/analytics.csv`, { params: [] }, token)).status).toBe(400);
    expect(adapter.auditLog.length).toBe(before);
  });
});

describe('the analytics CSV cap', () => {
  let server: LearnlensServer & { adapter: BackendAdapter };
  let adapter: MockAdapter;
  const big = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 1, learnersPerOrg: 60, days: 120, targetAttempts: 11_000 });
  const admin = { userId: big.users.find((u) => u.role === 'admin')!.user_id, role: 'admin' as const, orgId: big.orgs[0]!.org_id };
  beforeAll(async () => {
    adapter = createMockAdapter({ dataset: big });
    server = await startTestServer({ adapter });
  });
  afterAll(() => server.close());

  it('should refuse CSV above 10,000 rows with no audit entry, and send the same rows as Parquet', async () => {
    const all = { now: '2026-11-01T00:00:00.000Z', from: '2026-01-01', to: '2026-11-01' };
    const token = await hsToken(admin);
    const csv = await post(`${server.url}/exports/analytics.csv`, { params: all }, token);
    expect(csv.status).toBe(422);
    expect(((await csv.json()) as { error: { code: string } }).error.code).toBe('EXPORT_LIMIT');
    expect(adapter.auditLog).toEqual([]);
    const parquet = await post(`${server.url}/exports/analytics.parquet`, { params: all }, token);
    expect(parquet.status).toBe(200);
    await parquet.arrayBuffer();
    expect(auditOf(parquet).row_count).toBeGreaterThan(10_000);
  });
});
