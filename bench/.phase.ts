// Phase timing of one Parquet export: the mock's answer, the column check, the writer. CPU time of this process.
import { createClient, exportRows, exportColumns } from '../packages/data-client/src/index.js';
import { unvalidatedAnswerOf } from '../packages/data-client/src/clientCore.js';
import { checkExportPage } from '../packages/data-client/src/export/streamExport.js';
import { ParquetStreamWriter } from '../packages/data-client/src/export/parquetWriter.js';
import { createMockAdapter, createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from './scenarios.js';
const dataset = createMockDataset({ seed: 42, orgs: 1, learnersPerOrg: 50_000, targetAttempts: 1_000_000, withEvents: false });
const admin = benchViewers(dataset).admin;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let k = 0; k < Number(process.env.RUNS ?? 3); k++) {
  const client = createClient({ adapter: createMockAdapter({ dataset }) });
  const answer = unvalidatedAnswerOf(client)!;
  const params = client.parseParams(exportRows, {}) as any; delete params.limit; delete params.offset;
  const writer = new ParquetStreamWriter(exportColumns);
  let tA = 0, tC = 0, tW = 0, n = 0, bytes = 0; let cursor: any = {};
  global.gc?.();
  const w0 = performance.now(), c0 = cpu();
  for (;;) {
    let t = cpu();
    const raw: any = await answer(exportRows, { ...params, ...cursor, limit: 10_000 }, { viewer: admin });
    tA += cpu() - t; t = cpu();
    if (process.env.CHECK === 'zod') { const z = exportRows.result.safeParse(raw); if (!z.success) throw 1; }
    const { page } = checkExportPage(raw, 'mock');
    tC += cpu() - t; t = cpu();
    for (const b of writer.writeColumns(page.length, page.columns as any)) bytes += b.length;
    tW += cpu() - t;
    n += page.length;
    if (page.length < 10_000) break;
    const last = raw.rows.at(-1); cursor = { afterStartedAt: last.started_at, afterAttemptId: last.attempt_id };
  }
  for (const b of writer.finish()) bytes += b.length;
  console.log(`rows ${n} wall ${(performance.now() - w0).toFixed(0)} cpu ${(cpu() - c0).toFixed(0)}: answer ${tA.toFixed(0)} check ${tC.toFixed(0)} write ${tW.toFixed(0)} (${(bytes / 2 ** 20).toFixed(0)} MiB)`);
}
