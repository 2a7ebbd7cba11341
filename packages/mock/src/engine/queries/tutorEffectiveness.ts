import { IMPROVEMENT_WINDOW_DAYS, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import type { EngineContext } from '../context.js';
import { datasetIndex } from '../datasetIndex.js';
import { questionMask } from './questionQuality.js';

type Row = QueryResult<'tutorEffectiveness'>['rows'][number];

const WINDOW_MS = IMPROVEMENT_WINDOW_DAYS * 86_400_000;

interface Tutor {
  conducted: number;
  students: Set<number>;
  measured: number;
  beforeSum: number;
  afterSum: number;
  changeSum: number;
  created: number;
  rateSum: number;
  scoreSum: number;
  scored: number;
}

/**
 * Answers `tutorEffectiveness`: per tutor, sessions held and their students' accuracy in the two weeks around each,
 * and the assignments they set with completion and scores (see the catalog entry for the exact rules).
 */
export function tutorEffectiveness(ctx: EngineContext, _params: QueryParams<'tutorEffectiveness'>): QueryResult<'tutorEffectiveness'> {
  const { dataset, userMask, activityMask } = ctx;
  const tutors = new Map<string, Tutor>();
  const tutorOf = (id: string): Tutor => {
    let t = tutors.get(id);
    if (t === undefined) {
      t = { conducted: 0, students: new Set(), measured: 0, beforeSum: 0, afterSum: 0, changeSum: 0, created: 0, rateSum: 0, scoreSum: 0, scored: 0 };
      tutors.set(id, t);
    }
    return t;
  };

  // The org's attempts per learner, in start order (the table is sorted by start within the org).
  const a = dataset.attempts;
  const range = dataset.ranges.attempts[ctx.org]!;
  const byUser = new Map<number, number[]>();
  for (let i = range.start; i < range.end; i++) {
    const u = a.user[i]!;
    if (userMask !== null && userMask[u] !== 1) continue;
    let list = byUser.get(u);
    if (list === undefined) byUser.set(u, (list = []));
    list.push(i);
  }
  // Each learner's answers (submitted attempts at questions) in order of their submit instant, the instant the windows
  // place them at.
  const questions = questionMask(ctx);
  const answersOf = new Map<number, number[]>();
  for (const [u, list] of byUser) {
    const mine = list.filter((i) => questions[a.activity[i]!] === 1 && a.endedAt[i] === a.endedAt[i]);
    answersOf.set(u, mine.sort((x, y) => a.endedAt[x]! - a.endedAt[y]!));
  }
  // Answers of one learner submitted in [fromMs, toMs): how many, how many correct.
  const window = (list: readonly number[], fromMs: number, toMs: number): [number, number] => {
    let n = 0;
    let c = 0;
    for (let k = firstAtOrAfter(list, a.endedAt, fromMs); k < list.length && a.endedAt[list[k]!]! < toMs; k++) {
      n++;
      if (a.score[list[k]!] === 1) c++;
    }
    return [n, c];
  };

  const s = dataset.tutoringSessions;
  const sessions = dataset.ranges.tutoringSessions[ctx.org]!;
  for (let i = sessions.start; i < sessions.end; i++) {
    const start = s.actualStart[i]!;
    if (start !== start || start < ctx.fromMs || start >= ctx.toMs) continue;
    const student = s.student[i]!;
    if (userMask !== null && userMask[student] !== 1) continue;
    const t = tutorOf(dataset.users[s.tutor[i]!]!.user_id);
    t.conducted++;
    t.students.add(student);
    const endMs = s.actualEnd[i]! === s.actualEnd[i]! ? s.actualEnd[i]! : start;
    if (endMs + WINDOW_MS > ctx.nowMs) continue;
    const list = answersOf.get(student) ?? [];
    const [nBefore, cBefore] = window(list, start - WINDOW_MS, start);
    const [nAfter, cAfter] = window(list, endMs, endMs + WINDOW_MS);
    if (nBefore === 0 || nAfter === 0) continue;
    const before = (cBefore * 100) / nBefore;
    const after = (cAfter * 100) / nAfter;
    t.measured++;
    t.beforeSum += before;
    t.afterSum += after;
    t.changeSum += after - before;
  }

  for (const x of datasetIndex(dataset).assignmentsByOrg[ctx.org]!) {
    if (!(x.assignedMs >= ctx.fromMs && x.assignedMs < ctx.toMs)) continue;
    if (activityMask !== null && (x.activity < 0 || activityMask[x.activity] !== 1)) continue;
    let assigned = 0;
    let done = 0;
    let scoreSum = 0;
    let scored = 0;
    for (const u of x.assignees) {
      if (userMask !== null && userMask[u] !== 1) continue;
      assigned++;
      let finished = false;
      const list = byUser.get(u) ?? [];
      for (let k = firstAtOrAfter(list, a.startedAt, x.assignedMs); k < list.length; k++) {
        const i = list[k]!;
        if (a.activity[i] !== x.activity) continue;
        if (a.endedAt[i] === a.endedAt[i]) finished = true;
        const score = a.score[i]!;
        if (score === score) {
          scoreSum += score;
          scored++;
        }
      }
      if (finished) done++;
    }
    if (assigned === 0) continue;
    const t = tutorOf(x.assignment.assigned_by);
    t.created++;
    t.rateSum += done / assigned;
    if (scored > 0) {
      t.scoreSum += scoreSum / scored;
      t.scored++;
    }
  }

  const rows: Row[] = [...tutors].map(([tutorId, t]) => {
    const u = dataset.index.user.get(tutorId);
    const user = u === undefined ? undefined : dataset.users[u];
    return {
      tutorId,
      displayName: user !== undefined && user.org_id === ctx.scope.orgId ? user.display_name : tutorId,
      sessionsConducted: t.conducted,
      students: t.students.size,
      sessionsMeasured: t.measured,
      accuracyBefore: t.measured === 0 ? null : t.beforeSum / t.measured,
      accuracyAfter: t.measured === 0 ? null : t.afterSum / t.measured,
      accuracyChange: t.measured === 0 ? null : t.changeSum / t.measured,
      assignmentsCreated: t.created,
      assignmentCompletionRate: t.created === 0 ? null : t.rateSum / t.created,
      avgStudentScore: t.scored === 0 ? null : t.scoreSum / t.scored,
    };
  });
  rows.sort((x, y) => compareText(x.tutorId, y.tutorId));
  return { rows };
}

// The first position in `list` (attempt rows in order of `times`) whose time is at or after `ms`.
function firstAtOrAfter(list: readonly number[], times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[list[mid]!]! < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
