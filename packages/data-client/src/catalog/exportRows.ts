import * as z from 'zod';
import { defineQuery, staleTimes } from '../defineQuery.js';
import { checkRange, commonParamsShape, pagingShape } from '../params.js';

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
  source: '000 BI export schema',
  doc:
    'One row per attempt started in [from, to) in scope and filters, ordered by started_at then attempt_id; ' +
    'average_band = round(avg(task1_band, task2_band present), 2). `total` counts every matching attempt.',
  staleTimeMs: 0,
  showsPeers: false,
  params: z.strictObject({ ...commonParamsShape, ...pagingShape(1_000, 100_000) }).superRefine(checkRange),
  result: z.object({ total: z.number().int().nonnegative(), rows: z.array(exportRowSchema) }),
});
