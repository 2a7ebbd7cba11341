// The bench's DuckDB baseline (bench/pipelineBaseline.ts) must compute what `transform` computes, or the ratio
// bench/pipeline-results.md reports compares unlike work: its three files must equal the transform's, byte for byte.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../packages/pipeline/src/ingest/ingest.js';
import { smallEvents } from '../packages/pipeline/src/test-fixtures/smallEvents.js';
import { rawEventFiles, transform } from '../packages/pipeline/src/transform/transform.js';
import { runBaseline } from '../bench/pipelineBaseline.js';
import { writeEvents } from '../bench/pipelineEvents.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tables = ['minute_metrics', 'session_metrics', 'mastery_deltas'] as const;
type Files = Record<(typeof tables)[number], string>;

/** The transform's and the baseline's files over the raw event files in the folder `raw`. */
async function bothOver(dir: string, raw: string): Promise<{ transform: Files; baseline: Files }> {
  const out = join(dir, 'out');
  const base = join(dir, 'baseline');
  mkdirSync(base, { recursive: true });
  await transform({ events: [raw], out, validate: false });
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await runBaseline(db, rawEventFiles([raw]).csv, base);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  const read = (folder: string) => Object.fromEntries(tables.map((t) => [t, readFileSync(join(folder, `${t}.csv`), 'utf8')])) as Files;
  return { transform: read(out), baseline: read(base) };
}

const header = 'learner_id,event_type,event_id,session_id,timestamp,data,metadata,version,processed_at,partition_date,s3_path';
const row = (id: string, type: string, session: string, at: string, data: string, processed = '2025-09-07T04:00:00Z', learner = 'learner_3') =>
  `${learner},${type},${id},${session},${at},"${data.replaceAll('"', '""')}",{},1.0,${processed},,x`;

describe('the bench baseline SQL', () => {
  it('should write the same three files as transform over hand-made events: re-delivered, unreadable, offsets, mastery chains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'learnlens-baseline-'));
    dirs.push(dir);
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'events.jsonl'), smallEvents.map((e) => JSON.stringify(e)).join('\n'));
    const raw = join(dir, 'raw');
    await ingest({ format: 'raw', inputs: [input], out: raw, processedAt: '2025-09-07T04:00:00.000Z' });
    writeFileSync(
      join(raw, 'raw_events_more.csv'),
      [
        header,
        // Re-delivered: the copy processed first is kept; the other ids' copies tie on processed time and differ in content.
        row('h1', 'assessment_complete', 'S4', '2025-09-06T09:00:00Z', '{"content_id":"quiz_1","score":70}', '2025-09-07T05:00:00Z'),
        row('h1', 'assessment_complete', 'S4', '2025-09-06T09:00:05Z', '{"content_id":"quiz_1","score":20}', '2025-09-07T04:30:00Z'),
        row('e2', 'page_view', 'S1', '2025-09-05T10:30:10Z', '{"page":"/elsewhere"}', '2025-09-07T04:00:00Z', 'learner_1'),
        // Unreadable: a timestamp, and a payload that is not JSON.
        row('h2', 'page_view', 'S4', 'not a time', '{"page":"/x"}'),
        row('h3', 'page_view', 'S4', '2025-09-06T09:01:00Z', '{"page": "/y"'),
        // Offsets and zone names, a scored interaction chain with a content type, a lesson without a score.
        row('h4', 'interaction', 'S4', '2025-09-06T11:02:00+02:00', '{"content_id":"skill_1","success":true,"content_type":"skill"}'),
        row('h5', 'interaction', 'S4', '2025-09-06 05:03:30 America/New_York', '{"content_id":"skill_1","success":false}'),
        row('h6', 'interaction', 'S4', '2025-09-06T09:04:00.125Z', '{"content_id":"skill_1","success":true}'),
        row('h7', 'lesson_complete', 'S4', '2025-09-06T09:10:00Z', '{"content_id":"lesson_9"}'),
        row('h8', 'lesson_complete', 'S4', '2025-09-06T09:20:00Z', '{"lesson_id":"lesson_9","score":130}'),
        row('h9', 'page_view', 'S4', '2025-09-06T09:25:00Z', '{"url":"/u"}'),
        row('h10', 'session_end', 'S4', '2025-09-06T09:26:00Z', '{}'),
      ].join('\n'),
    );
    const { transform: ours, baseline } = await bothOver(dir, raw);
    expect(ours.mastery_deltas.split('\n').length).toBeGreaterThan(8);
    expect(ours.session_metrics).toContain('S4');
    for (const table of tables) expect(baseline[table], table).toBe(ours[table]);
  });

  it("should write the same three files as transform over the bench's own events, with long mastery chains", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'learnlens-baseline-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'raw'));
    await writeEvents(join(dir, 'raw', 'raw_events.csv'), 20_000, { learners: 40, contents: 12 });
    const { transform: ours, baseline } = await bothOver(dir, join(dir, 'raw'));
    // Chains of dozens of attempts: the recursion steps each one as far as the transform's running estimate.
    expect(Math.max(...ours.mastery_deltas.trim().split('\n').slice(1).map((line) => Number(line.split(',')[10])))).toBeGreaterThan(20);
    for (const table of tables) expect(baseline[table], table).toBe(ours[table]);
  });
});
