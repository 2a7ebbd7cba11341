import type { AdapterRequestFor } from '@learnlens/data-client';
import type { Ctx } from './context.js';
import { local } from './time.js';

/** SQL date expressions of a leaderboard period [from, to) and the start of the period before it (same length). */
export interface PeriodSql {
  from: string;
  to: string;
  previousFrom: string;
}

/**
 * The calendar week (from Monday) or month holding `now` in the request's zone, computed by the server, or the
 * [from, to) range; the previous period ends where this one starts.
 */
export function periodSql(ctx: Ctx, params: AdapterRequestFor<'leaderboard'>['params']): PeriodSql {
  if (params.period === 'range') {
    const from = ctx.b.date(params.from!);
    const to = ctx.b.date(params.to!);
    return { from, to, previousFrom: `(${from} - (${to} - ${from}))` };
  }
  const unit = params.period === 'week' ? 'week' : 'month';
  const from = `CAST(date_trunc('${unit}', ${local(ctx, ctx.b.instant(params.now))}) AS date)`;
  return {
    from,
    to: `CAST(${from} + interval '1 ${unit}' AS date)`,
    previousFrom: `CAST(${from} - interval '1 ${unit}' AS date)`,
  };
}
