import * as z from 'zod/mini';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoDateSchema, pagingShape, sortSchema } from '../params.js';

const sortFields = ['rank', 'avgScore', 'attempts', 'totalDurationSeconds', 'avgTalkPercentage', 'displayName'] as const;

/** Per-learner ranking for a week, month or date range (seed 002 `mv_leaderboard_month` + `rank()`). */
export const leaderboard = defineQuery({
  name: 'leaderboard',
  staleTimeMs: staleTimes.leaderboard,
  showsPeers: true,
  // zod/mini, like params.ts: the Leaderboard widget's bundle carries these schemas and no classic zod.
  params: z
    .strictObject({
      ...commonParamsShape,
      period: z._default(z.enum(['week', 'month', 'range']), 'month'),
      ...pagingShape(undefined, 1_000_000),
      sort: sortSchema(sortFields, 'rank'),
    })
    .check(z.superRefine((p, ctx) => {
      checkRange(p, ctx);
      if (p.period === 'range' && (!p.from || !p.to)) {
        ctx.addIssue({ code: 'custom', path: ['period'], message: 'period "range" needs both "from" and "to"' });
      }
      if (p.period !== 'range' && (p.from || p.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['period'],
          message: `"from"/"to" apply only with period "range"; period "${p.period}" is the one holding "now"`,
        });
      }
    })),
  result: z.object({
    period: z.object({ from: isoDateSchema, to: isoDateSchema, previousFrom: isoDateSchema, previousTo: isoDateSchema }),
    total: z.number().check(z.int(), z.nonnegative()),
    /**
     * Present and true only when a learner's board ranked fewer learners than the host's small-group threshold k:
     * `rows` is then empty and `total` 0, so no figure about a small group of peers reaches them. Adapters leave it out.
     */
    suppressed: z.optional(z.boolean()),
    rows: z.array(
      z.object({
        rank: z.number().check(z.int(), z.positive()),
        userId: z.string(),
        displayName: z.string(),
        avgScore: z.number(),
        attempts: z.number().check(z.int(), z.positive()),
        totalDurationSeconds: z.number().check(z.nonnegative()),
        avgTalkPercentage: z.nullable(z.number().check(z.gte(0), z.lte(100))),
        previousRank: z.nullable(z.number().check(z.int(), z.positive())),
      }),
    ),
  }),
});
