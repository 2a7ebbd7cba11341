import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema } from '../params.js';

/** AI calls, tokens, cost, failures and latency per day and operation or model (seed 003 `ai_usage_log`). */
export const aiUsage = defineQuery({
  name: 'aiUsage',
  staleTimeMs: staleTimes.overview,
  showsPeers: false,
  roles: ['admin'],
  params: z
    .strictObject({
      ...commonParamsShape,
      groupBy: z.enum(['operation', 'model']).default('operation'),
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
