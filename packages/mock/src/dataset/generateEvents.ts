import type { Activity } from '@learnlens/data-client';
import { reserve } from './columns.js';
import type { EventColumns } from './dataset.types.js';
import type { Random } from './random.js';

// The events of a session: a page view when it opens, then per attempt a start,
// the call's KPI events for voice scenarios (seed 002 fact_kpi_events), and a
// completion (seed 001 lesson_complete / assessment_complete). Payloads come
// from small sets of shared strings (a few hundred at most: scores are whole
// percents, half bands or 0/1), so each event holds only a 16-bit code.
// The KPI events draw from their own stream (`callRng`), so how many a call has
// never moves the attempts, scores or sessions drawn from the other streams.

/** Every event type the generator writes, sorted (as `datasetFromRows` sorts them). */
export const eventTypeNames = [
  'assessment_complete',
  'attempt_completed',
  'attempt_started',
  'filler_word',
  'interruption',
  'keyword_mentioned',
  'lesson_complete',
  'long_pause',
  'objection_raised',
  'page_view',
  'question_asked',
] as const;
type EventType = (typeof eventTypeNames)[number];
const typeCode = Object.fromEntries(eventTypeNames.map((t, i) => [t, i])) as Record<EventType, number>;

// Every payload text ever generated in this process, by code; a code never changes, so each dataset keeps a copy of
// the texts as they stand when it is generated (every code it holds is below that length).
const texts: string[] = [];
const codes = new Map<string, number>();

function codeOf(value: unknown): number {
  const text = JSON.stringify(value);
  let code = codes.get(text);
  if (code === undefined) {
    code = texts.push(text) - 1;
    if (code > 0xffff) throw new Error('more distinct event payloads than a 16-bit code holds');
    codes.set(text, code);
  }
  return code;
}

/** The payload texts by code, as they stand now: a generated dataset's `events.payloadTexts`. */
export function generatedPayloadTexts(): string[] {
  return texts.slice();
}

const fillerWords = ['um', 'uh', 'like', 'you know', 'so', 'basically', 'actually'].map((word) => codeOf({ word }));
const interruption = codeOf({ by: 'trainee' });
const openQuestion = codeOf({ type: 'open' });
const closedQuestion = codeOf({ type: 'closed' });
const objections = ['price', 'timing', 'competitor', 'authority', 'need', 'contract'].map((topic) => codeOf({ topic }));
const keywords = ['next steps', 'budget', 'decision maker', 'timeline', 'pain point', 'value', 'follow up', 'pilot'].map((keyword) =>
  codeOf({ keyword }),
);
const pauses = Array.from({ length: 11 }, (_, k) => codeOf({ seconds: 5 + k }));
const startedPayload = new Map<string, number>();
const completedPayload = new Map<number, number>();
const pagePayload = new Map<string, number>();

function interned<K>(cache: Map<K, number>, key: K, make: () => unknown): number {
  let code = cache.get(key);
  if (code === undefined) {
    code = codeOf(make());
    cache.set(key, code);
  }
  return code;
}

/** Where events of the session being generated go, and what they refer to. */
export interface EventSink {
  events: EventColumns;
  user: number;
  session: number;
  /** Events written to the current session so far. */
  count: number;
}

function add(sink: EventSink, time: number, type: EventType, attempt: number, activity: number, payload: number): void {
  const e = sink.events;
  if (e.length === e.occurredAt.length) reserve(e, e.length + 1);
  const i = e.length++;
  e.occurredAt[i] = time;
  e.user[i] = sink.user;
  e.session[i] = sink.session;
  e.attempt[i] = attempt;
  e.activity[i] = activity;
  e.type[i] = typeCode[type];
  e.payload[i] = payload;
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
  /** The score as a share of its scale's top (NaN when unscored). */
  share: number;
  /** 0 at the first attempt, towards 1 when fully practised. */
  progress: number;
  fillerRate: number;
}

// Where in a call (a share of its duration in [0, 1)) each kind of event tends to happen: questions early (discovery),
// objections and the pauses after them mid-call, key phrases towards the close; filler words a little more at the
// nervous start. Each takes uniform draws of the call's own stream.
const early = (rng: Random) => rng.next() ** 1.6;
const middle = (rng: Random) => (rng.next() + rng.next()) / 2;
const late = (rng: Random) => rng.next() ** 0.6;
const nervous = (rng: Random) => rng.next() ** 1.15;
const anywhere = (rng: Random) => rng.next();
const afterMiddle = (rng: Random) => 0.2 + 0.8 * middle(rng);

/**
 * A voice call's KPI events (seed 002 fact_kpi_events). Per minute of call, around a percent score of 64:
 * ~0.65 filler words, ~0.12 interruptions, ~0.75 questions, ~0.3 objections, ~0.4 key phrases and ~0.18 long
 * pauses, so a 7-minute call has about 4, 1, 5, 2, 3 and 1. They follow the score, as in seed 002's cohort
 * example: a learner who asks more questions and names more key phrases scores higher, one with more filler words,
 * interruptions and long pauses lower; practice cuts filler words and interruptions. Objections are the customer's.
 */
function addCallEvents(rng: Random, sink: EventSink, attempt: AttemptFacts, row: number, activity: number): void {
  const { start, end } = attempt;
  const seconds = Math.floor((end - start) / 1000);
  if (seconds <= 0) return;
  const minutes = seconds / 60;
  // 0 for a weak call (a third of the scale or less), 1 for an excellent one (95 %); unscored calls are average.
  const q = Number.isNaN(attempt.share) ? 0.5 : Math.min(1, Math.max(0, (attempt.share - 0.35) / 0.6));
  const practice = attempt.progress;
  const at = (where: (rng: Random) => number) => start + 1000 * Math.min(seconds - 1, Math.floor(where(rng) * seconds));
  const emit = (type: EventType, perMinute: number, where: (rng: Random) => number, payload: () => number) => {
    const n = rng.poisson(perMinute * minutes);
    for (let k = 0; k < n; k++) add(sink, at(where), type, row, activity, payload());
  };
  emit('filler_word', 0.65 * attempt.fillerRate * Math.exp(-0.8 * practice) * (1.35 - 0.7 * q), nervous, () => rng.pick(fillerWords));
  emit('interruption', 0.12 * (1.2 - 0.5 * practice) * (1.5 - q), anywhere, () => interruption);
  emit('question_asked', 0.2 + 1.15 * q + 0.1 * practice, early, () => (rng.chance(0.35 + 0.3 * q + 0.2 * practice) ? openQuestion : closedQuestion));
  emit('objection_raised', 0.3, middle, () => rng.pick(objections));
  emit('keyword_mentioned', 0.12 + 0.6 * q, late, () => rng.pick(keywords));
  emit('long_pause', 0.28 * (1.3 - q), afterMiddle, () => pauses[Math.min(10, Math.floor(rng.next() ** 2 * 11))]!);
}

/**
 * One attempt's events: start, KPI events during a voice call (from `callRng`, the learner's call stream), and the
 * completion once it ended.
 */
export function addAttemptEvents(callRng: Random, sink: EventSink, attempt: AttemptFacts): void {
  const { row, activity, kind, start, end } = attempt;
  const done = !Number.isNaN(end);
  // A question is answered in one go: its only event is the answer.
  if (kind !== 'question' || !done) {
    add(sink, start, 'attempt_started', row, activity, interned(startedPayload, kind, () => ({ kind })));
  }
  if (!done) return;
  if (kind === 'scenario') addCallEvents(callRng, sink, attempt, row, activity);
  const type: EventType =
    kind === 'lesson' ? 'lesson_complete' : kind === 'assessment' ? 'assessment_complete' : 'attempt_completed';
  const score = Number.isNaN(attempt.score) ? null : attempt.score;
  add(sink, end, type, row, activity, interned(completedPayload, attempt.score, () => ({ score })));
}
