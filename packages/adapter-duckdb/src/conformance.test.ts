import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableRows } from '@learnlens/mock';
import { describeConformance } from '../../../testing/conformance.js';
import { createDuckDbAdapter } from './createDuckDbAdapter.js';
import { writeDataset } from './test-fixtures/writeDataset.js';

// DuckDB over the files `learnlens dataset` writes, in both formats, against the mock engine (testing/conformance.ts).
for (const format of ['parquet', 'csv'] as const) {
  describeConformance(`duckdb over ${format}`, async (dataset) => {
    const dir = mkdtempSync(join(tmpdir(), `learnlens-conformance-${format}-`));
    await writeDataset(dir, format, (table) => tableRows(dataset, table));
    const adapter = await createDuckDbAdapter({ dir, format });
    return {
      adapter,
      close: async () => {
        adapter.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
}
