import { dayNumberOf, ENGAGEMENT_MONTH_DAYS, ENGAGEMENT_WEEK_DAYS, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';

type Day = QueryResult<'engagement'>['days'][number];

/**
 * Answers `engagement`: DAU, WAU and MAU per local day from each selected learner's active days, with the day's
 * selected events and the sessions started on it.
 */
export function engagement(ctx: EngineContext, params: QueryParams<'engagement'>): QueryResult<'engagement'> {
  const { dataset, clock, userMask, activityMask } = ctx;
  const ev = dataset.events;
  const se = dataset.sessions;
  const fromDay = params.from === undefined ? -Infinity : dayNumberOf(params.from);
  const lastDay = Math.min(params.to === undefined ? Infinity : dayNumberOf(params.to) - 1, clock.localDay(ctx.nowMs));
  // The monthly window of `from` reaches 29 days back.
  const windowFromMs = params.from === undefined ? -Infinity : clock.dayStartUtc(fromDay - (ENGAGEMENT_MONTH_DAYS - 1));
  const slice = timeSlice(ev.occurredAt, dataset.ranges.events[ctx.org]!, windowFromMs, ctx.toMs);

  const selected = (i: number): boolean => {
    if (userMask !== null && userMask[ev.user[i]!] !== 1) return false;
    if (activityMask === null) return true;
    const activity = ev.activity[i]!;
    return activity >= 0 && activityMask[activity] === 1;
  };

  const activeDays = new Map<number, Set<number>>();
  const events = new Map<number, number>();
  for (let i = slice.start; i < slice.end; i++) {
    if (!selected(i)) continue;
    const at = ev.occurredAt[i]!;
    const day = clock.localDay(at);
    let days = activeDays.get(ev.user[i]!);
    if (days === undefined) activeDays.set(ev.user[i]!, (days = new Set()));
    days.add(day);
    if (at >= ctx.fromMs) events.set(day, (events.get(day) ?? 0) + 1);
  }

  const rows = new Map<number, { dau: number; wau: number; mau: number }>();
  const row = (day: number) => {
    let r = rows.get(day);
    if (r === undefined) rows.set(day, (r = { dau: 0, wau: 0, mau: 0 }));
    return r;
  };
  // Each learner counts once per target day: their windows' union, walked in day order.
  for (const days of activeDays.values()) {
    const sorted = [...days].sort((a, b) => a - b);
    let weekCovered = -Infinity;
    let monthCovered = -Infinity;
    for (const day of sorted) {
      if (day >= fromDay && day <= lastDay) row(day).dau++;
      for (let d = Math.max(day, weekCovered + 1); d < day + ENGAGEMENT_WEEK_DAYS; d++) if (d >= fromDay && d <= lastDay) row(d).wau++;
      for (let d = Math.max(day, monthCovered + 1); d < day + ENGAGEMENT_MONTH_DAYS; d++) if (d >= fromDay && d <= lastDay) row(d).mau++;
      weekCovered = day + ENGAGEMENT_WEEK_DAYS - 1;
      monthCovered = day + ENGAGEMENT_MONTH_DAYS - 1;
    }
  }

  const sessions = new Map<number, { n: number; seconds: number }>();
  const seSlice = timeSlice(se.start, dataset.ranges.sessions[ctx.org]!, ctx.fromMs, ctx.toMs);
  for (let i = seSlice.start; i < seSlice.end; i++) {
    if (userMask !== null && userMask[se.user[i]!] !== 1) continue;
    const day = clock.localDay(se.start[i]!);
    const s = sessions.get(day) ?? { n: 0, seconds: 0 };
    s.n++;
    s.seconds += se.duration[i]!;
    sessions.set(day, s);
  }

  const days: Day[] = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, r]) => {
      const s = sessions.get(day);
      return {
        day: isoDateOf(day),
        dau: r.dau,
        wau: r.wau,
        mau: r.mau,
        stickiness: r.dau / r.mau,
        events: events.get(day) ?? 0,
        sessions: s?.n ?? 0,
        hoursSpent: (s?.seconds ?? 0) / 3600,
      };
    });
  return { days };
}
