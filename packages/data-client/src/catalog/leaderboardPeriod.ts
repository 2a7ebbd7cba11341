import { bucketStartDay, dayNumberOf, isoDateOf, nextBucketStartDay, zoneClock } from '../time.js';

/** A leaderboard period and the one just before it, as local calendar days [from, to). */
export interface LeaderboardPeriod {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

/**
 * The period a `leaderboard` query ranks: the week (from Monday) or month holding `now` in `timezone`, or
 * [from, to); the previous period is the week or month before, or the range of the same length right before.
 * Every adapter uses this one definition, so they all rank the same days.
 */
export function leaderboardPeriod(params: {
  period: 'week' | 'month' | 'range';
  from?: string | undefined;
  to?: string | undefined;
  now: string;
  timezone: string;
}): LeaderboardPeriod {
  if (params.period === 'range') {
    if (params.from === undefined || params.to === undefined) throw new RangeError('period "range" needs both "from" and "to"');
    const from = dayNumberOf(params.from);
    const to = dayNumberOf(params.to);
    return { from: params.from, to: params.to, previousFrom: isoDateOf(from - (to - from)), previousTo: params.from };
  }
  const start = bucketStartDay(zoneClock(params.timezone).localDay(Date.parse(params.now)), params.period);
  return {
    from: isoDateOf(start),
    to: isoDateOf(nextBucketStartDay(start, params.period)),
    previousFrom: isoDateOf(bucketStartDay(start - 1, params.period)),
    previousTo: isoDateOf(start),
  };
}
