// Export time and memory: `streamExport` of every attempt of one org (Parquet, no row cap; CSV at its 10,000-row
// cap) into a file, beside DuckDB writing the same rows with `COPY … TO` in the same process.
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createClient, streamExport, type ExportFormat, type Viewer } from '../packages/data-client/src/index.js';
import { createMockAdapter, type MockDataset } from '../packages/mock/src/index.js';
import { median } from './timing.js';

/**
 * One export measured: rows, median time (wall and CPU), file size, peak RSS growth over the run's start; DuckDB's
 * COPY beside it. CPU time is the process's user + system time over the run (DuckDB's threads included, as they run in
 * this process): on a machine shared with other work, wall time also counts the time spent waiting for a core, and CPU
 * time is the fair comparison of the two sides' work.
 */
export interface ExportMeasure {
  format: ExportFormat;
  rows: number;
  ms: number;
  cpuMs: number;
  fileMiB: number;
  peakGrowthMiB: number;
  duckdbCopyMs: number;
  duckdbCopyCpuMs: number;
  duckdbFileMiB: number;
}

// The process's CPU time (user + system, every thread) since `from`, in ms.
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function exportOnce(dataset: MockDataset, viewer: Viewer, format: ExportFormat, file: string, params: Record<string, unknown>) {
  const client = createClient({ adapter: createMockAdapter({ dataset }) });
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const stream = await streamExport(client, { format, params, viewer, onProgress: sample });
  const out = createWriteStream(file);
  for await (const chunk of stream.chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
    sample();
  }
  out.end();
  await once(out, 'finish');
  const ms = performance.now() - t0;
  const cpuMs = cpuMsSince(cpu0);
  sample();
  return { rows: stream.rowsTotal, ms, cpuMs, peakGrowthMiB: (peak - rss0) / 2 ** 20 };
}

async function duckCopy(source: string, target: string, format: ExportFormat): Promise<{ ms: number; cpuMs: number }[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    // The same rows in DuckDB's memory (read from the mock's own Parquet file), then COPY timed alone.
    await db.run(`CREATE TABLE x AS SELECT * FROM read_parquet('${source}')`);
    const times: { ms: number; cpuMs: number }[] = [];
    for (let k = 0; k < 3; k++) {
      rmSync(target, { force: true });
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      await db.run(`COPY x TO '${target}' (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
      times.push({ ms: performance.now() - t0, cpuMs: cpuMsSince(cpu0) });
    }
    return times;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Measures Parquet of every row of the biggest org and CSV at 10,000 rows, each three times (medians). */
export async function measureExports(dataset: MockDataset, viewer: Viewer, dir: string, csvTo: string): Promise<ExportMeasure[]> {
  const results: ExportMeasure[] = [];
  for (const [format, params] of [
    ['parquet', {}],
    ['csv', { to: csvTo }],
  ] as const) {
    const file = join(dir, `export.${format}`);
    const runs = [];
    for (let k = 0; k < 3; k++) runs.push(await exportOnce(dataset, viewer, format, file, params));
    const fileMiB = statSync(file).size / 2 ** 20;
    // DuckDB reads the rows back from a Parquet file of them (for CSV: the first rows of the Parquet export).
    let source = join(dir, 'export.parquet');
    if (format === 'csv') {
      source = join(dir, 'export-csv-rows.parquet');
      await exportOnce(dataset, viewer, 'parquet', source, params);
    }
    const duckFile = join(dir, `duckdb-copy.${format}`);
    const copy = await duckCopy(source, duckFile, format);
    results.push({
      format,
      rows: runs[0]!.rows,
      ms: median(runs.map((r) => r.ms)),
      cpuMs: median(runs.map((r) => r.cpuMs)),
      fileMiB,
      peakGrowthMiB: Math.max(...runs.map((r) => r.peakGrowthMiB)),
      duckdbCopyMs: median(copy.map((c) => c.ms)),
      duckdbCopyCpuMs: median(copy.map((c) => c.cpuMs)),
      duckdbFileMiB: statSync(duckFile).size / 2 ** 20,
    });
    const last = results[results.length - 1]!;
    console.log(
      `[bench] export ${format}: ${last.rows} rows in ${last.ms.toFixed(0)} ms (CPU ${last.cpuMs.toFixed(0)} ms); DuckDB COPY ${last.duckdbCopyMs.toFixed(0)} ms (CPU ${last.duckdbCopyCpuMs.toFixed(0)} ms)`,
    );
  }
  return results;
}
