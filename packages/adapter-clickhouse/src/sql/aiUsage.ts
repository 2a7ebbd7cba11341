import type { AdapterRequestFor, QueryResult } from '@learnlens/data-client';
import { aiUsageKey, and, factConditions, readAiUsage } from '@learnlens/sql';
import { context, type Db } from './context.js';
import { medianOfSorted } from './stats.js';
import { dayOf, localSeconds } from './time.js';

/** `aiUsage`: calls, tokens, cost, failures and the median latency per local day and operation or model. */
export async function aiUsage(request: AdapterRequestFor<'aiUsage'>, db: Db): Promise<QueryResult<'aiUsage'>> {
  const ctx = context(request, db);
  const where = and(factConditions(ctx, request, '', { time: 'created_at', activity: null }));
  const key = aiUsageKey[request.params.groupBy];
  const rows = await db.select(
    `SELECT day, k, calls, tin, tout, cost, failed, ${medianOfSorted('ds', 'timed')} AS p50 FROM (
       SELECT ${dayOf(localSeconds(ctx, 'created_at'))} AS day, ${key} AS k, count() AS calls,
         sum(ifNull(tokens_input, 0)) AS tin, sum(ifNull(tokens_output, 0)) AS tout, sum(ifNull(cost_usd, 0)) AS cost,
         countIf(success = 0) AS failed, arraySort(groupArrayIf(toFloat64(assumeNotNull(duration_ms)), isNotNull(duration_ms))) AS ds, length(ds) AS timed
       FROM ${ctx.t.ai_usage_log} WHERE ${where}
       GROUP BY day, k
     ) ORDER BY day, k`,
  );
  return readAiUsage(request.params.groupBy, rows.map((r) => (Number(r.timed) === 0 ? { ...r, p50: null } : r)), ctx);
}
