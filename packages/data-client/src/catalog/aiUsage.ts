import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema } from '../params.js';

/** AI calls, tokens, cost, failures and latency per day and operation or model (seed 003 `ai_usage_log`). */
export const aiUsage = defineQuery({
  name: 'aiUsage',
  source: '003 ai_usage_log (Action 9), the cost analytics dashboard',
  doc:
    'AI calls (ai_usage_log) made in [from, to), per calendar day of created_at in `timezone` and per key: the ' +
    "operation_type (groupBy 'operation', the default) or the model (groupBy 'model'). calls = count(*), " +
    'tokensInput = sum(tokens_input), tokensOutput = sum(tokens_output), costUsd = sum(cost_usd) (nulls ignored, 0 ' +
    'when none), failedCalls = calls with success false, failureRate = failedCalls / calls, p50DurationMs = ' +
    'percentile_cont(0.5) of duration_ms (nulls ignored; null when none). teamId and userIds keep the calls those ' +
    'users made, leaving out background calls (user_id null); activityIds does not apply. Rows by day, then key in ' +
    'code-point order. Admins only: costs are an org matter.',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  roles: ['admin'],
  params: z
    .strictObject({
      ...commonParamsShape,
      groupBy: z.enum(['operation', 'model']).default('operation').describe('What each row is keyed by besides the day.'),
    })
    .superRefine(checkRange),
  result: z.object({
    groupBy: z.enum(['operation', 'model']),
    rows: z.array(
      z.object({
        day: isoDateSchema,
        key: z.string(),
        calls: z.number().int().positive(),
        tokensInput: z.number().int().nonnegative(),
        tokensOutput: z.number().int().nonnegative(),
        costUsd: z.number().nonnegative(),
        failedCalls: z.number().int().nonnegative(),
        failureRate: z.number().min(0).max(1),
        p50DurationMs: z.number().nonnegative().nullable(),
      }),
    ),
  }),
});
