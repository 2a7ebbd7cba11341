import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { context } from './context.js';
import type { Db } from './db.js';
import { and, factConditions } from './filters.js';
import { page } from './paging.js';
import { isoText } from './time.js';

/** `exportRows`: the total and one page of the BI export (seed 000), ordered by started_at then attempt_id. */
export async function exportRows(request: AdapterRequestFor<'exportRows'>, db: Db): Promise<QueryResult<'exportRows'>> {
  const { params } = request;
  const ctx = context(request, db.mapping);
  const where = and(factConditions(ctx, request, 'a', { time: 'started_at', activity: 'activity_id' }));
  const order = (t: string) => `${t}.started_at, ${t}.attempt_id COLLATE "C"`;
  // org_ids names only the viewer's org: an export never reveals which other orgs a user belongs to.
  const rows = await db.exec(
    `WITH m AS NOT MATERIALIZED (SELECT a.* FROM ${ctx.rel('attempts')} a WHERE ${where}),
     p AS (SELECT * FROM m ORDER BY ${order('m')} ${page(ctx, params.limit, params.offset)})
     SELECT t.total, p.attempt_id, p.user_id, p.org_id AS org_ids, coalesce(u.plan, '') AS plan,
       ${isoText('coalesce(p.ended_at, p.started_at)')} AS submitted_iso, p.goal_band,
       round(CAST((coalesce(p.task1_band, 0) + coalesce(p.task2_band, 0))
         / NULLIF((p.task1_band IS NOT NULL)::int + (p.task2_band IS NOT NULL)::int, 0) AS numeric), 2) AS average_band,
       p.task1_band, p.task2_band, p.org_id, u.team_id, coalesce(u.display_name, p.user_id) AS display_name, p.activity_id,
       coalesce(act.title, p.activity_id) AS activity_name, p.score, p.duration_seconds, p.talk_ms, p.listen_ms,
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
        attempt_id: r.attempt_id as string,
        user_id: r.user_id as string,
        org_ids: r.org_ids as string,
        plan: r.plan as string,
        submitted_at: r.submitted_iso as string,
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
        started_at: r.started_iso as string,
        ended_at: (r.ended_iso as string | null) ?? null,
      })),
  };
}
