import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditEntrySchema, exportColumns, parseCsv } from '@learnlens/data-client';
import { createMockDataset } from '@learnlens/mock';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';
import { viewerOf } from '../test-fixtures/viewers.js';

const source = ['--seed', '9', '--orgs', '2', '--learners', '12', '--days', '40'];
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 9, orgs: 2, learnersPerOrg: 12, days: 40 });
const admin = viewerOf(dataset, 'admin');
const params = { now: `${dataset.meta.endDate}T00:00:00.000Z` };

// The attempts the admin's export covers: every attempt of their org.
const orgAttempts = (() => {
  const range = dataset.ranges.attempts[dataset.index.org.get(admin.orgId)!]!;
  return range.end - range.start;
})();

async function exportTo(format: 'csv' | 'parquet', out: string, extra: string[] = []) {
  return run([
    'export',
    '--format',
    format,
    '--out',
    out,
    '--viewer',
    JSON.stringify(admin),
    '--params',
    JSON.stringify(params),
    ...source,
    ...extra,
  ]);
}

describe('learnlens export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it('should write a CSV export with one row per attempt in scope and print the audit entry', async () => {
    expect(orgAttempts).toBeGreaterThan(0);
    const out = join(dir, 'export.csv');
    const result = await exportTo('csv', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const audit = auditEntrySchema.parse(JSON.parse(result.stdout));
    expect(audit).toMatchObject({ action: 'export', format: 'csv', org_id: admin.orgId, user_id: admin.userId, role: 'admin' });
    expect(audit.row_count).toBe(orgAttempts);

    const text = await readFile(out, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(exportColumns.map((c) => c.name));
    expect(rows).toHaveLength(orgAttempts);
    const orgColumn = header!.indexOf('org_id');
    for (const row of rows) expect(row[orgColumn]).toBe(admin.orgId);
  });

  it('should write a Parquet export that reads back with the expected rows and columns', async () => {
    const out = join(dir, 'nested', 'export.parquet');
    const result = await exportTo('parquet', out);
    expect(result.code, result.stderr).toBe(0);
    const audit = auditEntrySchema.parse(JSON.parse(result.stdout));
    expect(audit.format).toBe('parquet');
    expect(audit.row_count).toBe(orgAttempts);

    const bytes = await readFile(out);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(rows).toHaveLength(orgAttempts);
    expect(Object.keys(rows[0]!)).toEqual(exportColumns.map((c) => c.name));
    expect(rows.every((r) => r.org_id === admin.orgId)).toBe(true);
  });

  it('should apply the exportRows filters from --params', async () => {
    const out = join(dir, 'filtered.csv');
    const user = dataset.users.find((u) => u.org_id === admin.orgId && u.role === 'learner')!;
    const result = await run([
      'export',
      '--format',
      'csv',
      '--out',
      out,
      '--viewer',
      JSON.stringify(admin),
      '--params',
      JSON.stringify({ ...params, userIds: [user.user_id] }),
      ...source,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const [header, ...rows] = parseCsv(await readFile(out, 'utf8'));
    const userColumn = header!.indexOf('user_id');
    expect(rows.length).toBeLessThan(orgAttempts);
    for (const row of rows) expect(row[userColumn]).toBe(user.user_id);
    expect(JSON.parse(result.stdout).row_count).toBe(rows.length);
  });

  it('should export from a --data directory the same rows as from the seed', async () => {
    const data = join(dir, 'data');
    expect((await run(['dataset', ...source, '--out', data])).code).toBe(0);
    const fromSeed = join(dir, 'seed.csv');
    const fromData = join(dir, 'data.csv');
    expect((await exportTo('csv', fromSeed)).code).toBe(0);
    const result = await run([
      'export',
      '--format',
      'csv',
      '--out',
      fromData,
      '--viewer',
      JSON.stringify(admin),
      '--params',
      JSON.stringify(params),
      '--data',
      data,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(fromData, 'utf8')).toBe(await readFile(fromSeed, 'utf8'));
  });
});
