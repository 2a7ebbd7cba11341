import type { AdapterRequest } from '@learnlens/data-client';
import type { Ctx } from './context.js';
import { rangeConditions } from './time.js';

/**
 * Conditions restricting `alias.user_id` to the viewer's scope (their peers when `peers`), the team filter (the
 * team's learners, read from the backend's users) and the userIds filter.
 */
export function userConditions(ctx: Ctx, request: AdapterRequest, alias: string, peers = false): string[] {
  const { scope, params } = request;
  const out: string[] = [];
  const allowed = peers ? scope.peerUserIds : scope.userIds;
  if (allowed !== null) out.push(`${alias}.user_id = ANY(${ctx.b.texts(allowed)})`);
  if (params.teamId !== undefined) {
    out.push(
      `${alias}.user_id IN (SELECT tu.user_id FROM ${ctx.rel('users')} tu WHERE tu.org_id = ${ctx.org} AND tu.team_id = ${ctx.b.text(params.teamId)} AND tu.role = 'learner')`,
    );
  }
  if (params.userIds !== undefined) out.push(`${alias}.user_id = ANY(${ctx.b.texts(params.userIds)})`);
  return out;
}

/** The activityIds filter on `alias.column`, when given. */
export function activityConditions(ctx: Ctx, request: AdapterRequest, alias: string, column = 'activity_id'): string[] {
  const ids = request.params.activityIds;
  return ids === undefined ? [] : [`${alias}.${column} = ANY(${ctx.b.texts(ids)})`];
}

/** Org, scope, team, user, activity and [from, to) conditions on a fact relation. */
export function factConditions(
  ctx: Ctx,
  request: AdapterRequest,
  alias: string,
  options: {
    time: string;
    activity: string | null;
    peers?: boolean;
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
