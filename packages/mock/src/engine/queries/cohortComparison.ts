import type { QueryParams, QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import type { EngineContext } from '../context.js';
import { submittedSlice } from '../questionAnswers.js';
import { questionMask } from './questionQuality.js';
import { masteredTopics, type Answer } from './topicEvidence.js';

type Row = QueryResult<'cohortComparison'>['rows'][number];

interface Group {
  cohortId: string | null;
  academicYear: number | null;
  learners: number;
  active: number;
  attempts: number;
  correct: number;
  mastered: number;
}

/** Answers `cohortComparison`: learners in scope per cohort and academic year, their accuracy and topics mastered. */
export function cohortComparison(ctx: EngineContext, params: QueryParams<'cohortComparison'>): QueryResult<'cohortComparison'> {
  const { dataset, userMask } = ctx;
  const orgId = ctx.scope.orgId;
  const questions = questionMask(ctx);

  // Each learner's answers at questions submitted in [from, to).
  const answers = new Map<number, Answer[]>();
  const a = dataset.attempts;
  const slice = submittedSlice(ctx, ctx.fromMs, ctx.toMs);
  for (let i = slice.start; i < slice.end; i++) {
    const q = a.activity[i]!;
    if (questions[q] !== 1 || !(a.endedAt[i]! >= ctx.fromMs && a.endedAt[i]! < ctx.toMs)) continue;
    const u = a.user[i]!;
    if (userMask !== null && userMask[u] !== 1) continue;
    let list = answers.get(u);
    if (list === undefined) answers.set(u, (list = []));
    list.push({ topic: dataset.activities[q]!.category, submittedAt: a.endedAt[i]!, attemptId: a.id[i]!, correct: a.score[i] === 1 });
  }

  const groups = new Map<string, Group>();
  const users = dataset.users;
  for (let u = 0; u < users.length; u++) {
    const user = users[u]!;
    if (user.org_id !== orgId || user.role !== 'learner' || (userMask !== null && userMask[u] !== 1)) continue;
    const cohortId = user.cohort_id ?? null;
    const academicYear = user.academic_year ?? null;
    const key = JSON.stringify([cohortId, academicYear]);
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { cohortId, academicYear, learners: 0, active: 0, attempts: 0, correct: 0, mastered: 0 }));
    g.learners++;
    const list = answers.get(u);
    if (list === undefined) continue;
    g.active++;
    g.attempts += list.length;
    for (const x of list) if (x.correct) g.correct++;
    g.mastered += masteredTopics(list, params.recentAttempts, Math.round(params.masteryThreshold * 100));
  }

  const rows: Row[] = [...groups.values()].map((g) => ({
    cohortId: g.cohortId,
    academicYear: g.academicYear,
    learners: g.learners,
    activeLearners: g.active,
    attempts: g.attempts,
    correct: g.correct,
    accuracy: g.attempts === 0 ? null : (g.correct * 100) / g.attempts,
    attemptsPerLearner: g.attempts / g.learners,
    topicsMastered: g.mastered,
    topicsMasteredPerLearner: g.mastered / g.learners,
  }));
  rows.sort((x, y) => nullsLast(x.cohortId, y.cohortId, compareText) || nullsLast(x.academicYear, y.academicYear, (p, q) => p - q));
  return { rows };
}

function nullsLast<T>(x: T | null, y: T | null, compare: (a: T, b: T) => number): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return compare(x, y);
}
