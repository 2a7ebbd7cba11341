import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { isoOrNull, nullable } from '../nullable.js';
import { timeOrderedPage, type AttemptPage } from '../timeOrderedPage.js';
import { TopK } from '../topK.js';

// Sorting by score or duration: keep only the first offset + limit rows while scanning.
function keyedPage(
  ctx: EngineContext,
  start: number,
  end: number,
  values: Float64Array,
  descending: boolean,
  offset: number,
  limit: number,
): AttemptPage {
  const a = ctx.dataset.attempts;
  const { userMask, activityMask } = ctx;
  const user = a.user;
  const activity = a.activity;
  const top = new TopK(Math.min(offset + limit, end - start), a.id);
  let total = 0;
  for (let i = start; i < end; i++) {
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    if (activityMask !== null && activityMask[activity[i]!] === 0) continue;
    total++;
    const v = values[i]!;
    top.offer(i, v !== v ? Infinity : descending ? -v : v);
  }
  return { total, rows: top.sorted().slice(offset, offset + limit) };
}

/** Answers `recentAttempts`: a sorted page of the attempts in scope (missing scores and durations last) and a total. */
export function recentAttempts(ctx: EngineContext, params: QueryParams<'recentAttempts'>): QueryResult<'recentAttempts'> {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const { field, descending } = parseSort(params.sort);
  const page =
    field === 'startedAt'
      ? timeOrderedPage(ctx, start, end, params.offset, params.limit ?? Infinity, descending)
      : keyedPage(ctx, start, end, field === 'score' ? a.score : a.duration, descending, params.offset, params.limit ?? Infinity);
  return {
    total: page.total,
    rows: page.rows.map((i) => {
      const u = dataset.users[a.user[i]!]!;
      const act = dataset.activities[a.activity[i]!]!;
      return {
        attemptId: a.id[i]!,
        userId: u.user_id,
        displayName: u.display_name,
        activityId: act.activity_id,
        activityName: act.title,
        score: nullable(a.score[i]!),
        durationSeconds: nullable(a.duration[i]!),
        startedAt: new Date(a.startedAt[i]!).toISOString(),
        endedAt: isoOrNull(a.endedAt[i]!),
      };
    }),
  };
}
