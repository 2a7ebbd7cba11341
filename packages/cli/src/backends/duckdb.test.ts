import { beforeAll, describe, expect, it } from 'vitest';
import { dataset, expectMockAnswers, expectMockExport, now, seedFlags } from '../test-fixtures/backendCases.js';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';
import { viewerOf } from '../test-fixtures/viewers.js';

describe('learnlens query and export --adapter duckdb', () => {
  let parquet: string;
  beforeAll(async () => {
    parquet = await tempDir();
    const written = await run(['dataset', ...seedFlags, '--format', 'parquet', '--out', parquet]);
    expect(written.code, written.stderr).toBe(0);
  });

  it('should answer every query as the mock engine does, over the Parquet files of learnlens dataset', async () => {
    await expectMockAnswers(['--adapter', 'duckdb', '--data', parquet]);
  });

  it("should export the mock engine's rows", async () => {
    await expectMockExport(['--adapter', 'duckdb', '--data', parquet, '--data-format', 'parquet'], await tempDir());
  });

  it('should detect CSV files when the directory holds no Parquet', async () => {
    const csv = await tempDir();
    expect((await run(['dataset', ...seedFlags, '--out', csv])).code).toBe(0);
    const viewer = JSON.stringify(viewerOf(dataset, 'admin'));
    const args = ['query', 'orgOverview', '--viewer', viewer, '--params', JSON.stringify({ now })];
    const fromCsv = await run([...args, '--adapter', 'duckdb', '--data', csv]);
    const fromSeed = await run([...args, ...seedFlags]);
    expect(fromCsv.code, fromCsv.stderr).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse(fromSeed.stdout));
  });
});
