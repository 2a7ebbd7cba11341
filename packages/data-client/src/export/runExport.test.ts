import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../catalog/exportRows.js';
import { createClient } from '../client.js';
import { AuditWriteError, ExportLimitError, ScopeError } from '../errors.js';
import { createFakeAdapter } from '../test-fixtures/fakeAdapter.js';
import type { Viewer } from '../viewer.js';
import { parseCsv } from './csv.js';
import { exportColumns } from './exportColumns.js';

const admin: Viewer = { userId: 'a1', role: 'admin', orgId: 'A' };

function row(i: number): ExportRow {
  return {
    attempt_id: `att-${i}`,
    user_id: 'l1',
    org_ids: 'A',
    plan: 'free',
    submitted_at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    goal_band: null,
    average_band: i % 2 ? 6.5 : null,
    task1_band: null,
    task2_band: null,
    org_id: 'A',
    team_id: 't1',
    display_name: i === 0 ? '=cmd()' : 'Ann',
    activity_id: 'act-1',
    activity_name: 'Cold call',
    score: i % 3 === 0 ? null : 70 + (i % 30),
    duration_seconds: 60,
    talk_ms: 1000,
    listen_ms: 2000,
    started_at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    ended_at: null,
  };
}

interface PageParams {
  limit: number;
  offset: number;
  afterStartedAt?: string;
  afterAttemptId?: string;
}

// The rows of a table in the export order (started_at, then attempt_id) after a keyset cursor, paged like a backend.
function page(table: readonly ExportRow[], p: PageParams) {
  const sorted = [...table].sort((x, y) => x.started_at.localeCompare(y.started_at) || (x.attempt_id < y.attempt_id ? -1 : 1));
  const after = p.afterStartedAt === undefined
    ? sorted
    : sorted.filter((r) => r.started_at > p.afterStartedAt! || (r.started_at === p.afterStartedAt && r.attempt_id > p.afterAttemptId!));
  return { total: after.length, rows: after.slice(p.offset, p.offset + p.limit) };
}

// An adapter holding `count` export rows, paged like a real backend.
function adapterWith(count: number, failAudit = false) {
  const table = Array.from({ length: count }, (_, i) => row(i));
  return createFakeAdapter({ failAudit, answers: { exportRows: (request) => page(table, request.params as PageParams) } });
}

describe('client.export', () => {
  it('should export exactly 10,000 rows as CSV, audit first', async () => {
    const fake = adapterWith(10_000);
    const client = createClient({ adapter: fake.adapter });
    const result = await client.export({ format: 'csv', params: {}, viewer: admin });
    const records = parseCsv(new TextDecoder().decode(result.bytes));
    expect(records).toHaveLength(10_001);
    expect(records[0]).toEqual(exportColumns.map((c) => c.name));
    expect(records[0]!.slice(0, 9)).toEqual([
      'attempt_id', 'user_id', 'org_ids', 'plan', 'submitted_at', 'goal_band', 'average_band', 'task1_band', 'task2_band',
    ]);
    expect(records[1]![exportColumns.findIndex((c) => c.name === 'display_name')]).toBe("'=cmd()");
    expect(result.rowCount).toBe(10_000);
    expect(fake.audits).toEqual([result.audit]);
    expect(result.audit).toMatchObject({ format: 'csv', org_id: 'A', user_id: 'a1', role: 'admin', row_count: 10_000 });
    // Audit first: right after the counting page, before any other page is read or any byte produced.
    expect(fake.events.indexOf('audit')).toBe(1);
  });

  it('should refuse 10,001 CSV rows with the reason, writing no audit entry and no bytes', async () => {
    const fake = adapterWith(10_001);
    const client = createClient({ adapter: fake.adapter });
    const error = await client.export({ format: 'csv', params: {}, viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportLimitError);
    expect((error as Error).message).toMatch(/limited to 10,000 rows.*10,001.*Parquet/);
    expect(fake.audits).toHaveLength(0);
    expect(fake.runs).toHaveLength(1);
  });

  it('should export 10,001 rows as Parquet with the same columns and read back', async () => {
    const fake = adapterWith(10_001);
    const progress: string[] = [];
    const client = createClient({ adapter: fake.adapter });
    const result = await client.export({
      format: 'parquet',
      params: {},
      viewer: admin,
      onProgress: (p) => progress.push(p.phase),
    });
    const buffer = result.bytes.buffer.slice(result.bytes.byteOffset, result.bytes.byteOffset + result.bytes.byteLength);
    const rows = (await parquetReadObjects({ file: buffer as ArrayBuffer })) as Record<string, unknown>[];
    expect(rows).toHaveLength(10_001);
    expect(Object.keys(rows[0]!)).toEqual(exportColumns.map((c) => c.name));
    expect(rows[1]).toMatchObject({ attempt_id: 'att-1', score: 71, average_band: 6.5, ended_at: null });
    expect(rows[0]!.score).toBeNull();
    expect(result.audit).toMatchObject({ format: 'parquet', row_count: 10_001 });
    expect(progress[0]).toBe('counting');
    expect(progress.at(-1)).toBe('done');
    expect(progress).toContain('encoding');
  });

  it('should export nothing when the audit write fails', async () => {
    const fake = adapterWith(5, true);
    const client = createClient({ adapter: fake.adapter });
    const error = await client.export({ format: 'parquet', params: {}, viewer: admin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWriteError);
    expect((error as Error).message).toMatch(/nothing was exported.*read-only/);
    expect(error).not.toHaveProperty('bytes');
  });

  it('should apply the viewer scope to exports like any query', async () => {
    const fake = adapterWith(5);
    const client = createClient({ adapter: fake.adapter });
    const learner: Viewer = { userId: 'l1', role: 'learner', orgId: 'A' };
    await expect(client.export({ format: 'csv', params: { userIds: ['l2'] }, viewer: learner })).rejects.toBeInstanceOf(ScopeError);
    expect(fake.audits).toHaveLength(0);
  });

  it('should record the filters in the audit entry', async () => {
    const fake = adapterWith(3);
    const client = createClient({ adapter: fake.adapter });
    const result = await client.export({ format: 'csv', params: { from: '2026-01-01', to: '2026-02-01', activityIds: ['act-1'] }, viewer: admin });
    expect(result.audit.params).toMatchObject({ from: '2026-01-01', to: '2026-02-01', activityIds: ['act-1'], timezone: 'UTC' });
    expect(result.fileName).toMatch(/^learnlens-export-A-.*\.csv$/);
  });
});
