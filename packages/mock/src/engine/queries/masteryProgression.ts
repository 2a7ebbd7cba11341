import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { dayFilter, timeSlice, type EngineContext } from '../context.js';
import { LocalBucketCursor } from './localBucketCursor.js';

/** Answers `masteryProgression`: per learner and local bucket, the content items whose mastery crossed the threshold upwards. */
export function masteryProgression(ctx: EngineContext, params: QueryParams<'masteryProgression'>): QueryResult<'masteryProgression'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const { bucket, threshold } = params;
  const m = dataset.mastery;
  const { start, end } = timeSlice(m.occurredAt, dataset.ranges.mastery[ctx.org]!, ctx.fromMs, ctx.toMs);
  const cursor = new LocalBucketCursor(clock, bucket, params.weekStart);
  const keep = dayFilter(ctx);
  const groups = new Map<string, { user: number; day: number; items: Set<number> }>();
  for (let i = start; i < end; i++) {
    if (!(m.previous[i]! < threshold && m.current[i]! >= threshold)) continue;
    const user = m.user[i]!;
    if (userMask !== null && userMask[user] !== 1) continue;
    const content = m.content[i]!;
    if (activityMask !== null && activityMask[content] !== 1) continue;
    if (keep !== null && !keep(m.occurredAt[i]!)) continue;
    const day = cursor.startDayOf(m.occurredAt[i]!);
    const key = `${day}:${user}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { user, day, items: new Set() }));
    g.items.add(content);
  }
  const rows = [...groups.values()]
    .map((g) => ({ learnerId: dataset.users[g.user]!.user_id, day: g.day, itemsCrossed: g.items.size }))
    .sort((a, b) => a.day - b.day || compareText(a.learnerId, b.learnerId))
    .map(({ learnerId, day, itemsCrossed }) => ({ learnerId, bucketStart: isoDateOf(day), itemsCrossed }));
  return { bucket, threshold, rows };
}
