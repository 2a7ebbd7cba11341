import type { Activity } from '@learnlens/data-client';
import { reserve } from './columns.js';
import type { EventColumns } from './dataset.types.js';
import type { Random } from './random.js';

// The events of a session: a page view when it opens, then per attempt a start,
// the call's KPI events for voice scenarios (seed 002 fact_kpi_events), and a
// completion (seed 001 lesson_complete / assessment_complete). Payloads come
// from small sets of shared strings, so a million events hold few distinct ones.

/** Every event type the generator writes, sorted (as `datasetFromRows` sorts them). */
export const eventTypeNames = [
  'assessment_complete',
  'attempt_completed',
  'attempt_started',
  'filler_word',
  'interruption',
  'lesson_complete',
  'page_view',
  'question_asked',
] as const;
type EventType = (typeof eventTypeNames)[number];
const typeCode = Object.fromEntries(eventTypeNames.map((t, i) => [t, i])) as Record<EventType, number>;

const fillerWords = ['um', 'uh', 'like', 'you know', 'so', 'basically', 'actually'].map((word) => JSON.stringify({ word }));
const interruption = JSON.stringify({ by: 'trainee' });
const openQuestion = JSON.stringify({ type: 'open' });
const closedQuestion = JSON.stringify({ type: 'closed' });
const startedPayload = new Map<string, string>();
const completedPayload = new Map<number, string>();
const pagePayload = new Map<string, string>();

function interned<K>(cache: Map<K, string>, key: K, make: () => unknown): string {
  let s = cache.get(key);
  if (s === undefined) {
    s = JSON.stringify(make());
    cache.set(key, s);
  }
  return s;
}

/** Where events of the session being generated go, and what they refer to. */
export interface EventSink {
  events: EventColumns;
  user: number;
  session: number;
  /** Events written to the current session so far. */
  count: number;
}

function add(sink: EventSink, time: number, type: EventType, attempt: number, activity: number, payload: string): void {
  const e = sink.events;
  if (e.length === e.occurredAt.length) reserve(e, e.length + 1);
  const i = e.length++;
  e.occurredAt[i] = time;
  e.user[i] = sink.user;
  e.session[i] = sink.session;
  e.attempt[i] = attempt;
  e.activity[i] = activity;
  e.type[i] = typeCode[type];
  e.payload.push(payload);
  sink.count++;
}

/** The page view that opens a session. */
export function addPageView(rng: Random, sink: EventSink, time: number, pages: readonly string[]): void {
  const page = rng.pick(pages);
  add(sink, time, 'page_view', -1, -1, interned(pagePayload, page, () => ({ page })));
}

/** What an attempt's events depend on: its raw row, global activity index, times, score and the learner's practice. */
export interface AttemptFacts {
  row: number;
  activity: number;
  kind: Activity['kind'];
  start: number;
  /** NaN while the attempt is still in progress. */
  end: number;
  score: number;
  /** 0 at the first attempt, towards 1 when fully practised. */
  progress: number;
  fillerRate: number;
}

/** One attempt's events: start, KPI events during a voice call, and the completion once it ended. */
export function addAttemptEvents(rng: Random, sink: EventSink, attempt: AttemptFacts): void {
  const { row, activity, kind, start, end } = attempt;
  const done = !Number.isNaN(end);
  // A question is answered in one go: its only event is the answer.
  if (kind !== 'question' || !done) {
    add(sink, start, 'attempt_started', row, activity, interned(startedPayload, kind, () => ({ kind })));
  }
  if (!done) return;
  if (kind === 'scenario') {
    const seconds = (end - start) / 1000;
    const at = () => start + 1000 * Math.floor(rng.next() * seconds);
    // Practice cuts filler words and interruptions and brings more (and more open) questions.
    const fillers = rng.poisson(0.4 * attempt.fillerRate * Math.exp(-1.2 * attempt.progress));
    for (let k = 0; k < fillers; k++) add(sink, at(), 'filler_word', row, activity, rng.pick(fillerWords));
    const interruptions = rng.poisson(0.08 * (1 - 0.5 * attempt.progress));
    for (let k = 0; k < interruptions; k++) add(sink, at(), 'interruption', row, activity, interruption);
    const questions = rng.poisson(0.08 + 0.2 * attempt.progress);
    for (let k = 0; k < questions; k++) {
      const time = at();
      const open = rng.chance(0.35 + 0.35 * attempt.progress);
      add(sink, time, 'question_asked', row, activity, open ? openQuestion : closedQuestion);
    }
  }
  const type: EventType =
    kind === 'lesson' ? 'lesson_complete' : kind === 'assessment' ? 'assessment_complete' : 'attempt_completed';
  const score = Number.isNaN(attempt.score) ? null : attempt.score;
  add(sink, end, type, row, activity, interned(completedPayload, attempt.score, () => ({ score })));
}
