// The time-zone org of the conformance dataset: attempts (with an event, a session and a mastery delta each) every
// 25 minutes, and answers to questions every 100 minutes, for a day either side of the awkward instants of seven zones, so that every day, hour and window
// boundary an adapter could misplace by an hour has rows on both sides of it.
import type { Attempt, LearnerEvent, LearningSession, MasteryDelta, User } from '@learnlens/data-client';
import type { DatasetRows } from '@learnlens/mock';

/** The org holding the time-zone rows. */
export const TZ_ORG = 'org-tz';
/** Its admin, who asks every time-zone question. */
export const TZ_ADMIN = 'tz-admin';
/** The learner whose personal stats are checked. */
export const TZ_LEARNER = 'tz-a';

/** A zone and its awkward instants (UTC), each with the local date it falls on or next to. */
export interface ZoneCase {
  zone: string;
  why: string;
  keys: Array<{ at: string; day: string }>;
}

/** The zones PostgreSQL is asked about (see docs/time-zones.md). */
export const ZONE_CASES: readonly ZoneCase[] = [
  {
    zone: 'America/Havana',
    why: 'midnight skipped (00:00 → 01:00) and midnight twice (01:00 → 00:00)',
    keys: [
      { at: '2026-03-08T05:00:00Z', day: '2026-03-08' },
      { at: '2026-11-01T05:00:00Z', day: '2026-11-01' },
    ],
  },
  {
    zone: 'America/New_York',
    why: 'gap 02:00–03:00 and overlap 01:00–02:00',
    keys: [
      { at: '2026-03-08T07:00:00Z', day: '2026-03-08' },
      { at: '2026-11-01T06:00:00Z', day: '2026-11-01' },
    ],
  },
  {
    zone: 'Europe/London',
    why: 'gap 01:00–02:00 and overlap 01:00–02:00',
    keys: [
      { at: '2026-03-29T01:00:00Z', day: '2026-03-29' },
      { at: '2026-10-25T01:00:00Z', day: '2026-10-25' },
    ],
  },
  {
    zone: 'Australia/Lord_Howe',
    why: '30-minute DST',
    keys: [
      { at: '2026-04-04T15:00:00Z', day: '2026-04-05' },
      { at: '2026-10-03T15:30:00Z', day: '2026-10-04' },
    ],
  },
  {
    zone: 'Asia/Kathmandu',
    why: '+05:45',
    keys: [{ at: '2026-10-24T18:15:00Z', day: '2026-10-25' }],
  },
  {
    zone: 'Pacific/Chatham',
    why: '+13:45 / +12:45',
    keys: [
      { at: '2026-04-04T14:00:00Z', day: '2026-04-05' },
      { at: '2026-09-26T14:00:00Z', day: '2026-09-27' },
    ],
  },
  {
    zone: 'Pacific/Apia',
    why: '2011-12-30 does not exist (−10 → +14)',
    keys: [{ at: '2011-12-30T10:00:00Z', day: '2011-12-30' }],
  },
];

const STEP_MS = 25 * 60_000;
const NO_BANDS = { task1_band: null, task2_band: null };
const BANDS: ReadonlyArray<Pick<Attempt, 'task1_band' | 'task2_band'>> = [
  { task1_band: 6.5, task2_band: 6.17 },
  NO_BANDS,
  { task1_band: null, task2_band: 4.125 },
  NO_BANDS,
  { task1_band: 1.005, task2_band: null },
  { task1_band: 7.25, task2_band: 7.5 },
  NO_BANDS,
];
const REACH_MS = 25 * 3_600_000;
/** How long after it starts a q2 answer is submitted: longer than the 200 minutes between q2 answers. */
export const SUBMIT_LAG_Q2_MS = 205 * 60_000;

function user(id: string, role: User['role'], team: string | null): User {
  return {
    user_id: id,
    org_id: TZ_ORG,
    team_id: team,
    role,
    display_name: `Zone ${id}`,
    email: `${id}@${TZ_ORG}.example`,
    plan: 'starter',
    created_at: '2011-01-01T00:00:00.000Z',
  };
}

/** The org's rows, to add to the conformance dataset. */
export function timeZoneRows(): Partial<DatasetRows> {
  const team = 'tz-team';
  const instants = [...new Set(ZONE_CASES.flatMap((c) => c.keys.flatMap((k) => {
    const at = Date.parse(k.at);
    const out: number[] = [];
    for (let t = at - REACH_MS; t <= at + REACH_MS; t += STEP_MS) out.push(t);
    return out;
  })))].sort((a, b) => a - b);
  const attempts: Attempt[] = [];
  const events: LearnerEvent[] = [];
  const sessions: LearningSession[] = [];
  const deltas: MasteryDelta[] = [];
  instants.forEach((t, n) => {
    const userId = n % 3 === 0 ? 'tz-b' : TZ_LEARNER;
    const attemptId = `tz-at-${String(n).padStart(5, '0')}`;
    const sessionId = `tz-s-${n}`;
    const started = new Date(t).toISOString();
    const iso = (ms: number) => new Date(t + ms).toISOString();
    attempts.push({
      attempt_id: attemptId,
      org_id: TZ_ORG,
      user_id: userId,
      activity_id: 'tz-act',
      score: n % 11 === 5 ? null : (n * 37) % 101,
      duration_seconds: 300,
      talk_ms: null,
      listen_ms: null,
      started_at: started,
      ended_at: iso(300_000),
      goal_band: null,
      // Band averages whose third decimal is a 5: PostgreSQL's round(numeric, 2) goes up where a double rounds down.
      ...BANDS[n % BANDS.length]!,
    });
    sessions.push({
      session_id: sessionId,
      org_id: TZ_ORG,
      user_id: userId,
      session_start: started,
      session_end: iso(600_000),
      duration_seconds: 600,
      total_events: 1,
    });
    events.push({
      event_id: `tz-e-${n}`,
      org_id: TZ_ORG,
      user_id: userId,
      session_id: sessionId,
      attempt_id: attemptId,
      activity_id: 'tz-act',
      event_type: 'filler_word',
      occurred_at: iso(60_000),
      payload: '{}',
    });
    // Every fourth instant, an answer to one of two questions two minutes later (0/1 scored, some ungraded, some
    // untimed), so accuracyTrend and learningVelocity have answers on both sides of every boundary too. The tutoring
    // queries place an answer at its submit instant: a q1 answer is submitted a minute after it starts, a q2 answer
    // (every 200 minutes) 205 minutes after, so some answer starts before every boundary and is submitted after it,
    // and a query that placed answers at their start would misplace it.
    if (n % 4 === 1) {
      const answered = t + 120_000;
      const q1 = n % 8 === 1;
      attempts.push({
        attempt_id: `tz-qa-${String(n).padStart(5, '0')}`,
        org_id: TZ_ORG,
        user_id: userId,
        activity_id: q1 ? 'tz-q1' : 'tz-q2',
        score: n % 11 === 5 ? null : n % 3 === 0 ? 0 : 1,
        duration_seconds: n % 7 === 3 ? null : 40 + (n % 50),
        talk_ms: null,
        listen_ms: null,
        started_at: new Date(answered).toISOString(),
        ended_at: new Date(answered + (q1 ? 60_000 : SUBMIT_LAG_Q2_MS)).toISOString(),
        goal_band: null,
        ...NO_BANDS,
      });
    }
    deltas.push({
      delta_id: `tz-m-${n}`,
      org_id: TZ_ORG,
      user_id: userId,
      content_id: 'tz-act',
      content_type: 'scenario',
      previous_mastery: 0.5,
      current_mastery: (n % 10) / 10,
      mastery_delta: Math.round(((n % 10) / 10 - 0.5) * 100) / 100,
      confidence_score: 0.5,
      evidence_count: 1,
      session_id: sessionId,
      occurred_at: started,
    });
  });
  // Two learners with the same scores in opposite orders: summed in time order their averages differ in the last
  // bit (1.5333…34 and 1.5333…32), yet they tie, as PostgreSQL's exact numeric avg() says.
  const tied = [
    ['tz-c', [1.1, 2.2, 1.3]],
    ['tz-d', [1.3, 2.2, 1.1]],
  ] as const;
  for (const [userId, scores] of tied) {
    scores.forEach((score, i) => {
      const started = `2025-06-1${i}T1${userId === 'tz-c' ? 0 : 1}:00:00.000Z`;
      attempts.push({
        attempt_id: `tz-tie-${userId}-${i}`,
        org_id: TZ_ORG,
        user_id: userId,
        activity_id: 'tz-act',
        score,
        duration_seconds: 60,
        talk_ms: null,
        listen_ms: null,
        started_at: started,
        ended_at: new Date(Date.parse(started) + 60_000).toISOString(),
        goal_band: null,
        ...NO_BANDS,
      });
    });
  }
  attempts.sort((a, b) => a.started_at.localeCompare(b.started_at) || (a.attempt_id < b.attempt_id ? -1 : 1));
  return {
    orgs: [{ org_id: TZ_ORG, name: 'Awkward Clocks Ltd', timezone: 'America/Havana', score_scale: 'percent' }],
    teams: [{ team_id: team, org_id: TZ_ORG, name: 'Team Clocks', manager_id: 'tz-manager' }],
    users: [
      user(TZ_ADMIN, 'admin', null),
      user('tz-manager', 'manager', team),
      ...[TZ_LEARNER, 'tz-b', 'tz-c', 'tz-d'].map((id) => user(id, 'learner', team)),
    ],
    activities: [
      { activity_id: 'tz-act', org_id: TZ_ORG, title: 'Clock drill', kind: 'scenario', difficulty: 'medium', category: 'Clocks', score_scale: 'percent' },
      ...['tz-q1', 'tz-q2'].map((id, i) => ({
        activity_id: id,
        org_id: TZ_ORG,
        title: `What time is it? (${i + 1})`,
        kind: 'question' as const,
        difficulty: 'easy' as const,
        category: 'Clocks',
        score_scale: 'binary' as const,
        difficulty_level: i + 1,
      })),
    ],
    attempts,
    sessions,
    events,
    mastery_deltas: deltas,
  };
}
