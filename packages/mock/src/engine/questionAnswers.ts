import { QUESTION_KIND } from '@learnlens/data-client';
import { dayFilter, timeSlice, type EngineContext } from './context.js';
import { datasetIndex } from './datasetIndex.js';

/**
 * The rows of the viewer's org whose attempts may have been submitted in [from, to) (seed 003 places an answer at its
 * `submitted_at`, our ended_at): attempts are sorted by start, and one submitted in [from, to) started before `to` and
 * at most the org's longest attempt before `from`. Callers still check ended_at itself.
 */
export function submittedSlice(ctx: EngineContext, fromMs: number, toMs: number): { start: number; end: number } {
  const { dataset } = ctx;
  const longest = datasetIndex(dataset).longestAttemptMs[ctx.org]!;
  return timeSlice(dataset.attempts.startedAt, dataset.ranges.attempts[ctx.org]!, fromMs - longest, toMs);
}

/**
 * The attempt rows the tutoring queries read: answers submitted (ended) in the viewer's org and [from, to), by a
 * selected user, at a question of the org (activities of kind "question") that the activityIds filter keeps, on a
 * local day of submission the `days` filter keeps. Calls `visit(row)` for each, in order of start.
 */
export function forEachAnswer(ctx: EngineContext, visit: (row: number) => void): void {
  const { dataset, userMask, activityMask, fromMs, toMs } = ctx;
  const orgId = dataset.orgs[ctx.org]!.org_id;
  const questions = new Uint8Array(dataset.activities.length);
  for (let i = 0; i < dataset.activities.length; i++) {
    const act = dataset.activities[i]!;
    if (act.org_id === orgId && act.kind === QUESTION_KIND && (activityMask === null || activityMask[i] === 1)) questions[i] = 1;
  }
  const a = dataset.attempts;
  const { start, end } = submittedSlice(ctx, fromMs, toMs);
  const user = a.user;
  const activity = a.activity;
  const endedAt = a.endedAt;
  const keep = dayFilter(ctx);
  for (let i = start; i < end; i++) {
    if (questions[activity[i]!] === 0) continue;
    const submitted = endedAt[i]!;
    // NaN (still running or abandoned: never submitted) fails both comparisons.
    if (!(submitted >= fromMs && submitted < toMs)) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (keep !== null && !keep(submitted)) continue;
    visit(i);
  }
}

/** Whether attempt row `i` is correct: score 1 (NaN, ungraded, is not). */
export function isCorrect(score: Float64Array, i: number): boolean {
  return score[i] === 1;
}
