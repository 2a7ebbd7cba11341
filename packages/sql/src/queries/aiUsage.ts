import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and, factConditions } from '../filters.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count, num } from '../values.js';

/** The ai_usage_log column a row is keyed by, from an allow-list (never the request's text). */
export const aiUsageKey = { operation: 'operation_type', model: 'model' } as const;

/** `aiUsage`: calls, tokens, cost, failures and the median latency per local day and operation or model. */
export const aiUsage: SqlQuery<'aiUsage'> = (request, s) => {
  const where = and(factConditions(s, request, 'u', { time: 'created_at', activity: null }));
  const key = `u.${aiUsageKey[request.params.groupBy]}`;
  return {
    text: `SELECT ${s.dayOut('g.day')} AS day, g.k, g.calls, g.tin, g.tout, g.cost, g.failed, g.p50 FROM (
       SELECT ${s.localDay('u.created_at')} AS day, ${key} AS k, count(*) AS calls,
         coalesce(sum(u.tokens_input), 0) AS tin, coalesce(sum(u.tokens_output), 0) AS tout,
         coalesce(sum(u.cost_usd), 0) AS cost, count(*) FILTER (WHERE NOT u.success) AS failed,
         ${s.median('u.duration_ms')} AS p50
       FROM ${s.rel('ai_usage_log', 'u')} WHERE ${where}
       GROUP BY 1, 2
     ) g ORDER BY g.day, ${s.textKey('g.k')}`,
    read: (rows) => readAiUsage(request.params.groupBy, rows, s),
  };
};

/** The `aiUsage` result from its rows (one per day and key, in order). */
export function readAiUsage(groupBy: QueryResult<'aiUsage'>['groupBy'], rows: readonly Row[], out: ResultReader): QueryResult<'aiUsage'> {
  return {
    groupBy,
    rows: rows.map((r) => {
      const calls = count(r.calls);
      const failed = count(r.failed);
      return {
        day: out.readDate(r.day),
        key: String(r.k),
        calls,
        tokensInput: count(r.tin),
        tokensOutput: count(r.tout),
        costUsd: count(r.cost),
        failedCalls: failed,
        failureRate: failed / calls,
        p50DurationMs: num(r.p50),
      };
    }),
  };
}
