import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditEntrySchema, parseCsv, type BackendAdapter } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLearnlensHandler } from './handler.js';
import type { LearnlensServer } from './standalone.js';
import { AUDIENCE, dataset, hsToken, mockAdapter, NOW, post, SECRET, startTestServer, viewers } from './test-fixtures/harness.js';
import type { MockAdapter } from '@learnlens/mock';

type Json = Record<string, any>;
const params = { now: NOW, from: '2026-10-01', to: '2026-10-29' };

function auditOf(response: Response): unknown {
  return JSON.parse(decodeURIComponent(response.headers.get('learnlens-audit') ?? 'null'));
}

describe('POST /export', () => {
  let server: LearnlensServer & { adapter: BackendAdapter };
  let adapter: MockAdapter;
  beforeAll(async () => {
    adapter = mockAdapter();
    server = await startTestServer({ adapter });
  });
  afterAll(() => server.close());

  it('should send the CSV file with its audit entry, which the backend stored', async () => {
    const before = adapter.auditLog.length;
    const response = await post(`${server.url}/export`, { format: 'csv', params }, await hsToken(viewers.admin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="learnlens-export-org-[^"]+\.csv"; filename\*=UTF-8''/);
    const csv = parseCsv(await response.text());
    const audit = auditEntrySchema.parse(auditOf(response));
    expect(adapter.auditLog.slice(before)).toEqual([audit]);
    expect(audit).toMatchObject({ format: 'csv', org_id: viewers.admin.orgId, user_id: viewers.admin.userId, role: 'admin', row_count: csv.length - 1 });
    expect(audit.params).toMatchObject(params);
    expect(csv.length - 1).toBeGreaterThan(10);
  });

  it("should export only a learner's own rows, whatever they ask for", async () => {
    const response = await post(`${server.url}/export`, { format: 'csv', params }, await hsToken(viewers.learner));
    const [header, ...rows] = parseCsv(await response.text());
    const userColumn = header!.indexOf('user_id');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[userColumn]))).toEqual(new Set([viewers.learner.userId]));
  });

  it('should send Parquet with the Parquet media type', async () => {
    const response = await post(`${server.url}/export`, { format: 'parquet', params }, await hsToken(viewers.manager));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    expect(auditOf(response)).toMatchObject({ format: 'parquet', role: 'manager' });
  });

  it('should answer 401 with no file and no audit entry after the token expired', async () => {
    const before = adapter.auditLog.length;
    const expired = await hsToken(viewers.admin, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime(Math.floor(Date.now() / 1000) - 1));
    const response = await post(`${server.url}/export`, { format: 'csv', params: {} }, expired);
    expect(response.status).toBe(401);
    expect(response.headers.get('learnlens-audit')).toBeNull();
    expect(Object.keys((await response.json()) as Json)).toEqual(['error']);
    expect(adapter.auditLog.length).toBe(before);
  });

  it('should answer 403 with no audit entry to an export outside the scope', async () => {
    const before = adapter.auditLog.length;
    const response = await post(`${server.url}/export`, { format: 'csv', params: { orgId: viewers.otherAdmin.orgId } }, await hsToken(viewers.admin));
    expect(response.status).toBe(403);
    expect(adapter.auditLog.length).toBe(before);
  });

  it('should answer 400 to an unknown format or extra fields', async () => {
    const token = await hsToken(viewers.admin);
    expect((await post(`${server.url}/export`, { format: 'xlsx', params }, token)).status).toBe(400);
    expect((await post(`${server.url}/export`, { format: 'csv', params, viewer: viewers.otherAdmin }, token)).status).toBe(400);
  });
});

describe('export auditing', () => {
  it('should write the audit entry before the first byte of the response', async () => {
    const events: string[] = [];
    const inner = mockAdapter();
    const adapter: BackendAdapter = {
      name: inner.name,
      supportedQueries: inner.supportedQueries,
      run: (r, s) => inner.run(r, s),
      async writeAudit(entry, signal) {
        events.push('audit started');
        await new Promise((resolve) => setTimeout(resolve, 30));
        await inner.writeAudit(entry, signal);
        events.push('audit stored');
      },
    };
    const handler = createLearnlensHandler({ adapter, auth: { secret: SECRET, audience: AUDIENCE }, privacy: { pseudonymSalt: 'server-side-secret-salt' } });
    const http = createServer((req, res) => {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => unknown;
      (res as unknown as { writeHead: (...args: unknown[]) => unknown }).writeHead = (...args: unknown[]) => {
        events.push('response started');
        return writeHead(...args);
      };
      handler(req, res);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/learnlens/export`;
      const response = await post(url, { format: 'csv', params }, await hsToken(viewers.admin));
      expect(response.status).toBe(200);
      expect(events).toEqual(['audit started', 'audit stored', 'response started']);
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });

  it('should answer an error with no file when the audit entry cannot be written', async () => {
    const adapter = mockAdapter({ failAuditWrites: true });
    const server = await startTestServer({ adapter });
    try {
      const response = await post(`${server.url}/export`, { format: 'csv', params }, await hsToken(viewers.admin));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).not.toBeNull();
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toBeNull();
      const body = (await response.json()) as Json;
      expect(body).toEqual({ error: expect.objectContaining({ name: 'AuditWriteError', code: 'AUDIT_WRITE' }) });
      expect(adapter.auditLog).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('should refuse a CSV export over 10,000 rows with the ExportLimitError and no audit entry', async () => {
    const big = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 1, learnersPerOrg: 40, days: 120, targetAttempts: 12_000, withEvents: false });
    const admin = big.users.find((u) => u.role === 'admin')!;
    const adapter = mockAdapter({ dataset: big });
    const server = await startTestServer({ adapter });
    try {
      const token = await hsToken({ userId: admin.user_id, role: 'admin', orgId: admin.org_id });
      const response = await post(`${server.url}/export`, { format: 'csv', params: { now: NOW } }, token);
      expect(response.status).toBe(422);
      const body = (await response.json()) as Json;
      expect(body.error).toMatchObject({ name: 'ExportLimitError', code: 'EXPORT_LIMIT', format: 'csv', limit: 10_000 });
      expect(body.error.rowCount).toBeGreaterThan(10_000);
      expect(adapter.auditLog).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('should leave the filters out of the audit header when they would make it too long', async () => {
    const adapter = mockAdapter();
    const server = await startTestServer({ adapter, maxRequestBytes: 256 * 1024 });
    try {
      const learners = dataset.users.filter((u) => u.org_id === viewers.admin.orgId && u.role === 'learner').map((u) => u.user_id);
      const activityIds = Array.from({ length: 600 }, (_, i) => `activity-that-does-not-exist-${i}`);
      const response = await post(`${server.url}/export`, { format: 'csv', params: { ...params, userIds: learners, activityIds } }, await hsToken(viewers.admin));
      expect(response.status).toBe(200);
      expect(response.headers.get('learnlens-audit-params')).toBe('omitted');
      const audit = auditOf(response) as Json;
      expect(audit.params).toBeUndefined();
      expect(audit.audit_id).toBe(adapter.auditLog[0]!.audit_id);
    } finally {
      await server.close();
    }
  });
});
