import type { AdapterRequest } from '@learnlens/data-client';
import type { Ctx } from './context.js';
import { rangeConditions } from './time.js';

/** A table alias: a(ttempts), e(vents), m(astery_deltas), s (assignments), aa (assignees), ss (sessions). */
export type Alias = 'a' | 'e' | 'm' | 's' | 'aa' | 'ss';
/** A timestamp column of a fact table. */
export type TimeColumn = 'started_at' | 'ended_at' | 'occurred_at' | 'session_start' | 'due_at';

/**
 * Conditions restricting `alias.user_id` to the viewer's scope (their peers when `peers`), the team filter
 * (the team's learners, from the backend's users table) and the userIds filter.
 */
export function userConditions(ctx: Ctx, request: AdapterRequest, alias: Alias, peers = false): string[] {
  const { scope, params } = request;
  const out: string[] = [];
  const allowed = peers ? scope.peerUserIds : scope.userIds;
  if (allowed !== null) out.push(`${alias}.user_id IN (SELECT unnest(${ctx.b.texts(allowed)}))`);
  if (params.teamId !== undefined) {
    out.push(
      `${alias}.user_id IN (SELECT user_id FROM users WHERE org_id = ${ctx.org} AND team_id = ${ctx.b.text(params.teamId)} AND role = 'learner')`,
    );
  }
  if (params.userIds !== undefined) out.push(`${alias}.user_id IN (SELECT unnest(${ctx.b.texts(params.userIds)}))`);
  return out;
}

/** The activityIds filter on `alias.column`, when given. */
export function activityConditions(
  ctx: Ctx,
  request: AdapterRequest,
  alias: Alias,
  column: 'activity_id' | 'content_id',
): string[] {
  const ids = request.params.activityIds;
  return ids === undefined ? [] : [`${alias}.${column} IN (SELECT unnest(${ctx.b.texts(ids)}))`];
}

/** Org, scope, team, user, activity and [from, to) conditions of a fact table in one list. */
export function factConditions(
  ctx: Ctx,
  request: AdapterRequest,
  alias: Alias,
  options: {
    time: TimeColumn;
    activity: 'activity_id' | 'content_id' | null;
    peers?: boolean;
    /** Local days [from, to) instead of the request's own `from`/`to`. */
    range?: { from?: string | undefined; to?: string | undefined };
  },
): string[] {
  const range = options.range ?? request.params;
  return [
    `${alias}.org_id = ${ctx.org}`,
    ...userConditions(ctx, request, alias, options.peers),
    ...(options.activity ? activityConditions(ctx, request, alias, options.activity) : []),
    ...rangeConditions(ctx, `${alias}.${options.time}`, range.from, range.to),
  ];
}

/** Joins conditions into a WHERE clause body. */
export function and(conditions: readonly string[]): string {
  return conditions.length === 0 ? 'true' : conditions.join('\n    AND ');
}
