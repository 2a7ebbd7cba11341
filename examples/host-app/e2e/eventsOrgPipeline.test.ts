// The demo's learning-events org through the event pipeline (server/eventsOrgPipeline.ts): every generated event of
// the org is ingested as a raw event, and the sessions and mastery deltas the demo shows are the transform's — at the
// default size and at the demo's largest (1M attempts), framed as the page's worker reads them (eventsOrgWire.ts).
import { createMockDataset, datasetFromRows, tableRows, type MockDatasetOptions } from '@learnlens/mock';
import { describe, expect, it } from 'vitest';
import { eventsOrgOf } from '../src/backend/eventsOrg.js';
import { eventsOrgRows } from '../src/backend/eventsOrgRows.js';
import { decodeEventsOrg, encodeEventsOrg } from '../src/backend/eventsOrgWire.js';
import { eventsOrgFromPipeline } from '../server/eventsOrgPipeline.js';

const toArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

// Runs the server's pipeline and reads its answer as the page's worker does; checks what every size must hold.
async function throughPipeline(options: MockDatasetOptions & { endDate: string }) {
  const dataset = createMockDataset(options);
  const orgId = eventsOrgOf(dataset)!;
  const generated = [...tableRows(dataset, 'events')].filter((e) => e.org_id === orgId);
  const body = (await eventsOrgFromPipeline(options))!;
  const data = await decodeEventsOrg(toArrayBuffer(body));
  expect(data.orgId).toBe(orgId);
  expect(data.stats.rawEvents).toBe(generated.length);
  expect([data.stats.events, data.stats.sessions, data.stats.masteryDeltas]).toEqual([data.rows.events.length, data.rows.sessions.length, data.rows.mastery_deltas.length]);

  // Every event arrives, as itself (payload as its JSON text, instants as ISO strings, as `learnlens dataset` writes).
  const byId = new Map(data.rows.events.map((e) => [e.event_id, e]));
  expect(byId.size).toBe(generated.length);
  // (Mismatches collected, not one expect per row: the 1M size has ~415,000 events.)
  const key = (e: Record<string, unknown>) => [e.user_id, e.session_id, e.event_type, e.occurred_at, e.activity_id, e.attempt_id].join('|');
  expect(generated.filter((e) => byId.get(String(e.event_id)) === undefined || key(byId.get(String(e.event_id))!) !== key(e)).map((e) => e.event_id)).toEqual([]);
  expect(data.rows.events.filter((e) => typeof e.payload !== 'string').length).toBe(0);
  // One session per session id, spanning its events, with their count (numbers, not 64-bit BigInts).
  const spans = new Map<string, { first: number; last: number; n: number }>();
  for (const e of generated) {
    const t = Date.parse(String(e.occurred_at));
    const s = spans.get(String(e.session_id)) ?? { first: t, last: t, n: 0 };
    spans.set(String(e.session_id), { first: Math.min(s.first, t), last: Math.max(s.last, t), n: s.n + 1 });
  }
  expect(data.rows.sessions).toHaveLength(spans.size);
  const wrong = data.rows.sessions.filter((s) => {
    const span = spans.get(String(s.session_id));
    return span === undefined || s.total_events !== span.n || s.duration_seconds !== (span.last - span.first) / 1000;
  });
  expect(wrong).toEqual([]);
  // One mastery delta per scored completion (the evidence the pipeline's model reads), none from the generator.
  const scored = generated.filter((e) => /_complete$/.test(String(e.event_type)) && e.activity_id !== null && typeof (JSON.parse(String(e.payload)) as { score?: unknown }).score === 'number');
  expect(data.rows.mastery_deltas.length).toBe(scored.length);
  expect(typeof data.rows.mastery_deltas[0]?.evidence_count).toBe('number');
  expect(new Set(data.rows.mastery_deltas.map((d) => d.delta_id))).not.toEqual(new Set([...tableRows(dataset, 'mastery_deltas')].map((d) => d.delta_id)));

  // The worker's dataset for the org: the transformed tables, and the org's other tables from its own generator.
  const rows = eventsOrgRows(dataset, orgId, data.rows);
  expect(rows.attempts).toEqual([...tableRows(dataset, 'attempts')].filter((a) => a.org_id === orgId));
  expect(rows.events).toBe(data.rows.events);
  const orgDataset = datasetFromRows(rows);
  expect([orgDataset.events.length, orgDataset.sessions.length, orgDataset.mastery.length]).toEqual([generated.length, spans.size, scored.length]);
  return { body, data };
}

describe('the demo events org', () => {
  it('should come from the generated events through ingest and transform, the same on every run', async () => {
    const options = { seed: 1, endDate: '2026-11-01' };
    const { body } = await throughPipeline(options);
    const again = (await eventsOrgFromPipeline(options))!;
    expect((await decodeEventsOrg(toArrayBuffer(again))).rows).toEqual((await decodeEventsOrg(toArrayBuffer(body))).rows);
  }, 120_000);

  it('should do so at the demo largest size too, in an answer far smaller than the rows as JSON', async () => {
    const { body, data } = await throughPipeline({ seed: 1, endDate: '2026-11-01', targetAttempts: 1_000_000 });
    expect(data.stats.rawEvents).toBeGreaterThan(400_000);
    // ~150 MB as JSON rows (what the page would have had to hold as one string and parse); Parquet keeps it small.
    expect(body.byteLength).toBeLessThan(JSON.stringify(data.rows.events).length / 5);
  }, 600_000);

  it('should refuse an answer cut short', async () => {
    const body = encodeEventsOrg('org-1', { rawEvents: 0, events: 0, sessions: 0, masteryDeltas: 0, ms: 0 }, {
      events: new Uint8Array(8),
      sessions: new Uint8Array(8),
      mastery_deltas: new Uint8Array(8),
    });
    await expect(decodeEventsOrg(toArrayBuffer(body.subarray(0, body.byteLength - 1)))).rejects.toThrow(/cut short/);
  });
});
