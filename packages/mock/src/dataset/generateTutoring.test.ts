import { describe, expect, it } from 'vitest';
import { createMockDataset } from './createMockDataset.js';
import { datasetFromRows, type DatasetRows } from './fromRows.js';
import { answerQuality, nextEase, reviewCard } from './generateTutoring.js';
import { tableNames } from './dataset.types.js';
import { tableRows } from './toRows.js';

const DAY = 86_400_000;
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 4, learnersPerOrg: 50, days: 90 });
const tutoring = dataset.orgs.findIndex((o) => o.score_scale === 'binary');
const rowsOf = (table: (typeof tableNames)[number]) => [...tableRows(dataset, table)];

describe('seed 003 tutoring tables', () => {
  it('should fill them for tutoring orgs only, and leave the new columns null elsewhere', () => {
    dataset.orgs.forEach((org, o) => {
      const binary = org.score_scale === 'binary';
      for (const key of ['questionFlags', 'tutoringSessions', 'aiUsage', 'spacedRepetition'] as const) {
        const { start, end } = dataset.ranges[key][o]!;
        expect(end - start > 0, `${key} of ${org.org_id}`).toBe(binary);
      }
      const learners = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner');
      expect(learners.every((u) => (u.cohort_id != null) === binary && (u.academic_year != null) === binary)).toBe(true);
      const activities = dataset.activities.filter((a) => a.org_id === org.org_id);
      expect(activities.every((a) => (a.difficulty_level != null) === binary && (a.status != null) === binary)).toBe(true);
    });
    // Staff are in no cohort.
    expect(dataset.users.filter((u) => u.role !== 'learner').every((u) => u.cohort_id === null)).toBe(true);
  });

  it('should keep each question’s counters as update_question_stats() does over the submitted attempts', () => {
    const a = dataset.attempts;
    const seen = new Map<number, { n: number; correct: number; avg: number | null }>();
    const { start, end } = dataset.ranges.attempts[tutoring]!;
    for (let i = start; i < end; i++) {
      if (Number.isNaN(a.endedAt[i]!)) continue;
      // The seed's function, literally: +1, +1 when correct (null counts as not), a running average of the time.
      const s = seen.get(a.activity[i]!) ?? { n: 0, correct: 0, avg: null };
      const t = a.duration[i]!;
      s.avg = s.avg === null ? t : (s.avg * s.n + t) / (s.n + 1);
      s.n += 1;
      s.correct += a.score[i] === 1 ? 1 : 0;
      seen.set(a.activity[i]!, s);
    }
    let questions = 0;
    dataset.activities.forEach((act, k) => {
      if (act.org_id !== dataset.orgs[tutoring]!.org_id) return;
      if (act.kind !== 'question') {
        expect(act.times_attempted).toBeNull();
        return;
      }
      questions++;
      const s = seen.get(k) ?? { n: 0, correct: 0, avg: null };
      expect(act.times_attempted).toBe(s.n);
      expect(act.times_correct).toBe(s.correct);
      if (s.avg === null) expect(act.avg_time_seconds).toBeNull();
      else expect(act.avg_time_seconds!).toBeCloseTo(s.avg, 1);
    });
    expect(questions).toBeGreaterThan(5);
  });

  it('should leave about 6.5% of submitted tutoring answers ungraded', () => {
    const a = dataset.attempts;
    const { start, end } = dataset.ranges.attempts[tutoring]!;
    let submitted = 0;
    let ungraded = 0;
    for (let i = start; i < end; i++) {
      if (Number.isNaN(a.endedAt[i]!)) continue;
      submitted++;
      if (Number.isNaN(a.score[i]!)) ungraded++;
    }
    expect(ungraded / submitted).toBeGreaterThan(0.05);
    expect(ungraded / submitted).toBeLessThan(0.08);
  });

  it('should hold the SM-2 card an SM-2 scheduler reaches by replaying each learner’s graded answers', () => {
    const a = dataset.attempts;
    const cards = new Map<string, { ease: number; interval: number; repetitions: number; last: number }>();
    const { start, end } = dataset.ranges.attempts[tutoring]!;
    for (let i = start; i < end; i++) {
      const act = dataset.activities[a.activity[i]!]!;
      if (act.kind !== 'question' || Number.isNaN(a.endedAt[i]!) || Number.isNaN(a.score[i]!)) continue;
      const key = `${a.user[i]}:${a.activity[i]}`;
      const card = cards.get(key) ?? { ease: 2.5, interval: 0, repetitions: 0, last: 0 };
      cards.set(key, card);
      reviewCard(card, a.score[i] === 1, a.duration[i]!, act.avg_time_seconds!, a.endedAt[i]!);
    }
    const sr = dataset.spacedRepetition;
    const range = dataset.ranges.spacedRepetition[tutoring]!;
    expect(range.end - range.start).toBe(cards.size);
    for (let i = range.start; i < range.end; i++) {
      const card = cards.get(`${sr.user[i]}:${sr.activity[i]}`)!;
      expect(card, sr.id[i]).toBeDefined();
      expect([sr.interval[i], sr.repetitions[i], sr.lastReviewedAt[i]]).toEqual([card.interval, card.repetitions, card.last]);
      expect(sr.ease[i]).toBeCloseTo(card.ease, 2);
      expect(sr.nextReviewAt[i]).toBe(sr.lastReviewedAt[i]! + sr.interval[i]! * DAY);
      expect(sr.ease[i]).toBeGreaterThanOrEqual(1.3);
    }
  });

  it('should follow SM-2’s easiness formula and schedule', () => {
    expect(nextEase(2.5, 5)).toBeCloseTo(2.6, 10);
    expect(nextEase(2.5, 4)).toBeCloseTo(2.5, 10);
    expect(nextEase(2.5, 2)).toBeCloseTo(2.18, 10);
    expect(nextEase(1.3, 0)).toBe(1.3);
    expect(answerQuality(true, 30, 40)).toBe(5);
    expect(answerQuality(true, 50, 40)).toBe(4);
    expect(answerQuality(false, 10, 40)).toBe(2);
    const card = { ease: 2.5, interval: 0, repetitions: 0, last: 0 };
    const t0 = Date.UTC(2026, 0, 1);
    reviewCard(card, true, 1, 10, t0);
    expect(card).toEqual({ ease: 2.6, interval: 1, repetitions: 1, last: t0 });
    reviewCard(card, true, 1, 10, t0 + 3600_000); // not due yet: the card stays
    expect(card.last).toBe(t0);
    reviewCard(card, true, 1, 10, t0 + DAY);
    expect([card.interval, card.repetitions]).toEqual([6, 2]);
    reviewCard(card, true, 1, 10, t0 + 7 * DAY);
    expect([card.interval, card.repetitions]).toEqual([Math.round(6 * 2.8), 3]);
    reviewCard(card, false, 1, 10, t0 + 8 * DAY); // a lapse, even before it is due
    expect([card.interval, card.repetitions]).toEqual([1, 0]);
  });

  it('should flag a question at most once per learner, after a submitted answer, mostly for its wording or key', () => {
    const flags = rowsOf('question_flags');
    expect(flags.length).toBeGreaterThan(10);
    const pairs = new Set(flags.map((f) => `${f.user_id}:${f.activity_id}`));
    expect(pairs.size).toBe(flags.length);
    for (const f of flags) {
      const act = dataset.activities[dataset.index.activity.get(String(f.activity_id))!]!;
      expect(act.kind).toBe('question');
    }
    const reasons = new Map<string, number>();
    for (const f of flags) reasons.set(String(f.reason), (reasons.get(String(f.reason)) ?? 0) + 1);
    expect((reasons.get('unclear_wording') ?? 0) + (reasons.get('incorrect_answer') ?? 0)).toBeGreaterThan(flags.length / 3);
    expect(new Set(flags.map((f) => f.status))).toEqual(new Set(['open', 'resolved', 'dismissed']));
  });

  it('should draw more flags on questions whose observed accuracy strays from their declared band', () => {
    // The declared band's expected accuracy on this scale: easy about 0.7, medium 0.5, hard 0.35.
    const expected = { easy: 0.7, medium: 0.5, hard: 0.35 } as const;
    const flagsOf = new Map<string, number>();
    for (const f of rowsOf('question_flags')) flagsOf.set(String(f.activity_id), (flagsOf.get(String(f.activity_id)) ?? 0) + 1);
    const questions = dataset.activities.filter((q) => q.kind === 'question' && (q.times_attempted ?? 0) > 30);
    const stray = (q: (typeof questions)[number]) => Math.abs(q.times_correct! / q.times_attempted! - expected[q.difficulty]);
    const rate = (q: (typeof questions)[number]) => (flagsOf.get(q.activity_id) ?? 0) / q.times_attempted!;
    const sorted = [...questions].sort((x, y) => stray(x) - stray(y));
    const half = Math.floor(sorted.length / 2);
    const mean = (xs: typeof questions) => xs.reduce((s, q) => s + rate(q), 0) / xs.length;
    expect(mean(sorted.slice(half))).toBeGreaterThan(mean(sorted.slice(0, half)));
  });

  it('should book sessions with each learner’s tutor (their team’s manager), with no-shows and late starts', () => {
    const sessions = rowsOf('tutoring_sessions');
    const managerOf = new Map(dataset.teams.map((t) => [t.team_id, t.manager_id]));
    let noShows = 0;
    let late = 0;
    for (const s of sessions) {
      const student = dataset.users[dataset.index.user.get(String(s.student_id))!]!;
      expect(student.role).toBe('learner');
      expect(s.tutor_id).toBe(managerOf.get(student.team_id!));
      expect(Date.parse(String(s.scheduled_end))).toBeGreaterThan(Date.parse(String(s.scheduled_start)));
      if (s.actual_start === null) {
        noShows++;
        expect(s.actual_end).toBeNull();
        expect(s.topics_covered).toBe('[]');
      } else {
        if (Date.parse(String(s.actual_start)) > Date.parse(String(s.scheduled_start))) late++;
        expect(Date.parse(String(s.actual_end))).toBeGreaterThan(Date.parse(String(s.actual_start)));
        expect(JSON.parse(String(s.topics_covered)).length).toBeGreaterThan(0);
      }
    }
    expect(noShows / sessions.length).toBeGreaterThan(0.03);
    expect(noShows / sessions.length).toBeLessThan(0.25);
    expect(late / sessions.length).toBeGreaterThan(0.1);
  });

  it('should log AI calls with failures, and cost as tokens × the model’s price', () => {
    const calls = rowsOf('ai_usage_log');
    const failed = calls.filter((c) => !c.success);
    expect(failed.length / calls.length).toBeGreaterThan(0.005);
    expect(failed.length / calls.length).toBeLessThan(0.08);
    expect(failed.every((c) => c.cost_usd === 0 && c.tokens_output === null)).toBe(true);
    const price: Record<string, [number, number]> = {
      'gpt-4o-mini': [0.15, 0.6],
      'gpt-4o': [2.5, 10],
      'text-embedding-3-small': [0.02, 0],
    };
    for (const c of calls.filter((x) => x.success)) {
      const [i, o] = price[String(c.model)]!;
      const exact = (Number(c.tokens_input) * i + Number(c.tokens_output) * o) / 1e6;
      expect(Math.abs(Number(c.cost_usd) - exact)).toBeLessThanOrEqual(5.0001e-7);
    }
    expect(new Set(calls.map((c) => c.operation_type))).toEqual(
      new Set(['generate_question', 'generate_embedding', 'explain_answer', 'generate_hint']),
    );
    // Embeddings run as background jobs: no user.
    expect(calls.filter((c) => c.operation_type === 'generate_embedding').every((c) => c.user_id === null)).toBe(true);
  });

  it('should read its own rows back into the same tables', () => {
    const rows = Object.fromEntries(tableNames.map((t) => [t, rowsOf(t)])) as unknown as DatasetRows;
    const back = datasetFromRows(rows);
    for (const table of ['question_flags', 'tutoring_sessions', 'ai_usage_log', 'spaced_repetition', 'users', 'activities'] as const) {
      expect(JSON.stringify([...tableRows(back, table)]), table).toBe(JSON.stringify(rowsOf(table)));
    }
  });
});
