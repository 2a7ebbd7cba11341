import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, isoTimestampSchema, pagingShape } from '../params.js';

/** Keyset paging of a running export: only rows after (afterStartedAt, afterAttemptId), so pages cannot shift. */
const cursorShape = {
  afterStartedAt: z
    .optional(isoTimestampSchema),
  afterAttemptId: z.string().min(1).max(200).optional(),
};

function checkCursor(p: { afterStartedAt?: string | undefined; afterAttemptId?: string | undefined }, ctx: z.RefinementCtx): void {
  if ((p.afterStartedAt === undefined) !== (p.afterAttemptId === undefined)) {
    const path = p.afterStartedAt === undefined ? 'afterStartedAt' : 'afterAttemptId';
    ctx.addIssue({ code: 'custom', path: [path], message: 'afterStartedAt and afterAttemptId go together (keyset paging)' });
  }
}

/** One export row: seed 000's BI export columns first, then the canonical attempt columns. */
export const exportRowSchema = z.object({
  attempt_id: z.string(),
  user_id: z.string(),
  /** Comma-separated org ids the user belongs to. */
  org_ids: z.string(),
  plan: z.string(),
  /** ended_at, falling back to started_at (seed 000 falls back to updated_at). */
  submitted_at: z.iso.datetime(),
  goal_band: z.number().nullable(),
  /** Average of the available task bands, rounded to 2 decimals. */
  average_band: z.number().nullable(),
  task1_band: z.number().nullable(),
  task2_band: z.number().nullable(),
  org_id: z.string(),
  team_id: z.string().nullable(),
  display_name: z.string(),
  activity_id: z.string(),
  activity_name: z.string(),
  score: z.number().nullable(),
  duration_seconds: z.number().nullable(),
  talk_ms: z.number().nullable(),
  listen_ms: z.number().nullable(),
  started_at: z.iso.datetime(),
  ended_at: z.iso.datetime().nullable(),
});
export type ExportRow = z.infer<typeof exportRowSchema>;

/** The export dataset (seed 000 BI export schema), paged. */
export const exportRows = defineQuery({
  name: 'exportRows',
  staleTimeMs: 0,
  showsPeers: false,
  params: z
    .strictObject({ ...commonParamsShape, ...pagingShape(1_000, 100_000), ...cursorShape })
    .superRefine(checkRange)
    .superRefine(checkCursor),
  result: z.object({ total: z.number().int().nonnegative(), rows: z.array(exportRowSchema) }),
});
