import { catalog, type AdapterRequest, type LearnerEvent, type QueryName, type QueryParamsInput, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { datasetFromRows } from '../../dataset/fromRows.js';
import { learningRows, NOW, viewers } from '../../test-fixtures/learningDataset.js';
import { createContext } from '../context.js';
import { resolveScope } from '../scope.js';
import { eventCohorts } from './eventCohorts.js';
import { eventTiming } from './eventTiming.js';

// The learning fixture with durations (ended_at − started_at) on every ended attempt but D2, whose duration is
// unknown, and four questions around A1 (12:00–12:10): at its start, at its end, a minute before and a minute after.
const question = (id: string, at: string): LearnerEvent => ({
  event_id: id,
  org_id: 'org_a',
  user_id: 'u_ana',
  session_id: 'S1',
  attempt_id: 'A1',
  activity_id: 'act_call',
  event_type: 'question_asked',
  occurred_at: at,
  payload: '{"type":"open"}',
});
const dataset = datasetFromRows({
  ...learningRows,
  attempts: learningRows.attempts.map((a) => ({
    ...a,
    duration_seconds: a.ended_at === null || a.attempt_id === 'D2' ? null : (Date.parse(a.ended_at) - Date.parse(a.started_at)) / 1000,
  })),
  events: [
    ...learningRows.events,
    question('Q1', '2026-10-07T12:00:00Z'),
    question('Q2', '2026-10-07T12:10:00Z'),
    question('Q3', '2026-10-07T11:59:00Z'),
    question('Q4', '2026-10-07T12:11:00Z'),
  ],
});

function run<N extends 'eventTiming' | 'eventCohorts'>(name: N, viewer: Viewer, input: QueryParamsInput<N>) {
  const params = catalog[name].params.parse({ now: NOW, ...input });
  const p = params as { userIds?: string[]; teamId?: string };
  const scope = resolveScope(dataset, { viewer, userIds: p.userIds ?? [], teamId: p.teamId });
  const ctx = createContext(dataset, { name, params, scope } as AdapterRequest, false);
  const answer = name === 'eventTiming' ? eventTiming(ctx, params as never) : eventCohorts(ctx, params as never);
  return catalog[name as QueryName].result.parse(answer) as never;
}

const tenths = (...pairs: [number, number][]) => {
  const out = new Array<number>(10).fill(0);
  for (const [k, n] of pairs) out[k] = n;
  return out;
};

describe('eventTiming', () => {
  it('should place each event in the tenth of its call it happened in, an event at the very end in the last', () => {
    const { rows } = run('eventTiming', viewers.admin, {}) as { rows: { eventType: string; events: number; attempts: number; counts: number[]; shares: number[] }[] };
    // Filler words: E2 5 of A2's 20 min in (tenth 2), E3 10 min (5), E4 5 of A3's 10 min (5), E6 5 of B1's 15 (3),
    // E11 5 of B2's 30 (1); E12's attempt D2 has no duration, E10 no attempt, EZ is org B's.
    expect(rows.map((r) => [r.eventType, r.events, r.attempts, r.counts])).toEqual([
      ['filler_word', 5, 4, tenths([1, 1], [2, 1], [3, 1], [5, 2])],
      // Q1 at A1's start, Q2 exactly at its end; Q3 before the call and Q4 after it do not count.
      ['question_asked', 2, 1, tenths([0, 1], [9, 1])],
    ]);
    expect(rows[0]!.shares).toEqual(tenths([1, 0.2], [2, 0.2], [3, 0.2], [5, 0.4]));
  });

  it('should read only the requested types, and range, scope and filters on the attempt', () => {
    const one = (input: QueryParamsInput<'eventTiming'>, viewer: Viewer = viewers.admin) =>
      (run('eventTiming', viewer, input) as { rows: { eventType: string; counts: number[] }[] }).rows.map((r) => [r.eventType, r.counts]);
    // E8 is 15 of A4's 20 minutes in.
    expect(one({ eventTypes: ['assessment_complete'] })).toEqual([['assessment_complete', tenths([7, 1])]]);
    // Attempts started on 10-12 (UTC): A2, A3, B1.
    expect(one({ eventTypes: ['filler_word'], from: '2026-10-12', to: '2026-10-13' })).toEqual([['filler_word', tenths([2, 1], [3, 1], [5, 2])]]);
    // In Tokyo A3 and B1 started on the 13th.
    expect(one({ eventTypes: ['filler_word'], from: '2026-10-12', to: '2026-10-13', timezone: 'Asia/Tokyo' })).toEqual([['filler_word', tenths([2, 1], [5, 1])]]);
    expect(one({ eventTypes: ['filler_word'] }, viewers.managerRed)).toEqual([['filler_word', tenths([1, 1], [2, 1], [3, 1], [5, 2])]]);
    expect(one({ eventTypes: ['filler_word'] }, viewers.managerBlue)).toEqual([]);
    expect(one({ eventTypes: ['filler_word'], userIds: ['u_ben'] })).toEqual([['filler_word', tenths([1, 1], [3, 1])]]);
    expect(one({ eventTypes: ['filler_word', 'question_asked'] }, viewers.ana)).toEqual([
      ['filler_word', tenths([2, 1], [5, 2])],
      ['question_asked', tenths([0, 1], [9, 1])],
    ]);
    expect(one({ activityIds: ['act_quiz'], eventTypes: ['filler_word'] })).toEqual([['filler_word', tenths([1, 1])]]);
    expect(one({ eventTypes: ['no_such_type'] })).toEqual([]);
    expect(one({}, viewers.adminEmpty)).toEqual([]);
  });

  it('should refuse an empty or oversized list of event types', () => {
    expect(catalog.eventTiming.params.safeParse({ eventTypes: [] }).success).toBe(false);
    expect(catalog.eventTiming.params.safeParse({ eventTypes: Array.from({ length: 51 }, (_, i) => `t${i}`) }).success).toBe(false);
    expect(catalog.eventTiming.params.parse({}).eventTypes).toEqual([
      'filler_word', 'interruption', 'question_asked', 'objection_raised', 'keyword_mentioned', 'long_pause',
    ]);
  });
});

describe('eventCohorts', () => {
  type Band = { band: number; from: number; to: number | null; learners: number; attempts: number; events: number; eventsPerAttempt: number | null; scoredAttempts: number; avgScore: number | null };
  const bands = (input: QueryParamsInput<'eventCohorts'>, viewer: Viewer = viewers.admin) =>
    (run('eventCohorts', viewer, input) as { bands: Band[] }).bands;

  it("should put each learner in the band their events per attempt reach, with the band's attempts and scores", () => {
    // Ended attempts and filler words: ana 3 over 5 (0.6; scores 70, 80, –, 90, 60), ben 2 over 3 (0.67; 50, 40, 65),
    // cy 0 over 3 (100, 75, 85), dee 1 over 2 (0.5, exactly the bound: it reaches it; 55, 45).
    expect(bands({ eventType: 'filler_word', bounds: [0.5, 0.65] })).toEqual([
      { band: 0, from: 0, to: 0.5, learners: 1, attempts: 3, events: 0, eventsPerAttempt: 0, scoredAttempts: 3, avgScore: 260 / 3 },
      { band: 1, from: 0.5, to: 0.65, learners: 2, attempts: 7, events: 4, eventsPerAttempt: 4 / 7, scoredAttempts: 6, avgScore: 400 / 6 },
      { band: 2, from: 0.65, to: null, learners: 1, attempts: 3, events: 2, eventsPerAttempt: 2 / 3, scoredAttempts: 3, avgScore: 155 / 3 },
    ]);
  });

  it('should list every band, empty ones with zeros, and default to questions asked with bounds 3 and 8', () => {
    const result = bands({});
    // All four questions are A1's: events per attempt count an attempt's events wherever they lie.
    expect(result.map((b) => [b.from, b.to, b.learners, b.attempts, b.events])).toEqual([
      [0, 3, 4, 13, 4],
      [3, 8, 0, 0, 0],
      [8, null, 0, 0, 0],
    ]);
    expect(result[1]).toMatchObject({ eventsPerAttempt: null, avgScore: null, scoredAttempts: 0 });
    expect(bands({ bounds: [1] }, viewers.adminEmpty).map((b) => b.learners)).toEqual([0, 0]);
  });

  it('should count only ended attempts in range and in scope', () => {
    expect(bands({ eventType: 'filler_word', bounds: [0.5] }, viewers.managerBlue).map((b) => [b.learners, b.attempts, b.events])).toEqual([
      [1, 3, 0],
      [1, 2, 1],
    ]);
    // 10-12 (UTC): ana A2 (2 fillers), A3 (1); ben B1 (1); cy C2 (0).
    expect(bands({ eventType: 'filler_word', bounds: [1], from: '2026-10-12', to: '2026-10-13' }).map((b) => [b.learners, b.attempts, b.events])).toEqual([
      [1, 1, 0],
      [2, 3, 4],
    ]);
  });

  it('should refuse bounds that do not increase, and learners', () => {
    expect(catalog.eventCohorts.params.safeParse({ bounds: [3, 3] }).success).toBe(false);
    expect(catalog.eventCohorts.params.safeParse({ bounds: [0] }).success).toBe(false);
    expect(catalog.eventCohorts.params.safeParse({ bounds: [] }).success).toBe(false);
    expect(catalog.eventCohorts.roles).toEqual(['admin', 'manager']);
  });
});
