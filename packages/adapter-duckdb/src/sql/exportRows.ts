import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import type { Db } from './exec.js';
import { context } from './context.js';
import { and, factConditions } from './filters.js';
import { page } from './paging.js';
import { epochMs, isoOf } from './time.js';

/** `exportRows`: the total and one page of the BI export (seed 000), ordered by started_at then attempt_id. */
export async function exportRows(request: AdapterRequestFor<'exportRows'>, db: Db): Promise<QueryResult<'exportRows'>> {
  const { params } = request;
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const rows = await db.exec(
    `WITH m AS NOT MATERIALIZED (SELECT a.* FROM attempts a WHERE ${where}),
     p AS (SELECT * FROM m ORDER BY m.started_at, m.attempt_id ${page(ctx, params.limit, params.offset)})
     SELECT t.total, p.attempt_id, p.user_id, u.org_id AS org_ids, u.plan, ${epochMs('coalesce(p.ended_at, p.started_at)')} AS submitted_ms,
       p.goal_band,
       round(CASE WHEN p.task1_band IS NULL AND p.task2_band IS NULL THEN NULL
                  ELSE (coalesce(p.task1_band, 0) + coalesce(p.task2_band, 0))
                       / ((p.task1_band IS NOT NULL)::INTEGER + (p.task2_band IS NOT NULL)::INTEGER) END, 2) AS average_band,
       p.task1_band, p.task2_band, p.org_id, u.team_id, coalesce(u.display_name, p.user_id) AS display_name, p.activity_id,
       coalesce(act.title, p.activity_id) AS activity_name, p.score, p.duration_seconds, p.talk_ms, p.listen_ms,
       ${epochMs('p.started_at')} AS started_ms, ${epochMs('p.ended_at')} AS ended_ms
     FROM (SELECT count(*) AS total FROM m) t
     LEFT JOIN p ON true
     LEFT JOIN users u ON u.user_id = p.user_id AND u.org_id = ${ctx.org}
     LEFT JOIN activities act ON act.activity_id = p.activity_id AND act.org_id = ${ctx.org}
     ORDER BY p.started_at, p.attempt_id`,
    ctx.b,
  );
  return {
    total: (rows[0]?.total as number | undefined) ?? 0,
    rows: rows
      .filter((r) => r.attempt_id !== null)
      .map((r) => ({
        attempt_id: r.attempt_id as string,
        user_id: r.user_id as string,
        org_ids: (r.org_ids as string | null) ?? (r.org_id as string),
        plan: (r.plan as string | null) ?? '',
        submitted_at: isoOf(r.submitted_ms)!,
        goal_band: (r.goal_band as number | null) ?? null,
        average_band: (r.average_band as number | null) ?? null,
        task1_band: (r.task1_band as number | null) ?? null,
        task2_band: (r.task2_band as number | null) ?? null,
        org_id: r.org_id as string,
        team_id: (r.team_id as string | null) ?? null,
        display_name: r.display_name as string,
        activity_id: r.activity_id as string,
        activity_name: r.activity_name as string,
        score: (r.score as number | null) ?? null,
        duration_seconds: (r.duration_seconds as number | null) ?? null,
        talk_ms: (r.talk_ms as number | null) ?? null,
        listen_ms: (r.listen_ms as number | null) ?? null,
        started_at: isoOf(r.started_ms)!,
        ended_at: isoOf(r.ended_ms),
      })),
  };
}
