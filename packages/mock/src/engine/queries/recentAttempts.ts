import { parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { isoOrNull, nullable } from '../nullable.js';
import { timeOrderedPage, type AttemptPage } from '../timeOrderedPage.js';
import { TopK } from '../topK.js';

// Sorting by score, duration or a name: keep only the first offset + limit rows while scanning.
function keyedPage(
  ctx: EngineContext,
  start: number,
  end: number,
  valueOf: (attempt: number) => number,
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
    const v = valueOf(i);
    top.offer(i, v !== v ? Infinity : descending ? -v : v);
  }
  return { total, rows: top.sorted().slice(offset, offset + limit) };
}

// Name places are computed once per dataset: a sort by name then costs what a sort by score does.
const namePlaces = new WeakMap<object, { users: Float64Array; activities: Float64Array }>();

/** Places of `names` in code-point order (equal names share a place), so a name sorts as a number. */
function codePointPlaces(names: readonly string[]): Float64Array {
  const order = names.map((_, i) => i).sort((x, y) => (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0));
  const places = new Float64Array(names.length);
  order.forEach((index, place) => {
    const previous = order[place - 1];
    places[index] = previous !== undefined && names[previous] === names[index] ? places[previous]! : place;
  });
  return places;
}

/** The numeric sort key of attempt `i` for a sort field other than startedAt (NaN sorts last). */
function sortKeyOf(ctx: EngineContext, field: 'score' | 'durationSeconds' | 'displayName' | 'activityName'): (i: number) => number {
  const { dataset } = ctx;
  const a = dataset.attempts;
  if (field === 'score') return (i) => a.score[i]!;
  if (field === 'durationSeconds') return (i) => a.duration[i]!;
  let places = namePlaces.get(dataset);
  if (!places) {
    places = { users: codePointPlaces(dataset.users.map((u) => u.display_name)), activities: codePointPlaces(dataset.activities.map((act) => act.title)) };
    namePlaces.set(dataset, places);
  }
  const { users, activities } = places;
  return field === 'displayName' ? (i) => users[a.user[i]!]! : (i) => activities[a.activity[i]!]!;
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
      : keyedPage(ctx, start, end, sortKeyOf(ctx, field), descending, params.offset, params.limit ?? Infinity);
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
