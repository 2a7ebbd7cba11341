import type { AdapterRequest } from '@learnlens/data-client';
import { inList, str } from '../literal.js';
import type { Ctx } from './context.js';
import { rangeConditions } from './time.js';

/**
 * Conditions restricting `user_id` to the viewer's scope (their peers when `peers`), the team filter (the team's
 * learners, read from the backend's users table) and the userIds filter.
 */
export function userConditions(ctx: Ctx, request: AdapterRequest, peers = false, column = 'user_id'): string[] {
  const { scope, params } = request;
  const out: string[] = [];
  const allowed = peers ? scope.peerUserIds : scope.userIds;
  if (allowed !== null) out.push(inList(column, allowed));
  if (params.teamId !== undefined) {
    out.push(
      `${column} IN (SELECT user_id FROM ${ctx.t.users} WHERE org_id = ${ctx.org} AND team_id = ${str(params.teamId)} AND role = 'learner')`,
    );
  }
  if (params.userIds !== undefined) out.push(inList(column, params.userIds));
  return out;
}

/** The activityIds filter on `column`, when given. */
export function activityConditions(request: AdapterRequest, column: 'activity_id' | 'content_id'): string[] {
  const ids = request.params.activityIds;
  return ids === undefined ? [] : [inList(column, ids)];
}

/** Org, scope, team, user, activity and [from, to) conditions of a fact table's rows. */
export function factConditions(
  ctx: Ctx,
  request: AdapterRequest,
  options: { time: string; activity: 'activity_id' | 'content_id' | null; peers?: boolean },
): string[] {
  return [
    `org_id = ${ctx.org}`,
    ...userConditions(ctx, request, options.peers),
    ...(options.activity ? activityConditions(request, options.activity) : []),
    ...rangeConditions(ctx, options.time),
  ];
}

/** Joins conditions into a WHERE clause body. */
export function and(conditions: readonly string[]): string {
  return conditions.length === 0 ? '1' : conditions.map((c) => `(${c})`).join('\n    AND ');
}
