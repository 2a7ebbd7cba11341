import * as z from 'zod/mini';
import { roleSchema } from './role.js';

// zod/mini, like params.ts: the HTTP adapter checks the audit entry of every export it downloads, so every host
// bundle with it carries this schema.

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** Who exported what (seed 000 account_audit_log): written before any exported byte is delivered. */
export const auditEntrySchema = z.object({
  audit_id: id,
  at: z.iso.datetime({ offset: true }),
  org_id: id,
  user_id: id,
  role: roleSchema,
  action: z.literal('export'),
  format: z.enum(['csv', 'parquet']),
  row_count: z.number().check(z.int(), z.nonnegative()),
  query: z.string(),
  params: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
