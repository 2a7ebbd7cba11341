import { QUESTION_KIND } from '@learnlens/data-client';
import { dayFilter, timeSlice, type EngineContext } from './context.js';

/**
 * The attempt rows the tutoring queries read: submitted (ended) attempts started in the viewer's org and [from, to), by a
 * selected user, at a question of the org (activities of kind "question") that the activityIds filter keeps, on a local
 * day the `days` filter keeps. Calls
 * `visit(row)` for each, in time order.
 */
export function forEachAnswer(ctx: EngineContext, visit: (row: number) => void): void {
  const { dataset, userMask, activityMask } = ctx;
  const orgId = dataset.orgs[ctx.org]!.org_id;
  const questions = new Uint8Array(dataset.activities.length);
  for (let i = 0; i < dataset.activities.length; i++) {
    const act = dataset.activities[i]!;
    if (act.org_id === orgId && act.kind === QUESTION_KIND && (activityMask === null || activityMask[i] === 1)) questions[i] = 1;
  }
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const user = a.user;
  const activity = a.activity;
  const endedAt = a.endedAt;
  const keep = dayFilter(ctx);
  for (let i = start; i < end; i++) {
    if (questions[activity[i]!] === 0) continue;
    if (endedAt[i] !== endedAt[i]) continue; // still running or abandoned: never submitted
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (keep !== null && !keep(a.startedAt[i]!)) continue;
    visit(i);
  }
}

/** Whether attempt row `i` is correct: score 1 (NaN, ungraded, is not). */
export function isCorrect(score: Float64Array, i: number): boolean {
  return score[i] === 1;
}
