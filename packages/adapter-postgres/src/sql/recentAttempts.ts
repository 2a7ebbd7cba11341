import { parseSort, type AdapterRequestFor, type QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { orderTerm, page, type SortField } from './paging.js';
import { isoText } from './time.js';

type Field = SortField<AdapterRequestFor<'recentAttempts'>['params']['sort']>;

const sortColumn: Record<Field, string> = { startedAt: 'started_at', score: 'score', durationSeconds: 'duration_seconds' };

/** `recentAttempts`: the total and one sorted page of attempts, names joined only onto the page's rows. */
export async function recentAttempts(
  request: AdapterRequestFor<'recentAttempts'>,
  db: Db,
): Promise<QueryResult<'recentAttempts'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const { field, descending } = parseSort(params.sort);
  const order = (t: string) => `${orderTerm(`${t}.${sortColumn[field]}`, descending)}, ${t}.attempt_id COLLATE "C" ASC`;
  const rows = await db.exec(
    `WITH m AS NOT MATERIALIZED (
       SELECT a.attempt_id, a.user_id, a.activity_id, a.score, a.duration_seconds, a.started_at, a.ended_at
       FROM ${ctx.rel('attempts')} a WHERE ${where}
     ),
     p AS (SELECT * FROM m ORDER BY ${order('m')} ${page(ctx, params.limit, params.offset)})
     SELECT t.total, p.attempt_id, p.user_id, coalesce(u.display_name, p.user_id) AS display_name, p.activity_id,
       coalesce(act.title, p.activity_id) AS activity_name, p.score, p.duration_seconds,
       ${isoText('p.started_at')} AS started_iso, ${isoText('p.ended_at')} AS ended_iso
     FROM (SELECT count(*) AS total FROM m) t
     LEFT JOIN p ON true
     LEFT JOIN ${ctx.rel('users')} u ON u.user_id = p.user_id AND u.org_id = ${ctx.org}
     LEFT JOIN ${ctx.rel('activities')} act ON act.activity_id = p.activity_id AND act.org_id = ${ctx.org}
     ORDER BY ${order('p')}`,
    ctx.b.values,
  );
  return {
    total: (rows[0]?.total as number | undefined) ?? 0,
    rows: rows
      .filter((r) => r.attempt_id !== null)
      .map((r) => ({
        attemptId: r.attempt_id as string,
        userId: r.user_id as string,
        displayName: r.display_name as string,
        activityId: r.activity_id as string,
        activityName: r.activity_name as string,
        score: (r.score as number | null) ?? null,
        durationSeconds: (r.duration_seconds as number | null) ?? null,
        startedAt: r.started_iso as string,
        endedAt: (r.ended_iso as string | null) ?? null,
      })),
  };
}
