import { bucketStartDay, dayNumberOf, nextBucketStartDay, type QueryParams, type ZoneClock } from '@learnlens/data-client';

/** A leaderboard's period and the one before it, as local day numbers; `to` days are exclusive. */
export interface LeaderboardPeriod {
  fromDay: number;
  toDay: number;
  previousFromDay: number;
  previousToDay: number;
}

/**
 * The calendar week (from Monday) or month holding `now` in the clock's zone, and the week or month before;
 * or [from, to) and the range of the same number of days right before it.
 */
export function leaderboardPeriod(params: QueryParams<'leaderboard'>, clock: ZoneClock, nowMs: number): LeaderboardPeriod {
  if (params.period === 'range') {
    if (params.from === undefined || params.to === undefined) throw new Error('period "range" needs both "from" and "to"');
    const fromDay = dayNumberOf(params.from);
    const toDay = dayNumberOf(params.to);
    return { fromDay, toDay, previousFromDay: fromDay - (toDay - fromDay), previousToDay: fromDay };
  }
  const fromDay = bucketStartDay(clock.localDay(nowMs), params.period);
  return {
    fromDay,
    toDay: nextBucketStartDay(fromDay, params.period),
    previousFromDay: bucketStartDay(fromDay - 1, params.period),
    previousToDay: fromDay,
  };
}
