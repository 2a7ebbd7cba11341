// The demo's learning-events org through the event pipeline (server/eventsOrgPipeline.ts): every generated event of
// the org is ingested as a raw event, and the sessions and mastery deltas the demo shows are the transform's.
import { createMockDataset, tableRows } from '@learnlens/mock';
import { describe, expect, it } from 'vitest';
import { eventsOrgOf } from '../src/backend/eventsOrg.js';
import { eventsOrgFromPipeline } from '../server/eventsOrgPipeline.js';

const options = { seed: 1, endDate: '2026-11-01' };

describe('the demo events org', () => {
  it('should come from the generated events through ingest and transform, the same on every run', async () => {
    const dataset = createMockDataset(options);
    const orgId = eventsOrgOf(dataset)!;
    const generated = [...tableRows(dataset, 'events')].filter((e) => e.org_id === orgId);
    const data = (await eventsOrgFromPipeline(options))!;
    expect(data.orgId).toBe(orgId);
    expect(data.stats.rawEvents).toBe(generated.length);

    // Every event arrives, as itself.
    const events = data.rows.events!;
    expect(events.map((e) => e.event_id).sort()).toEqual(generated.map((e) => e.event_id).sort());
    // One session per session id, spanning its events, with their count.
    const spans = new Map<string, { first: number; last: number; n: number }>();
    for (const e of generated) {
      const t = Date.parse(String(e.occurred_at));
      const s = spans.get(String(e.session_id)) ?? { first: t, last: t, n: 0 };
      spans.set(String(e.session_id), { first: Math.min(s.first, t), last: Math.max(s.last, t), n: s.n + 1 });
    }
    const sessions = data.rows.sessions!;
    expect(sessions).toHaveLength(spans.size);
    for (const s of sessions) {
      const span = spans.get(String(s.session_id))!;
      expect([s.total_events, s.duration_seconds]).toEqual([span.n, (span.last - span.first) / 1000]);
    }
    // One mastery delta per scored completion (the evidence the pipeline's model reads), none from the generator.
    const scored = generated.filter((e) => /_complete$/.test(String(e.event_type)) && e.activity_id !== null && typeof (JSON.parse(String(e.payload)) as { score?: unknown }).score === 'number');
    expect(data.rows.mastery_deltas!.length).toBe(scored.length);
    expect(new Set(data.rows.mastery_deltas!.map((d) => d.delta_id))).not.toEqual(new Set([...tableRows(dataset, 'mastery_deltas')].map((d) => d.delta_id)));
    // The org's other tables are the generator's.
    expect(data.rows.attempts).toEqual([...tableRows(dataset, 'attempts')].filter((a) => a.org_id === orgId));

    const again = (await eventsOrgFromPipeline(options))!;
    expect(again.rows).toEqual(data.rows);
  }, 120_000);
});
