import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { and, factConditions, pageOf, readExportRow } from '@learnlens/sql';
import { compareTime, str } from '../literal.js';
import { tableSpecs } from '../tables.js';
import { context, type Db } from './context.js';
import { limitClause } from './paging.js';
import { epochSeconds } from './time.js';

const ORDER = 'started_at ASC, attempt_id ASC';
const ATTEMPT_COLUMNS = tableSpecs.attempts.columns.map(([name]) => name).join(', ');

// SQL round(x, 2) half away from zero, as the seed's PostgreSQL numeric round; ClickHouse's round() is banker's
// (and 18.16 has no sign()).
// PostgreSQL's round(numeric, 2): half away from zero on the decimal value. The hundredths are first rounded to six
// decimals, so 6.335 (a double just below it) gives 6.34 as in PostgreSQL.
export const round2 = (x: string) => `(if(${x} < 0, -1, 1) * floor(round(abs(${x}) * 100, 6) + 0.5) / 100)`;

export const AVERAGE_BAND = `if(isNull(task1_band) AND isNull(task2_band), NULL,
  ${round2('(ifNull(task1_band, 0) + ifNull(task2_band, 0)) / (isNotNull(task1_band) + isNotNull(task2_band))')})`;

/** Rows after the cursor (afterStartedAt, afterAttemptId) in the export's order; DateTime holds whole seconds. */
function after(params: AdapterRequestFor<'exportRows'>['params']): string[] {
  if (params.afterStartedAt === undefined || params.afterAttemptId === undefined) return [];
  const ms = Date.parse(params.afterStartedAt);
  const same = `${compareTime('started_at', '>=', ms)} AND ${compareTime('started_at', '<=', ms)}`;
  return [`${compareTime('started_at', '>', ms)} OR (${same} AND attempt_id > ${str(params.afterAttemptId)})`];
}

/**
 * `exportRows`: the total and one page of the BI export (seed 000), ordered by started_at then attempt_id; with a
 * cursor only the rows after it.
 */
export async function exportRows(request: AdapterRequestFor<'exportRows'>, db: Db): Promise<QueryResult<'exportRows'>> {
  const { params } = request;
  const ctx = context(request, db);
  const where = and([...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }), ...after(params)]);
  // Profiles join the attempts (a dimension table beside a fact table): one level less than joining them to the page.
  const page = `SELECT ${ATTEMPT_COLUMNS}, user_org, plan, team_id, display_name
    FROM ${ctx.t.attempts}
    ANY LEFT JOIN (
      SELECT user_id, org_id AS user_org, plan, team_id, display_name FROM ${ctx.t.users} WHERE org_id = ${ctx.org}
    ) USING user_id
    WHERE ${where}
    ORDER BY ${ORDER} ${limitClause(params.limit, params.offset)}`;
  const rows = await db.select(
    `SELECT * FROM (SELECT count() AS total, 1 AS _k FROM ${ctx.t.attempts} WHERE ${where})
     ALL LEFT JOIN (
       SELECT 1 AS _k, 1 AS _hit, attempt_id, user_id, ifNull(user_org, org_id) AS org_ids, ifNull(plan, '') AS user_plan,
         ${epochSeconds('ifNull(ended_at, started_at)')} AS submitted, goal_band, ${AVERAGE_BAND} AS average_band,
         task1_band, task2_band, org_id, team_id, ifNull(display_name, user_id) AS name, activity_id,
         ifNull(title, activity_id) AS activity_name, score, duration_seconds, talk_ms, listen_ms,
         ${epochSeconds('started_at')} AS started, ${epochSeconds('ended_at')} AS ended, started_at
       FROM (${page})
       ANY LEFT JOIN (SELECT activity_id, title FROM ${ctx.t.activities} WHERE org_id = ${ctx.org}) USING activity_id
     ) USING _k
     ORDER BY ${ORDER}`,
  );
  return pageOf(rows, (r) => readExportRow(r, ctx));
}
