import type { AdapterRequest, Days } from '@learnlens/data-client';
import type { FilterSql } from './dialect.js';

/** `alias.column`, or the bare column when the dialect reads without aliases (ClickHouse). */
export function col(alias: string, column: string): string {
  return alias === '' ? column : `${alias}.${column}`;
}

/**
 * Conditions restricting `alias.user_id` to the viewer's scope (their peers when `peers`), the team filter (the team's
 * learners, read from the backend's own users) and the userIds filter.
 */
export function userConditions(s: FilterSql, request: AdapterRequest, alias: string, peers = false): string[] {
  const { scope, params } = request;
  const user = col(alias, 'user_id');
  const out: string[] = [];
  const allowed = peers ? scope.peerUserIds : scope.userIds;
  if (allowed !== null) out.push(s.inList(user, allowed));
  if (params.teamId !== undefined) {
    out.push(
      `${user} IN (SELECT user_id FROM ${s.rel('users', 'tu')} WHERE org_id = ${s.org} AND team_id = ${s.text(params.teamId)} AND role = 'learner')`,
    );
  }
  if (params.userIds !== undefined) out.push(s.inList(user, params.userIds));
  return out;
}

/** The activityIds filter on `alias.column`, when given. */
export function activityConditions(
  s: FilterSql,
  request: AdapterRequest,
  alias: string,
  column: 'activity_id' | 'content_id' = 'activity_id',
): string[] {
  const ids = request.params.activityIds;
  return ids === undefined ? [] : [s.inList(col(alias, column), ids)];
}

/** Conditions keeping the timestamp `expr` within the local calendar days [from, to). */
export function rangeConditions(s: FilterSql, expr: string, from: string | undefined, to: string | undefined): string[] {
  const out: string[] = [];
  if (from !== undefined) out.push(s.dayBound(expr, '>=', from));
  if (to !== undefined) out.push(s.dayBound(expr, '<', to));
  return out;
}

/**
 * Conditions keeping the timestamp `expr` on the local days of the week `days` asks for (seed 002's
 * `dim_time.is_weekend`): the weekday of the instant in the request's zone, Saturday and Sunday being the weekend.
 */
export function daysConditions(s: FilterSql, expr: string, days: Days | undefined): string[] {
  if (days === undefined || days === 'all') return [];
  return [`${s.isoWeekday(expr)} ${days === 'weekends' ? '>=' : '<'} 6`];
}

/** The request's `days` filter, for the queries that take one. */
export function daysOf(request: AdapterRequest): Days | undefined {
  return 'days' in request.params ? request.params.days : undefined;
}

/** Which columns of a fact table the filters apply to. */
export interface FactColumns {
  /** The timestamp the [from, to) range applies to. */
  time: string;
  /** The column activityIds filters, or null for a table without activities. */
  activity: 'activity_id' | 'content_id' | null;
  /** Restrict users to the viewer's peers rather than the users in scope (queries that show peers). */
  peers?: boolean;
  /** Local days [from, to) instead of the request's own `from`/`to`. */
  range?: { from?: string | undefined; to?: string | undefined };
  /** Whether the request's `days` filter (when it has one) applies to `time`; default true. */
  days?: boolean;
}

/** Org, scope, team, user, activity, [from, to) and `days` conditions on a fact table. */
export function factConditions(s: FilterSql, request: AdapterRequest, alias: string, options: FactColumns): string[] {
  const range = options.range ?? request.params;
  return [
    `${col(alias, 'org_id')} = ${s.org}`,
    ...userConditions(s, request, alias, options.peers),
    ...(options.activity ? activityConditions(s, request, alias, options.activity) : []),
    ...rangeConditions(s, col(alias, options.time), range.from, range.to),
    ...(options.days === false ? [] : daysConditions(s, col(alias, options.time), daysOf(request))),
  ];
}

/** Joins conditions into a WHERE clause body, each in parentheses. */
export function and(conditions: readonly string[]): string {
  return conditions.length === 0 ? '1 = 1' : conditions.map((c) => `(${c})`).join('\n    AND ');
}
