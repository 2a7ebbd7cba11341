import { createClient, streamExport, type BackendAdapter, type ColumnarRows, type QueryRequest, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
// The encoder's own module (the package does not export it), to see that a worker thread really encoded the file.
import { startedParquetWorkers } from '../../../../data-client/src/export/parquetEncoder.js';
import { createMockAdapter } from '../../createMockAdapter.js';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { TINY_NOW, tinyDataset, tinyViewers as v } from '../../test-fixtures/tinyDataset.js';

const now = TINY_NOW;

// The rows a columnar page stands for, written out here on their own (not with the client's code under test).
function rowsOf(columnar: ColumnarRows): Record<string, unknown>[] {
  return Array.from({ length: columnar.length }, (_, r) =>
    Object.fromEntries(
      Object.entries(columnar.columns).map(([name, column]) => {
        if (column.kind === 'coded') return [name, column.ids[r] === -1 ? null : column.table[column.ids[r]!]];
        const value = column.values[r]!;
        if (Number.isNaN(value)) return [name, null];
        return [name, column.kind === 'timestamp' ? new Date(value).toISOString() : value];
      }),
    ),
  );
}

// The mock as an adapter that never sees the hint: the export reads its pages as rows.
function rowsOnly(adapter: BackendAdapter): BackendAdapter {
  return { name: adapter.name, supportedQueries: adapter.supportedQueries, run: (r, s) => adapter.run(r, s), writeAudit: (e, s) => adapter.writeAudit(e, s) };
}

async function bytesOf(
  adapter: BackendAdapter, format: 'csv' | 'parquet', viewer: Viewer, params: Record<string, unknown>, pageSize: number, parquetWorker = false,
): Promise<Buffer> {
  const stream = await streamExport(createClient({ adapter }), { format, viewer, params, pageSize, parquetWorker });
  const parts: Uint8Array[] = [];
  for await (const chunk of stream.chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

describe('exportRowColumns (exportRows as columns)', () => {
  it('should answer the rows exportRows answers, in order, with the same total, for every page form', async () => {
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 5, learnersPerOrg: 30, days: 20 });
    const org = dataset.orgs[0]!.org_id;
    const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org };
    const manager: Viewer = { userId: dataset.teams.find((t) => t.org_id === org)!.manager_id, role: 'manager', orgId: org };
    const cases: [BackendAdapter, Viewer, Record<string, unknown>][] = [];
    const tiny = createMockAdapter({ dataset: tinyDataset() });
    const big = createMockAdapter({ dataset });
    for (const viewer of [v.adminA, v.managerA1, v.adminB]) {
      cases.push([tiny, viewer, { now }], [tiny, viewer, { now, from: '2026-03-18', to: '2026-03-19', timezone: 'Europe/Berlin' }]);
      cases.push([tiny, viewer, { now, offset: 3, limit: 4 }], [tiny, viewer, { now, afterStartedAt: '2026-03-17T00:00:00.000Z', afterAttemptId: 'a09', limit: 5 }]);
    }
    for (const viewer of [admin, manager]) cases.push([big, viewer, { limit: 100_000 }], [big, viewer, { limit: 50, offset: 20 }]);
    let compared = 0;
    for (const [adapter, viewer, raw] of cases) {
      const params = createClient({ adapter }).parseParams('exportRows', raw);
      const request = { name: 'exportRows', params, viewer } as QueryRequest;
      const rows = (await adapter.run(request)).result as { total: number; rows: unknown[] };
      const columns = (await adapter.run(request, undefined, { columnar: true })).result as { total: number; columnar: ColumnarRows };
      expect(columns.total).toBe(rows.total);
      expect(rowsOf(columns.columnar)).toEqual(rows.rows);
      compared += rows.rows.length;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('should make the same CSV and Parquet bytes as pages of rows', async () => {
    const dataset = createMockDataset({ endDate: '2026-11-01', seed: 9, learnersPerOrg: 40, days: 30 });
    const org = dataset.orgs[1]!.org_id;
    const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org };
    const adapter = createMockAdapter({ dataset });
    for (const format of ['csv', 'parquet'] as const) {
      const columns = await bytesOf(adapter, format, admin, {}, 333);
      const rows = await bytesOf(rowsOnly(adapter), format, admin, {}, 333);
      expect(columns.length).toBeGreaterThan(10_000);
      expect(columns.equals(rows), format).toBe(true);
    }
    // Encoded on a worker thread, the frozen tables crossing once: the same bytes again.
    const workers = startedParquetWorkers();
    const worker = await bytesOf(adapter, 'parquet', admin, {}, 333, true);
    expect(startedParquetWorkers()).toBeGreaterThan(workers);
    expect(worker.equals(await bytesOf(adapter, 'parquet', admin, {}, 333))).toBe(true);
  });

  it('should still simulate malformed answers (as rows) when asked for columns', async () => {
    const adapter = createMockAdapter({ dataset: tinyDataset(), malformedRate: 1 });
    await expect(bytesOf(adapter, 'parquet', v.adminA, { now }, 10)).rejects.toMatchObject({ code: 'INVALID_RESULT' });
  });
});
