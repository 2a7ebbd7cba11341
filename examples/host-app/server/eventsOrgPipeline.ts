// The demo's learning-events org, the way a host gets it: the generator's events of that org become raw events
// (seed 001's raw_events rows, as a host's event stream would deliver them), go through the pipeline's real
// `ingest` → `transform` (DuckDB, in Node), and the canonical events, sessions and mastery deltas the transform
// writes replace the generated ones. Runs in the Vite server (dev and preview), never in the browser.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableName } from '@learnlens/data-client';
import { createMockDataset, tableRows, type MockDatasetOptions } from '@learnlens/mock';
import { ingest, transform } from '@learnlens/pipeline';
import { eventsOrgOf } from '../src/backend/eventsOrg.js';

/** The events org's tables (every canonical table, only that org's rows), with seed 001's tables from the pipeline. */
export interface EventsOrgData {
  orgId: string;
  rows: Partial<Record<TableName, Record<string, unknown>[]>>;
  /** Raw events ingested, rows the transform wrote per canonical table, and how long it took. */
  stats: { rawEvents: number; events: number; sessions: number; masteryDeltas: number; ms: number };
}

// Raw events carry scores on 0–100 (docs/pipeline.md); the generator's are on the org's own scale.
const scaleFactor: Record<string, number> = { percent: 1, binary: 100, band: 100 / 9 };

/**
 * Generates the dataset of `options`, turns its events org's events into raw events, runs them through `ingest` and
 * `transform` in a temporary folder, and returns that org's tables with the transformed events, sessions and
 * mastery deltas. Deterministic: the same options give the same rows (processing time is the history's end).
 */
export async function eventsOrgFromPipeline(options: MockDatasetOptions & { endDate: string }): Promise<EventsOrgData | null> {
  const started = performance.now();
  const dataset = createMockDataset(options);
  const orgId = eventsOrgOf(dataset);
  if (orgId === undefined) return null;
  const factor = scaleFactor[dataset.orgs.find((o) => o.org_id === orgId)!.score_scale] ?? 1;
  const lines: string[] = [];
  for (const e of tableRows(dataset, 'events')) {
    if (e.org_id !== orgId) continue;
    const payload = JSON.parse(String(e.payload)) as Record<string, unknown>;
    if (typeof payload.score === 'number') payload.score *= factor;
    if (e.activity_id !== null) payload.content_id = e.activity_id;
    if (e.attempt_id !== null) payload.attempt_id = e.attempt_id;
    lines.push(JSON.stringify({ learner_id: e.user_id, event_type: e.event_type, event_id: e.event_id, session_id: e.session_id, timestamp: e.occurred_at, data: payload }));
  }
  const dir = await mkdtemp(join(tmpdir(), 'learnlens-demo-events-'));
  try {
    await writeFile(join(dir, 'events.jsonl'), lines.join('\n'));
    const processedAt = `${options.endDate}T04:00:00.000Z`;
    const ingested = await ingest({ inputs: [join(dir, 'events.jsonl')], out: join(dir, 'raw'), format: 'raw', processedAt });
    if (ingested.rejected > 0) throw new Error(`ingest refused ${ingested.rejected} of the generated events (see ${dir}/raw/rejects.jsonl)`);
    await transform({ events: [join(dir, 'raw')], out: join(dir, 'out'), format: 'json', canonicalOrg: orgId, memoryLimit: '256MB', threads: 1 });
    const canonical = async (table: string) => JSON.parse(await readFile(join(dir, 'out', 'canonical', `${table}.json`), 'utf8')) as Record<string, unknown>[];
    const rows: EventsOrgData['rows'] = {};
    for (const table of ['orgs', 'teams', 'users', 'activities', 'assignments', 'assignment_assignees', 'attempts', 'question_flags', 'tutoring_sessions', 'ai_usage_log', 'spaced_repetition'] as const) {
      rows[table] = [...tableRows(dataset, table)].filter((r) => r.org_id === orgId);
    }
    rows.events = await canonical('events');
    rows.sessions = await canonical('sessions');
    rows.mastery_deltas = await canonical('mastery_deltas');
    return {
      orgId,
      rows,
      stats: {
        rawEvents: lines.length,
        events: rows.events.length,
        sessions: rows.sessions.length,
        masteryDeltas: rows.mastery_deltas.length,
        ms: Math.round(performance.now() - started),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
