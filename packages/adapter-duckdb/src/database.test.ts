// Dataset files that are not there or not readable: opening the adapter must reject with a typed AdapterError that
// names the problem, not a bare driver error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdapterError } from '@learnlens/data-client';
import { afterAll, describe, expect, it } from 'vitest';
import { createDuckDbAdapter } from './createDuckDbAdapter.js';
import { handBuilt } from './test-fixtures/handBuilt.js';
import { writeDataset } from './test-fixtures/writeDataset.js';

const root = mkdtempSync(join(tmpdir(), 'learnlens-duckdb-missing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdapterError);
  expect(error).toMatchObject({ code: 'ADAPTER', adapter: 'duckdb', transient: false });
  return error as AdapterError;
}

describe('a DuckDB dataset that is missing or broken', () => {
  it('should reject a directory that does not exist', async () => {
    const dir = join(root, 'nowhere');
    const error = await failure(createDuckDbAdapter({ dir, format: 'parquet' }));
    expect(error.message).toContain(`The dataset directory "${dir}" does not exist`);
  });

  it.each(['parquet', 'csv'] as const)('should reject a %s dataset whose required table file is missing, naming it', async (format) => {
    const dir = join(root, `no-attempts-${format}`);
    await writeDataset(dir, format, (t) => handBuilt[t]);
    rmSync(join(dir, `attempts.${format}`));
    const error = await failure(createDuckDbAdapter({ dir, format }));
    expect(error.message).toMatch(new RegExp(`no attempts table: ".*attempts\\.${format}" does not exist`));
  });

  it('should reject a corrupt Parquet file', async () => {
    const dir = join(root, 'corrupt');
    await writeDataset(dir, 'parquet', (t) => handBuilt[t]);
    writeFileSync(join(dir, 'users.parquet'), 'not a parquet file');
    const error = await failure(createDuckDbAdapter({ dir, format: 'parquet' }));
    expect(error.message).toMatch(/DuckDB could not load the dataset in ".*corrupt": .*users\.parquet/);
  });

  it('should reject an audit database in a directory that does not exist', async () => {
    const dir = join(root, 'audit');
    await writeDataset(dir, 'csv', (t) => handBuilt[t]);
    const error = await failure(createDuckDbAdapter({ dir, format: 'csv', auditDatabase: join(root, 'no-such-dir', 'audit.duckdb') }));
    expect(error.message).toMatch(/DuckDB could not load the dataset/);
  });
});
