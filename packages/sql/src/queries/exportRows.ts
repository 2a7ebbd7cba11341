import type { ExportRow } from '@learnlens/data-client';
import type { ResultReader, Row, Sql } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import { attemptPageStatement, page, pageOf } from '../paging.js';
import type { SqlQuery } from '../sqlQuery.js';
import { num } from '../values.js';

/** The mean of the task bands present, NULL when neither is. */
export const AVERAGE_BAND_SQL = `(coalesce(p.task1_band, 0) + coalesce(p.task2_band, 0))
  / NULLIF(CAST(p.task1_band IS NOT NULL AS int) + CAST(p.task2_band IS NOT NULL AS int), 0)`;

/**
 * `exportRows`: the total and one page of the BI export (seed 000), ordered by started_at then attempt_id; with a
 * cursor (afterStartedAt, afterAttemptId) only the rows after it, so rows inserted meanwhile cannot shift the pages.
 */
export const exportRows: SqlQuery<'exportRows'> = (request, s) => {
  const { params } = request;
  const where = and([...factConditions(s, request, 'a', { time: 'started_at', activity: 'activity_id' }), ...after(s, params)]);
  const order = (t: string) => `${t}.started_at, ${s.textKey(`${t}.attempt_id`)}`;
  // org_ids names only the viewer's org: an export never reveals which other orgs a user belongs to.
  return {
    text: attemptPageStatement(
      s,
      `SELECT a.* FROM ${s.rel('attempts', 'a')} WHERE ${where}`,
      order,
      page((n) => s.int(n), params.limit, params.offset),
      `p.attempt_id, p.user_id, p.org_id AS org_ids, coalesce(u.plan, '') AS user_plan,
       ${s.instantOut('coalesce(p.ended_at, p.started_at)')} AS submitted, p.goal_band, ${s.round2(AVERAGE_BAND_SQL)} AS average_band,
       p.task1_band, p.task2_band, p.org_id, u.team_id, coalesce(u.display_name, p.user_id) AS name, p.activity_id,
       coalesce(act.title, p.activity_id) AS activity_name, p.score, p.duration_seconds, p.talk_ms, p.listen_ms,
       ${s.instantOut('p.started_at')} AS started, ${s.instantOut('p.ended_at')} AS ended`,
    ),
    read: (rows) => pageOf(rows, (r) => readExportRow(r, s)),
  };
};

function after(s: Sql, params: { afterStartedAt?: string | undefined; afterAttemptId?: string | undefined }): string[] {
  if (params.afterStartedAt === undefined || params.afterAttemptId === undefined) return [];
  const at = s.instant(params.afterStartedAt);
  return [`a.started_at > ${at} OR (a.started_at = ${at} AND ${s.textKey('a.attempt_id')} > ${s.text(params.afterAttemptId)})`];
}

/** One `exportRows` row. */
export function readExportRow(r: Row, out: ResultReader): ExportRow {
  return {
    attempt_id: r.attempt_id as string,
    user_id: r.user_id as string,
    org_ids: r.org_ids as string,
    plan: r.user_plan as string,
    submitted_at: out.readInstant(r.submitted)!,
    goal_band: num(r.goal_band),
    average_band: num(r.average_band),
    task1_band: num(r.task1_band),
    task2_band: num(r.task2_band),
    org_id: r.org_id as string,
    team_id: (r.team_id as string | null) ?? null,
    display_name: r.name as string,
    activity_id: r.activity_id as string,
    activity_name: r.activity_name as string,
    score: num(r.score),
    duration_seconds: num(r.duration_seconds),
    talk_ms: num(r.talk_ms),
    listen_ms: num(r.listen_ms),
    started_at: out.readInstant(r.started)!,
    ended_at: out.readInstant(r.ended),
  };
}
