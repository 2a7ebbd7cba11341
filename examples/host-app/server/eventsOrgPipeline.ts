// The demo's learning-events org, the way a host gets it: the generator's events of that org become raw events
// (seed 001's raw_events rows, as a host's event stream would deliver them), go through the pipeline's real
// `ingest` → `transform` (DuckDB, in Node), and the canonical events, sessions and mastery deltas the transform
// writes replace the generated ones. Runs in the Vite server (dev and preview), never in the browser.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockDataset, tableRows, type MockDatasetOptions } from '@learnlens/mock';
import { parquetMetadata } from 'hyparquet';
import { ingest, transform } from '@learnlens/pipeline';
import { eventsOrgOf } from '../src/backend/eventsOrg.js';
import { encodeEventsOrg, pipelineTables, type PipelineTable } from '../src/backend/eventsOrgWire.js';

// Raw events carry scores on 0–100 (docs/pipeline.md); the generator's are on the org's own scale.
const scaleFactor: Record<string, number> = { percent: 1, binary: 100, band: 100 / 9 };

/**
 * Generates the dataset of `options`, turns its events org's events into raw events, runs them through `ingest` and
 * `transform` in a temporary folder, and returns that org's transformed events, sessions and mastery deltas framed for
 * the page's worker (`decodeEventsOrg` reads them). Deterministic: the same options give the same rows (processing
 * time is the history's end). Memory stays near the generated dataset's: the raw events are written out in batches
 * and the transform's Parquet files are passed on as they are, never parsed here.
 */
export async function eventsOrgFromPipeline(options: MockDatasetOptions & { endDate: string }): Promise<Uint8Array | null> {
  const started = performance.now();
  const dataset = createMockDataset(options);
  const orgId = eventsOrgOf(dataset);
  if (orgId === undefined) return null;
  const factor = scaleFactor[dataset.orgs.find((o) => o.org_id === orgId)!.score_scale] ?? 1;
  const dir = await mkdtemp(join(tmpdir(), 'learnlens-demo-events-'));
  try {
    let rawEvents = 0;
    const file = createWriteStream(join(dir, 'events.jsonl'));
    let batch: string[] = [];
    for (const e of tableRows(dataset, 'events')) {
      if (e.org_id !== orgId) continue;
      const payload = JSON.parse(String(e.payload)) as Record<string, unknown>;
      if (typeof payload.score === 'number') payload.score *= factor;
      if (e.activity_id !== null) payload.content_id = e.activity_id;
      if (e.attempt_id !== null) payload.attempt_id = e.attempt_id;
      batch.push(JSON.stringify({ learner_id: e.user_id, event_type: e.event_type, event_id: e.event_id, session_id: e.session_id, timestamp: e.occurred_at, data: payload }));
      rawEvents++;
      if (batch.length === 10_000) {
        if (!file.write(`${batch.join('\n')}\n`)) await once(file, 'drain');
        batch = [];
      }
    }
    file.end(batch.join('\n'));
    await once(file, 'finish');
    const processedAt = `${options.endDate}T04:00:00.000Z`;
    const ingested = await ingest({ inputs: [join(dir, 'events.jsonl')], out: join(dir, 'raw'), format: 'raw', processedAt });
    if (ingested.rejected > 0) throw new Error(`ingest refused ${ingested.rejected} of the generated events (see ${dir}/raw/rejects.jsonl)`);
    await transform({ events: [join(dir, 'raw')], out: join(dir, 'out'), format: 'parquet', canonicalOrg: orgId, memoryLimit: '256MB', threads: 1 });
    const parquet = {} as Record<PipelineTable, Uint8Array>;
    for (const table of pipelineTables) parquet[table] = await readFile(join(dir, 'out', 'canonical', `${table}.parquet`));
    // Row counts from each file's footer: the rows themselves are read by the page's worker only.
    const rowsOf = (table: PipelineTable) => Number(parquetMetadata(parquet[table].buffer.slice(parquet[table].byteOffset, parquet[table].byteOffset + parquet[table].byteLength) as ArrayBuffer).num_rows);
    const stats = { rawEvents, events: rowsOf('events'), sessions: rowsOf('sessions'), masteryDeltas: rowsOf('mastery_deltas'), ms: Math.round(performance.now() - started) };
    return encodeEventsOrg(orgId, stats, parquet);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
