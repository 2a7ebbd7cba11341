// The voice calls' KPI events (seed 002 fact_kpi_events): every event type, in realistic numbers, inside the call,
// following the score as the seed's cohort example implies.
import { kpiEventTypes } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { tableRows } from './toRows.js';
import { createMockDataset } from './createMockDataset.js';

const dataset = createMockDataset({ seed: 11, orgs: 3, learnersPerOrg: 40, days: 60, endDate: '2026-11-01' });
const calls = [...tableRows(dataset, 'attempts')].filter((a) => a.duration_seconds !== null && dataset.activities.find((x) => x.activity_id === a.activity_id)!.kind === 'scenario');
const byAttempt = new Map<string, Array<Record<string, unknown>>>();
for (const e of tableRows(dataset, 'events')) {
  if (!(kpiEventTypes as readonly string[]).includes(String(e.event_type))) continue;
  const list = byAttempt.get(String(e.attempt_id)) ?? [];
  list.push(e);
  byAttempt.set(String(e.attempt_id), list);
}
const countOf = (attemptId: unknown, type: string) => (byAttempt.get(String(attemptId)) ?? []).filter((e) => e.event_type === type).length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the voice calls of the generated dataset', () => {
  it('should have every KPI event type in realistic numbers per call, each inside its call', () => {
    expect(calls.length).toBeGreaterThan(500);
    const perCall = Object.fromEntries(kpiEventTypes.map((t) => [t, mean(calls.map((a) => countOf(a.attempt_id, t)))]));
    // Around 7-minute calls: a few filler words and questions, a couple of objections and key phrases, a pause or so.
    expect(perCall.filler_word).toBeGreaterThan(2);
    expect(perCall.filler_word).toBeLessThan(8);
    expect(perCall.question_asked).toBeGreaterThan(3);
    expect(perCall.question_asked).toBeLessThan(8);
    expect(perCall.objection_raised).toBeGreaterThan(1);
    expect(perCall.keyword_mentioned).toBeGreaterThan(1.5);
    expect(perCall.interruption).toBeGreaterThan(0.3);
    expect(perCall.long_pause).toBeGreaterThan(0.5);
    for (const t of kpiEventTypes) expect(perCall[t], t).toBeLessThan(10);
    const calledAt = new Map(calls.map((a) => [a.attempt_id, [Date.parse(String(a.started_at)), Number(a.duration_seconds) * 1000] as const]));
    let checked = 0;
    for (const [attemptId, events] of byAttempt) {
      const call = calledAt.get(attemptId);
      expect(call, `events of ${attemptId} belong to a finished call`).toBeDefined();
      for (const e of events) {
        const offset = Date.parse(String(e.occurred_at)) - call![0];
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThan(call![1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(calls.length * 10);
  });

  it('should give the learners who ask more than 7 questions a higher average score than those who ask fewer than 3', () => {
    const scored = calls.filter((a) => a.score !== null);
    const few = scored.filter((a) => countOf(a.attempt_id, 'question_asked') < 3).map((a) => Number(a.score));
    const many = scored.filter((a) => countOf(a.attempt_id, 'question_asked') > 7).map((a) => Number(a.score));
    // Both cohorts of seed 002's example are well populated with the default bands [3, 8].
    expect(few.length).toBeGreaterThan(scored.length * 0.08);
    expect(many.length).toBeGreaterThan(scored.length * 0.08);
    expect(mean(many) - mean(few)).toBeGreaterThan(8);
    // Filler words go the other way.
    const fillers = (a: (typeof scored)[number]) => countOf(a.attempt_id, 'filler_word');
    const top = scored.filter((a) => Number(a.score) >= 75);
    const bottom = scored.filter((a) => Number(a.score) < 55);
    expect(mean(bottom.map(fillers))).toBeGreaterThan(mean(top.map(fillers)));
  });

  it('should place questions early in the call and key phrases late', () => {
    const share = (type: string) => {
      const at = new Map(calls.map((a) => [a.attempt_id, [Date.parse(String(a.started_at)), Number(a.duration_seconds) * 1000] as const]));
      const xs: number[] = [];
      for (const [id, events] of byAttempt) for (const e of events) if (e.event_type === type) xs.push((Date.parse(String(e.occurred_at)) - at.get(id)![0]) / at.get(id)![1]);
      return mean(xs);
    };
    expect(share('question_asked')).toBeLessThan(0.45);
    expect(share('keyword_mentioned')).toBeGreaterThan(0.55);
  });
});
