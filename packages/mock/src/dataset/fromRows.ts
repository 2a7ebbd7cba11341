import type {
  Activity,
  Assignment,
  AssignmentAssignee,
  Attempt,
  LearnerEvent,
  LearningSession,
  AiUsage,
  MasteryDelta,
  Org,
  QuestionFlag,
  SpacedRepetition,
  Team,
  TutoringSession,
  User,
} from '@learnlens/data-client';
import type { MockDataset, OrgRange } from './dataset.types.js';
import { idColumn, type IdColumn } from './rowIds.js';
import { ColumnCollector, emptyAiUsage, emptyCards, emptyFlags, emptyTutoringSessions } from './tutoringColumns.js';

/** Every table as rows; fact tables may be given in any order. */
export interface DatasetRows {
  orgs: Org[];
  teams: Team[];
  users: User[];
  activities: Activity[];
  assignments?: Assignment[];
  assignment_assignees?: AssignmentAssignee[];
  attempts: Attempt[];
  sessions?: LearningSession[];
  events?: LearnerEvent[];
  mastery_deltas?: MasteryDelta[];
  question_flags?: QuestionFlag[];
  tutoring_sessions?: TutoringSession[];
  ai_usage_log?: AiUsage[];
  spaced_repetition?: SpacedRepetition[];
}

const ms = (iso: string | null): number => (iso === null ? NaN : Date.parse(iso));
const num = (v: number | null): number => (v === null ? NaN : v);

function lookup(map: Map<string, number>, id: string, table: string, column: string): number {
  const i = map.get(id);
  if (i === undefined) throw new Error(`${table}.${column} "${id}" does not match any row it refers to`);
  return i;
}

function indexBy<T>(rows: T[], key: (row: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  rows.forEach((row, i) => map.set(key(row), i));
  return map;
}

// Sorts row indexes by (org, time) and computes each org's range.
function order<T>(rows: T[], org: (r: T) => number, time: (r: T) => number, orgCount: number) {
  const idx = rows.map((_, i) => i);
  idx.sort((a, b) => org(rows[a]!) - org(rows[b]!) || time(rows[a]!) - time(rows[b]!) || a - b);
  const ranges: OrgRange[] = Array.from({ length: orgCount }, () => ({ start: 0, end: 0 }));
  let i = 0;
  for (let o = 0; o < orgCount; o++) {
    const start = i;
    while (i < idx.length && org(rows[idx[i]!]!) === o) i++;
    ranges[o] = { start, end: i };
  }
  return { idx, ranges };
}

// One of seed 003's tables from rows: grouped by org (orgs in index order), sorted by time, the rows' own ids kept.
function collect<R, T extends { length: number; id: string[]; org: Uint16Array }>(
  collector: ColumnCollector<T>,
  rows: R[] | undefined,
  orgCount: number,
  orgOf: (id: string) => number,
  columns: (row: R) => Record<string, unknown>,
  idOf: (row: R) => string,
): { table: T; ranges: OrgRange[] } {
  const list = rows ?? [];
  const byOrg: R[][] = Array.from({ length: orgCount }, () => []);
  for (const row of list) byOrg[orgOf((row as { org_id: string }).org_id)]!.push(row);
  byOrg.forEach((group, org) => {
    for (const row of group) collector.push({ ...columns(row), id: idOf(row) } as never);
    collector.endOrg(org);
  });
  return { table: collector.build(orgCount), ranges: collector.ranges };
}

/**
 * Builds a columnar dataset from plain rows: hand-built test data, or tables read back from files that
 * `learnlens dataset` wrote. Throws when a row refers to an id that does not exist.
 */
export function datasetFromRows(rows: DatasetRows): MockDataset {
  const orgIndex = indexBy(rows.orgs, (o) => o.org_id);
  const userIndex = indexBy(rows.users, (u) => u.user_id);
  const teamIndex = indexBy(rows.teams, (t) => t.team_id);
  const activityIndex = indexBy(rows.activities, (a) => a.activity_id);
  const n = rows.orgs.length;

  const at = rows.attempts;
  const atOrg = at.map((a) => lookup(orgIndex, a.org_id, 'attempts', 'org_id'));
  const atPos = new Map<Attempt, number>(at.map((a, i) => [a, i]));
  const attemptOrder = order(at, (a) => atOrg[atPos.get(a)!]!, (a) => ms(a.started_at), n);
  const len = at.length;
  const attempts = {
    length: len,
    id: new Array<string>(len),
    org: new Uint16Array(len),
    user: new Int32Array(len),
    activity: new Int32Array(len),
    score: new Float64Array(len),
    duration: new Float64Array(len),
    talkMs: new Float64Array(len),
    listenMs: new Float64Array(len),
    startedAt: new Float64Array(len),
    endedAt: new Float64Array(len),
    goalBand: new Float64Array(len),
    task1Band: new Float64Array(len),
    task2Band: new Float64Array(len),
  };
  const attemptIndex = new Map<string, number>();
  attemptOrder.idx.forEach((src, i) => {
    const a = at[src]!;
    attempts.id[i] = a.attempt_id;
    attemptIndex.set(a.attempt_id, i);
    attempts.org[i] = atOrg[src]!;
    attempts.user[i] = lookup(userIndex, a.user_id, 'attempts', 'user_id');
    attempts.activity[i] = lookup(activityIndex, a.activity_id, 'attempts', 'activity_id');
    attempts.score[i] = num(a.score);
    attempts.duration[i] = num(a.duration_seconds);
    attempts.talkMs[i] = num(a.talk_ms);
    attempts.listenMs[i] = num(a.listen_ms);
    attempts.startedAt[i] = ms(a.started_at);
    attempts.endedAt[i] = ms(a.ended_at);
    attempts.goalBand[i] = num(a.goal_band);
    attempts.task1Band[i] = num(a.task1_band);
    attempts.task2Band[i] = num(a.task2_band);
  });

  const se = rows.sessions ?? [];
  const seOrder = order(se, (s) => lookup(orgIndex, s.org_id, 'sessions', 'org_id'), (s) => ms(s.session_start), n);
  const sessionIds = new Array<string>(se.length);
  const sessions = {
    length: se.length,
    id: sessionIds as IdColumn,
    org: new Uint16Array(se.length),
    user: new Int32Array(se.length),
    start: new Float64Array(se.length),
    end: new Float64Array(se.length),
    duration: new Float64Array(se.length),
    totalEvents: new Int32Array(se.length),
  };
  const sessionIndex = new Map<string, number>();
  seOrder.idx.forEach((src, i) => {
    const s = se[src]!;
    sessionIds[i] = s.session_id;
    sessionIndex.set(s.session_id, i);
    sessions.org[i] = lookup(orgIndex, s.org_id, 'sessions', 'org_id');
    sessions.user[i] = lookup(userIndex, s.user_id, 'sessions', 'user_id');
    sessions.start[i] = ms(s.session_start);
    sessions.end[i] = ms(s.session_end);
    sessions.duration[i] = s.duration_seconds;
    sessions.totalEvents[i] = s.total_events;
  });
  sessions.id = idColumn(sessionIds, 'ses-', 7);

  const ev = rows.events ?? [];
  const eventTypes = [...new Set(ev.map((e) => e.event_type))].sort();
  const typeIndex = indexBy(eventTypes, (t) => t);
  const evOrder = order(ev, (e) => lookup(orgIndex, e.org_id, 'events', 'org_id'), (e) => ms(e.occurred_at), n);
  const eventIds = new Array<string>(ev.length);
  const events = {
    length: ev.length,
    id: eventIds as IdColumn,
    org: new Uint16Array(ev.length),
    user: new Int32Array(ev.length),
    session: new Int32Array(ev.length),
    attempt: new Int32Array(ev.length),
    activity: new Int32Array(ev.length),
    type: new Uint8Array(ev.length),
    occurredAt: new Float64Array(ev.length),
    payload: new Uint32Array(ev.length) as Uint16Array | Uint32Array,
    payloadTexts: [] as string[],
  };
  const payloadCode = new Map<string, number>();
  evOrder.idx.forEach((src, i) => {
    const e = ev[src]!;
    eventIds[i] = e.event_id;
    events.org[i] = lookup(orgIndex, e.org_id, 'events', 'org_id');
    events.user[i] = lookup(userIndex, e.user_id, 'events', 'user_id');
    events.session[i] = sessionIndex.get(e.session_id) ?? -1;
    events.attempt[i] = e.attempt_id === null ? -1 : lookup(attemptIndex, e.attempt_id, 'events', 'attempt_id');
    events.activity[i] = e.activity_id === null ? -1 : lookup(activityIndex, e.activity_id, 'events', 'activity_id');
    events.type[i] = typeIndex.get(e.event_type)!;
    events.occurredAt[i] = ms(e.occurred_at);
    let code = payloadCode.get(e.payload);
    if (code === undefined) payloadCode.set(e.payload, (code = events.payloadTexts.push(e.payload) - 1));
    events.payload[i] = code;
  });
  if (events.payloadTexts.length <= 0x10000) events.payload = Uint16Array.from(events.payload);
  // Files a generated dataset was written to carry its numbered ids: those are made again when read, not held
  // (sessions and mastery deltas alike).
  events.id = idColumn(eventIds, 'evt-', 8);

  const md = rows.mastery_deltas ?? [];
  const mdOrder = order(md, (m) => lookup(orgIndex, m.org_id, 'mastery_deltas', 'org_id'), (m) => ms(m.occurred_at), n);
  const masteryIds = new Array<string>(md.length);
  const mastery = {
    length: md.length,
    id: masteryIds as IdColumn,
    org: new Uint16Array(md.length),
    user: new Int32Array(md.length),
    content: new Int32Array(md.length),
    previous: new Float64Array(md.length),
    current: new Float64Array(md.length),
    delta: new Float64Array(md.length),
    confidence: new Float64Array(md.length),
    evidence: new Int32Array(md.length),
    session: new Int32Array(md.length),
    occurredAt: new Float64Array(md.length),
  };
  mdOrder.idx.forEach((src, i) => {
    const m = md[src]!;
    masteryIds[i] = m.delta_id;
    mastery.org[i] = lookup(orgIndex, m.org_id, 'mastery_deltas', 'org_id');
    mastery.user[i] = lookup(userIndex, m.user_id, 'mastery_deltas', 'user_id');
    mastery.content[i] = lookup(activityIndex, m.content_id, 'mastery_deltas', 'content_id');
    mastery.previous[i] = m.previous_mastery;
    mastery.current[i] = m.current_mastery;
    mastery.delta[i] = m.mastery_delta;
    mastery.confidence[i] = m.confidence_score;
    mastery.evidence[i] = m.evidence_count;
    mastery.session[i] = sessionIndex.get(m.session_id) ?? -1;
    mastery.occurredAt[i] = ms(m.occurred_at);
  });
  mastery.id = idColumn(masteryIds, 'md-', 7);

  const users = (table: string, column: string) => (id: string) => lookup(userIndex, id, table, column);
  const acts = (table: string) => (id: string) => lookup(activityIndex, id, table, 'activity_id');
  const orgOf = (table: string) => (id: string) => lookup(orgIndex, id, table, 'org_id');

  const flags = collect(new ColumnCollector(emptyFlags(), 'createdAt', '', 0), rows.question_flags, n, orgOf('question_flags'), (f) => ({
    activity: acts('question_flags')(f.activity_id),
    user: users('question_flags', 'user_id')(f.user_id),
    reason: f.reason,
    status: f.status,
    createdAt: ms(f.created_at),
  }), (f) => f.flag_id);
  const tutoring = collect(
    new ColumnCollector(emptyTutoringSessions(), 'scheduledStart', '', 0),
    rows.tutoring_sessions,
    n,
    orgOf('tutoring_sessions'),
    (t) => ({
      tutor: users('tutoring_sessions', 'tutor_id')(t.tutor_id),
      student: users('tutoring_sessions', 'student_id')(t.student_id),
      scheduledStart: ms(t.scheduled_start),
      scheduledEnd: ms(t.scheduled_end),
      actualStart: ms(t.actual_start),
      actualEnd: ms(t.actual_end),
      topics: t.topics_covered,
    }),
    (t) => t.session_id,
  );
  const ai = collect(new ColumnCollector(emptyAiUsage(), 'createdAt', '', 0), rows.ai_usage_log, n, orgOf('ai_usage_log'), (u) => ({
    user: u.user_id === null ? -1 : users('ai_usage_log', 'user_id')(u.user_id),
    operation: u.operation_type,
    model: u.model,
    tokensInput: num(u.tokens_input),
    tokensOutput: num(u.tokens_output),
    costUsd: num(u.cost_usd),
    durationMs: num(u.duration_ms),
    success: u.success ? 1 : 0,
    createdAt: ms(u.created_at),
  }), (u) => u.id);
  const cards = collect(new ColumnCollector(emptyCards(), 'lastReviewedAt', '', 0), rows.spaced_repetition, n, orgOf('spaced_repetition'), (c) => ({
    user: users('spaced_repetition', 'user_id')(c.user_id),
    activity: acts('spaced_repetition')(c.activity_id),
    ease: c.ease_factor,
    interval: c.interval_days,
    repetitions: c.repetitions,
    nextReviewAt: ms(c.next_review_at),
    lastReviewedAt: ms(c.last_reviewed_at),
  }), (c) => c.card_id);

  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < len; i++) {
    const t = attempts.startedAt[i]!;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return {
    meta: {
      seed: 0,
      endDate: len ? new Date((Math.floor(last / 86_400_000) + 1) * 86_400_000).toISOString().slice(0, 10) : '1970-01-01',
      days: len ? Math.floor(last / 86_400_000) - Math.floor(first / 86_400_000) + 1 : 0,
      source: 'rows',
    },
    orgs: rows.orgs,
    teams: rows.teams,
    users: rows.users,
    activities: rows.activities,
    assignments: rows.assignments ?? [],
    assignees: rows.assignment_assignees ?? [],
    eventTypes,
    attempts,
    sessions,
    events,
    mastery,
    questionFlags: flags.table,
    tutoringSessions: tutoring.table,
    aiUsage: ai.table,
    spacedRepetition: cards.table,
    ranges: {
      attempts: attemptOrder.ranges,
      sessions: seOrder.ranges,
      events: evOrder.ranges,
      mastery: mdOrder.ranges,
      questionFlags: flags.ranges,
      tutoringSessions: tutoring.ranges,
      aiUsage: ai.ranges,
      spacedRepetition: cards.ranges,
    },
    index: {
      org: orgIndex,
      user: userIndex,
      team: teamIndex,
      activity: activityIndex,
      session: sessionIndex,
      attempt: attemptIndex,
    },
  };
}
