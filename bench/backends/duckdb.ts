import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDuckDbAdapter, type DuckDbAdapter } from '../../packages/adapter-duckdb/src/index.js';
import { tableFile } from '../../packages/adapter-duckdb/src/load.js';
import { tableSpecs, type ColumnType } from '../../packages/adapter-duckdb/src/tables.js';
import {
  createClient,
  ParquetStreamWriter,
  tableNames,
  type ExportColumn,
  type QueryRequest,
  type Viewer,
} from '../../packages/data-client/src/index.js';
import { tableRows, type MockDataset } from '../../packages/mock/src/index.js';
import { packageVersion } from '../machine.js';
import { measure, median } from '../timing.js';
import { timed, type BenchBackend } from './types.js';

/** The DuckDB backend, with what the report says about its files and its per-query floor. */
export interface DuckDbBench extends BenchBackend {
  parquetMiB: number;
  /** Null when the Parquet files of an earlier run were reused. */
  writeMs: number | null;
  /** Median of the scope step alone (a request refused by it): once per query, on the query's own connection. */
  scopeMs: number;
}

const parquetType: Record<ColumnType, ExportColumn['type']> = {
  VARCHAR: 'string',
  DOUBLE: 'double',
  BIGINT: 'int',
  BOOLEAN: 'boolean',
  TIMESTAMPTZ: 'timestamp',
};

// Every table as Parquet with data-client's streaming writer, a row group at a time (the DuckDB adapter casts each
// column to its canonical type when it loads them).
async function writeParquetFiles(dir: string, dataset: MockDataset): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const table of tableNames) {
    const writer = new ParquetStreamWriter(tableSpecs[table].columns.map(([name, type]) => ({ name, type: parquetType[type] })));
    function* chunks(): Generator<Uint8Array> {
      let batch: Record<string, unknown>[] = [];
      for (const row of tableRows(dataset, table)) {
        batch.push(row);
        if (batch.length === 8_192) {
          yield* writer.write(batch);
          batch = [];
        }
      }
      yield* writer.write(batch);
      yield* writer.finish();
    }
    await pipeline(Readable.from(chunks()), createWriteStream(tableFile(dir, table, 'parquet')));
  }
}

// The Parquet files are reused while they describe the same dataset (the generator may change between runs).
async function ensureParquet(dir: string, stampText: string, dataset: MockDataset): Promise<number | null> {
  const stamp = join(dir, 'dataset.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === stampText) return null;
  rmSync(dir, { recursive: true, force: true });
  const [, ms] = await timed(() => writeParquetFiles(dir, dataset));
  writeFileSync(stamp, stampText);
  return ms;
}

/** Writes (or reuses) the dataset as Parquet in `dir` and loads it into an in-memory DuckDB. */
export async function startDuckDb(dataset: MockDataset, dir: string, stampText: string, viewer: Viewer): Promise<DuckDbBench> {
  const writeMs = await ensureParquet(dir, stampText, dataset);
  console.log(writeMs === null ? `[bench] reusing ${dir}` : `[bench] wrote Parquet in ${(writeMs / 1000).toFixed(1)} s`);
  const parquetMiB = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 2 ** 20;
  const [adapter, loadMs]: [DuckDbAdapter, number] = await timed(() => createDuckDbAdapter({ dir, format: 'parquet' }));
  console.log(`[bench] DuckDB loaded the Parquet files in ${(loadMs / 1000).toFixed(1)} s`);
  // A request naming no one of the org stops right after the scope statement: what resolving costs per query.
  const refused: QueryRequest = { name: 'orgOverview', params: { timezone: 'UTC', now: new Date().toISOString(), userIds: ['no-such-user'] }, viewer };
  const scope = await measure(() => adapter.run(refused).catch(() => undefined), 3, 11);
  return {
    name: 'duckdb',
    description: `DuckDB (@duckdb/node-api ${packageVersion('node_modules/@duckdb/node-api/package.json')}), in memory, in the bench process`,
    client: createClient({ adapter }),
    setupMs: { load: loadMs },
    notes: [],
    parquetMiB,
    writeMs,
    scopeMs: median(scope.ms),
    close: async () => adapter.close(),
  };
}
