import type { Activity, FlagReason, User } from '@learnlens/data-client';
import type { OrgCalendar } from './calendar.js';
import type { AiUsageColumns, AttemptColumns, CardColumns, FlagColumns, OrgRange, TutoringSessionColumns } from './dataset.types.js';
import type { OrgActivities } from './generateActivities.js';
import type { LearnerProfile } from './learnerProfiles.js';
import { Random } from './random.js';
import { ColumnCollector, emptyAiUsage, emptyCards, emptyFlags, emptyTutoringSessions } from './tutoringColumns.js';
import type { QuestionTraits } from './tutoringPlan.js';

// Seed 003's tutoring tables, derived from a tutoring org's finished (sorted)
// attempts in one pass, so they agree with them: the question counters
// update_question_stats() keeps, each learner's SM-2 cards replayed from their
// graded answers, flags on the questions that deserve them, AI calls behind
// explanations and generated questions, and weekly sessions with each
// learner's tutor. Other orgs are never scanned.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One tutoring org as the generator planned it. */
export interface TutoringOrg {
  org: number;
  calendar: OrgCalendar;
  activities: OrgActivities;
  traits: QuestionTraits;
  learners: LearnerProfile[];
  /** Global user indexes of the org's admins and managers (they generate questions). */
  staff: number[];
}

/** The four tables, with each org's range. */
export interface TutoringTables {
  questionFlags: FlagColumns;
  tutoringSessions: TutoringSessionColumns;
  aiUsage: AiUsageColumns;
  spacedRepetition: CardColumns;
  ranges: { questionFlags: OrgRange[]; tutoringSessions: OrgRange[]; aiUsage: OrgRange[]; spacedRepetition: OrgRange[] };
}

// Prices per token in USD and generation speed, as the providers list them in 2025.
const models = {
  'gpt-4o-mini': { input: 0.15e-6, output: 0.6e-6, msPerToken: 12, failure: 0.025 },
  'gpt-4o': { input: 2.5e-6, output: 10e-6, msPerToken: 22, failure: 0.045 },
  'text-embedding-3-small': { input: 0.02e-6, output: 0, msPerToken: 0, failure: 0.01 },
} as const;
type Model = keyof typeof models;

/** SM-2: the new easiness after an answer of quality q (0–5), never below 1.3. */
export function nextEase(ease: number, q: number): number {
  return Math.max(1.3, ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
}

/** SM-2 quality of a graded answer: 5 correct within the question's average time, 4 correct but slower, 2 wrong. */
export function answerQuality(correct: boolean, seconds: number, usualSeconds: number): number {
  return correct ? (seconds <= usualSeconds ? 5 : 4) : 2;
}

/**
 * One graded answer applied to an SM-2 card. A wrong answer is always a lapse (repetitions 0, interval 1 day); a
 * right one counts as a review only once the card is due (at or after last review + interval), since answering
 * again the same afternoon proves nothing about spacing; an early right answer leaves the card as it was. The
 * easiness is updated first, then the interval: 1 day, 6 days, then the last interval × easiness, rounded.
 */
export function reviewCard(
  card: { ease: number; interval: number; repetitions: number; last: number },
  correct: boolean,
  seconds: number,
  usualSeconds: number,
  at: number,
): void {
  const due = card.repetitions === 0 && card.interval === 0 ? -Infinity : card.last + card.interval * DAY;
  if (correct && at < due) return;
  const q = answerQuality(correct, seconds, usualSeconds);
  card.ease = nextEase(card.ease, q);
  if (q < 3) {
    card.repetitions = 0;
    card.interval = 1;
  } else {
    card.repetitions++;
    card.interval = card.repetitions === 1 ? 1 : card.repetitions === 2 ? 6 : Math.round(card.interval * card.ease);
  }
  card.last = at;
}

class Tables {
  flags = new ColumnCollector(emptyFlags(), 'createdAt', 'flag-', 6);
  sessions = new ColumnCollector(emptyTutoringSessions(), 'scheduledStart', 'ts-', 6);
  ai = new ColumnCollector(emptyAiUsage(), 'createdAt', 'ai-', 7);
  cards = new ColumnCollector(emptyCards(), 'lastReviewedAt', 'sr-', 7);
}

function aiCall(
  rng: Random,
  tables: Tables,
  at: number,
  user: number,
  operation: string,
  model: Model,
  tokensIn: number,
  tokensOut: number,
): boolean {
  const m = models[model];
  const success = !rng.chance(m.failure);
  const input = Math.round(tokensIn);
  const output = Math.round(tokensOut);
  // A failed call (rate limit, timeout, server error) returns nothing and is not billed; timeouts wait 30 s.
  const duration = success
    ? Math.round(rng.range(250, 700) + (model.startsWith('text-') ? input * 0.5 : output * m.msPerToken * rng.spread(0.2)))
    : rng.chance(0.4)
      ? 30_000
      : Math.round(rng.range(150, 1200));
  tables.ai.push({
    user,
    operation: operation,
    model,
    tokensInput: input,
    tokensOutput: success ? output : NaN,
    costUsd: success ? Math.round((input * m.input + output * m.output) * 1e6) / 1e6 : 0,
    durationMs: duration,
    success: success ? 1 : 0,
    createdAt: Math.floor(at / SECOND) * SECOND,
  });
  return success;
}

function pickReason(rng: Random, ambiguity: number, miscalibrated: boolean, harder: boolean, wrong: boolean): FlagReason {
  const w: [FlagReason, number][] = [
    ['unclear_wording', 0.2 + 3 * ambiguity],
    ['too_difficult', 0.1 + (miscalibrated && harder ? 2.5 : 0) + (wrong ? 0.3 : 0)],
    ['incorrect_answer', 0.15 + (miscalibrated ? 0.5 : 0) + (wrong ? 0.6 : 0)],
    ['typo', 0.25],
    ['other', 0.15],
  ];
  let r = rng.next() * w.reduce((s, [, v]) => s + v, 0);
  for (const [reason, v] of w) {
    if ((r -= v) < 0) return reason;
  }
  return 'other';
}

interface Card {
  activity: number;
  user: number;
  ease: number;
  interval: number;
  repetitions: number;
  last: number;
}

// The attempt pass: counters, cards, flags and the AI calls learners trigger. Returns each learner's wrong answers.
function scanAttempts(t: TutoringOrg, a: AttemptColumns, range: OrgRange, tables: Tables, seedHash: number): Map<number, number[]> {
  const { activities, traits, calendar } = t;
  const rows = activities.rows;
  const n = rows.length;
  const base = activities.global[0] ?? 0;
  const rng = new Random(seedHash, 41, t.org);
  const attempted = new Float64Array(n);
  const correct = new Float64Array(n);
  const seconds = new Float64Array(n);
  const cards = new Map<number, Card>();
  const flagged = new Set<number>();
  const wrongByUser = new Map<number, number[]>();
  const harderThanDeclared = rows.map((r, i) => activities.offset[i]! < { easy: 0.55, medium: 0, hard: -0.6 }[r.difficulty] - 0.3);

  // First the counters, since an answer's SM-2 quality compares its time with the question's average.
  for (let i = range.start; i < range.end; i++) {
    const local = a.activity[i]! - base;
    if (rows[local]!.kind !== 'question' || Number.isNaN(a.endedAt[i]!)) continue;
    attempted[local]!++;
    if (a.score[i] === 1) correct[local]!++;
    seconds[local]! += a.duration[i]!;
  }
  rows.forEach((row, i) => {
    if (row.kind !== 'question') return;
    row.times_attempted = attempted[i]!;
    row.times_correct = correct[i]!;
    row.avg_time_seconds = attempted[i]! > 0 ? Math.round((seconds[i]! / attempted[i]!) * 100) / 100 : null;
  });

  for (let i = range.start; i < range.end; i++) {
    const local = a.activity[i]! - base;
    if (rows[local]!.kind !== 'question') continue;
    const user = a.user[i]!;
    const ended = a.endedAt[i]!;
    // A learner asks for a hint on some questions while answering, submitted or not.
    if (rng.chance(0.04)) {
      aiCall(rng, tables, a.startedAt[i]! + rng.range(10, 40) * SECOND, user, 'generate_hint', 'gpt-4o-mini', rng.range(180, 360), rng.range(40, 120));
    }
    if (Number.isNaN(ended)) continue;
    const score = a.score[i]!;
    const duration = a.duration[i]!;
    if (!Number.isNaN(score)) {
      const key = user * n + local;
      let card = cards.get(key);
      if (card === undefined) cards.set(key, (card = { activity: a.activity[i]!, user, ease: 2.5, interval: 0, repetitions: 0, last: 0 }));
      reviewCard(card, score === 1, duration, rows[local]!.avg_time_seconds!, ended);
      if (score === 0) {
        let list = wrongByUser.get(user);
        if (list === undefined) wrongByUser.set(user, (list = []));
        list.push(ended, local);
        // Some learners ask the AI to explain a wrong answer.
        if (rng.chance(0.12)) {
          aiCall(rng, tables, ended + rng.range(5, 40) * SECOND, user, 'explain_answer', 'gpt-4o-mini', rng.range(250, 520), rng.range(120, 320));
        }
      }
    }
    // Learners flag a question once at most; ambiguous and miscalibrated ones far more often.
    const ambiguity = traits.ambiguity[local]!;
    const miscalibrated = traits.miscalibrated[local] === 1;
    const p = 0.003 + 0.045 * ambiguity + (miscalibrated ? (score === 0 ? 0.03 : 0.01) : 0);
    const flagKey = user * n + local;
    if (rng.chance(p) && !flagged.has(flagKey)) {
      flagged.add(flagKey);
      const created = Math.min(ended + Math.floor(rng.range(5, 120)) * SECOND, calendar.endMs - SECOND);
      const ageDays = (calendar.endMs - created) / DAY;
      const deserved = ambiguity > 0.4 || miscalibrated;
      const status = rng.chance(Math.exp(-ageDays / 18)) ? 'open' : rng.chance(deserved ? 0.8 : 0.25) ? 'resolved' : 'dismissed';
      tables.flags.push({
        activity: a.activity[i]!,
        user,
        reason: pickReason(rng, ambiguity, miscalibrated, harderThanDeclared[local]!, score === 0),
        status,
        createdAt: created,
      });
    }
  }

  for (const card of cards.values()) {
    tables.cards.push({
      user: card.user,
      activity: card.activity,
      ease: Math.round(card.ease * 100) / 100,
      interval: card.interval,
      repetitions: card.repetitions,
      nextReviewAt: card.last + card.interval * DAY,
      lastReviewedAt: card.last,
    });
  }
  return wrongByUser;
}

// The topics a session works on: what the learner got wrong most in the two weeks before, else one at random.
function sessionTopics(rng: Random, wrong: number[] | undefined, at: number, rows: Activity[], topics: string[]): string[] {
  const counts = new Map<string, number>();
  for (let k = 0; wrong && k < wrong.length; k += 2) {
    if (wrong[k]! < at - 14 * DAY || wrong[k]! >= at) continue;
    const topic = rows[wrong[k + 1]!]!.category;
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([topic]) => topic);
  if (ranked.length === 0) return topics.length ? [rng.pick(topics)] : [];
  return ranked.slice(0, rng.chance(0.4) ? 2 : 1);
}

// Each learner with a tutor has a regular slot (weekly or fortnightly, a weekday afternoon); some never book one.
function scheduleSessions(
  t: TutoringOrg,
  tutorOf: (learner: LearnerProfile) => number,
  wrong: Map<number, number[]>,
  tables: Tables,
  seedHash: number,
): void {
  const { calendar, activities } = t;
  const topics = [...new Set(activities.rows.map((r) => r.category))];
  for (const p of t.learners) {
    const rng = new Random(seedHash, 42, t.org, p.ordinal);
    const tutor = tutorOf(p);
    const cadence = rng.next();
    if (tutor < 0 || cadence < 0.3) continue;
    const every = cadence < 0.55 ? 2 : 1;
    const weekday = 1 + rng.int(5);
    const hour = 15 + rng.int(8) / 2;
    const minutes = rng.pick([30, 45, 60, 60]);
    // Keener learners show up more reliably.
    const noShow = Math.min(0.25, 0.08 / Math.max(0.3, p.engagement));
    let week = 0;
    for (let day = p.startDay; day < Math.min(p.endDay, calendar.dayCount); day++) {
      if (calendar.weekday[day] !== weekday) continue;
      if (week++ % every !== 0) continue;
      const start = calendar.dayStart[day]! + hour * HOUR;
      const end = start + minutes * MINUTE;
      if (start < calendar.startMs || end > calendar.endMs) continue;
      let actualStart = NaN;
      let actualEnd = NaN;
      let covered: string[] = [];
      if (!rng.chance(noShow)) {
        const late = rng.chance(0.3) ? Math.floor(rng.range(1, 15)) * MINUTE : 0;
        actualStart = start + late;
        actualEnd = Math.min(calendar.endMs - SECOND, Math.max(actualStart + 10 * MINUTE, end + Math.round(4 * rng.normal()) * MINUTE));
        covered = sessionTopics(rng, wrong.get(p.user), start, activities.rows, topics);
      }
      tables.sessions.push({
        tutor,
        student: p.user,
        scheduledStart: start,
        scheduledEnd: end,
        actualStart,
        actualEnd,
        topics: JSON.stringify(covered),
      });
    }
  }
}

// Staff generate questions in batches on some workdays; each question generated is then embedded by a background job.
function staffGeneration(t: TutoringOrg, staff: number[], tables: Tables, seedHash: number): void {
  const { calendar } = t;
  const rng = new Random(seedHash, 43, t.org);
  for (let day = 0; day < calendar.dayCount; day++) {
    if (calendar.weekday[day]! >= 6) continue;
    for (const user of staff) {
      if (!rng.chance(0.25)) continue;
      let at = calendar.dayStart[day]! + rng.range(9, 17) * HOUR;
      const batch = 1 + rng.int(6);
      const model: Model = rng.chance(0.2) ? 'gpt-4o' : 'gpt-4o-mini';
      for (let k = 0; k < batch; k++) {
        if (at < calendar.startMs || at >= calendar.endMs - MINUTE) break;
        at = Math.floor(at / SECOND) * SECOND;
        const ok = aiCall(rng, tables, at, user, 'generate_question', model, rng.range(350, 900), rng.range(250, 480));
        if (ok) aiCall(rng, tables, at + Math.floor(rng.range(1, 4)) * SECOND, -1, 'generate_embedding', 'text-embedding-3-small', rng.range(40, 220), 0);
        at += Math.floor(rng.range(8, 40)) * SECOND;
      }
    }
  }
}

/**
 * Generates seed 003's tables for the tutoring orgs of a dataset whose attempts are final, and fills each
 * question's counters. `users` are the dataset's users; `teams` give each learner's tutor (the team's manager).
 */
export function generateTutoring(
  orgs: readonly TutoringOrg[],
  orgCount: number,
  attempts: AttemptColumns,
  attemptRanges: OrgRange[],
  users: readonly User[],
  tutorIdOfTeam: ReadonlyMap<string, string>,
  userIndex: ReadonlyMap<string, number>,
  seedHash: number,
): TutoringTables {
  const tables = new Tables();
  for (const t of orgs) {
    const wrong = scanAttempts(t, attempts, attemptRanges[t.org]!, tables, seedHash);
    const tutorOf = (p: LearnerProfile) => {
      const team = users[p.user]!.team_id;
      const tutor = team === null ? undefined : tutorIdOfTeam.get(team);
      return tutor === undefined ? -1 : (userIndex.get(tutor) ?? -1);
    };
    scheduleSessions(t, tutorOf, wrong, tables, seedHash);
    staffGeneration(t, t.staff, tables, seedHash);
    tables.flags.endOrg(t.org);
    tables.sessions.endOrg(t.org);
    tables.ai.endOrg(t.org);
    tables.cards.endOrg(t.org);
  }
  const questionFlags = tables.flags.build(orgCount);
  const tutoringSessions = tables.sessions.build(orgCount);
  const aiUsage = tables.ai.build(orgCount);
  const spacedRepetition = tables.cards.build(orgCount);
  return {
    questionFlags,
    tutoringSessions,
    aiUsage,
    spacedRepetition,
    ranges: {
      questionFlags: tables.flags.ranges,
      tutoringSessions: tables.sessions.ranges,
      aiUsage: tables.ai.ranges,
      spacedRepetition: tables.cards.ranges,
    },
  };
}
