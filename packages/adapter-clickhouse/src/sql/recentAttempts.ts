import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { and, factConditions, orderTerm, pageOf, readRecentAttempt, recentAttemptsSort } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { limitClause } from './paging.js';
import { epochSeconds } from './time.js';

/** `recentAttempts`: the total and one sorted page of attempts, names joined only onto the page rows. */
export async function recentAttempts(
  request: AdapterRequestFor<'recentAttempts'>,
  db: Db,
): Promise<QueryResult<'recentAttempts'>> {
  const { params } = request;
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }));
  const { field, descending } = parseSort(params.sort);
  const order = `${orderTerm(recentAttemptsSort[field], descending)}, attempt_id ASC`;
  // Names join the attempts (a dimension table beside a fact table): one level less than joining them to the page.
  const named = `SELECT attempt_id, user_id, ifNull(dn, user_id) AS display_name, activity_id, score, duration_seconds,
      started_at, ended_at
    FROM ${ctx.t.attempts}
    ANY LEFT JOIN (SELECT user_id, display_name AS dn FROM ${ctx.t.users} WHERE org_id = ${ctx.org}) USING user_id
    WHERE ${where}`;
  // A sort by activity needs every matching attempt's title; ClickHouse takes one JOIN per SELECT, so it wraps.
  const byActivity = field === 'activityName';
  const page = byActivity
    ? `SELECT *, ifNull(act_title, activity_id) AS activity_name FROM (${named})
       ANY LEFT JOIN (SELECT activity_id, title AS act_title FROM ${ctx.t.activities} WHERE org_id = ${ctx.org}) USING activity_id
       ORDER BY ${order} ${limitClause(params.limit, params.offset)}`
    : `${named} ORDER BY ${order} ${limitClause(params.limit, params.offset)}`;
  const rows = await db.select(
    `SELECT * FROM (SELECT count() AS total, 1 AS _k FROM ${ctx.t.attempts} WHERE ${where})
     ALL LEFT JOIN (
       SELECT 1 AS _k, 1 AS _hit, attempt_id, user_id, display_name, activity_id, ${byActivity ? 'activity_name' : 'ifNull(title, activity_id) AS activity_name'},
         score, duration_seconds, ${epochSeconds('started_at')} AS started, ${epochSeconds('ended_at')} AS ended, started_at
       FROM (${page})
       ANY LEFT JOIN (SELECT activity_id, title FROM ${ctx.t.activities} WHERE org_id = ${ctx.org}) USING activity_id
     ) USING _k
     ORDER BY ${order}`,
  );
  return pageOf(rows, (r) => readRecentAttempt(r, ctx));
}
