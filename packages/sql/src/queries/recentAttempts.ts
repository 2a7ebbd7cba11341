import { parseSort, type QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import { attemptPageStatement, orderTerm, page, pageOf } from '../paging.js';
import { recentAttemptsSort, textSortFields } from '../sortColumns.js';
import type { SqlQuery } from '../sqlQuery.js';
import { num } from '../values.js';

/** `recentAttempts`: the total and one sorted page of attempts, names joined only onto the page's rows. */
export const recentAttempts: SqlQuery<'recentAttempts'> = (request, s) => {
  const { params } = request;
  const where = and(factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const { field, descending } = parseSort(params.sort);
  const key = (t: string) => `${t}.${recentAttemptsSort[field]}`;
  const order = (t: string) =>
    `${orderTerm(textSortFields.has(field) ? s.textKey(key(t)) : key(t), descending)}, ${s.textKey(`${t}.attempt_id`)} ASC`;
  // A sort by name needs the name of every matching attempt, not only the page's: join it in only then.
  const nameSort =
    field === 'displayName'
      ? { column: ', coalesce(un.display_name, a.user_id) AS display_name', join: `LEFT JOIN ${s.rel('users', 'un')} ON un.user_id = a.user_id AND un.org_id = ${s.org}` }
      : field === 'activityName'
        ? { column: ', coalesce(an.title, a.activity_id) AS activity_name', join: `LEFT JOIN ${s.rel('activities', 'an')} ON an.activity_id = a.activity_id AND an.org_id = ${s.org}` }
        : { column: '', join: '' };
  return {
    text: attemptPageStatement(
      s,
      `SELECT a.attempt_id, a.user_id, a.activity_id, a.score, a.duration_seconds, a.started_at, a.ended_at${nameSort.column}
       FROM ${s.rel('attempts', 'a')} ${nameSort.join} WHERE ${where}`,
      order,
      page((n) => s.int(n), params.limit, params.offset),
      `p.attempt_id, p.user_id, coalesce(u.display_name, p.user_id) AS display_name, p.activity_id,
       coalesce(act.title, p.activity_id) AS activity_name, p.score, p.duration_seconds,
       ${s.instantOut('p.started_at')} AS started, ${s.instantOut('p.ended_at')} AS ended`,
    ),
    read: (rows) => pageOf(rows, (r) => readRecentAttempt(r, s)),
  };
};

/** One `recentAttempts` row. */
export function readRecentAttempt(r: Row, out: ResultReader): QueryResult<'recentAttempts'>['rows'][number] {
  return {
    attemptId: r.attempt_id as string,
    userId: r.user_id as string,
    displayName: r.display_name as string,
    activityId: r.activity_id as string,
    activityName: r.activity_name as string,
    score: num(r.score),
    durationSeconds: num(r.duration_seconds),
    startedAt: out.readInstant(r.started)!,
    endedAt: out.readInstant(r.ended),
  };
}
