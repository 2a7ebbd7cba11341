import { auditEntrySchema, type AuditEntry } from '@learnlens/data-client';
import type { ClickHouseConnection } from './connection.js';
import { str } from './literal.js';

/** The audit table's columns: the entry's fields, `at` kept as written plus its epoch ms for ordering. */
export const AUDIT_COLUMNS = [
  ['audit_id', 'String'],
  ['at', 'String'],
  ['at_ms', 'Int64'],
  ['org_id', 'String'],
  ['user_id', 'String'],
  ['role', 'String'],
  ['action', 'String'],
  ['format', 'String'],
  ['row_count', 'UInt64'],
  ['query', 'String'],
  ['params', 'String'],
] as const;

/** Inserts one validated audit entry; resolves once the server has written it. */
export async function insertAudit(connection: ClickHouseConnection, table: string, input: AuditEntry, signal?: AbortSignal): Promise<void> {
  const entry = auditEntrySchema.parse(input);
  const row = {
    audit_id: entry.audit_id,
    at: entry.at,
    at_ms: Date.parse(entry.at),
    org_id: entry.org_id,
    user_id: entry.user_id,
    role: entry.role,
    action: entry.action,
    format: entry.format,
    row_count: entry.row_count,
    query: entry.query,
    params: JSON.stringify(entry.params),
  };
  await connection.insertJson(table, JSON.stringify(row), signal);
}

/** The audit entries, oldest first; only one org's with `orgId`. */
export async function readAudit(connection: ClickHouseConnection, table: string, orgId?: string, signal?: AbortSignal): Promise<AuditEntry[]> {
  const where = orgId === undefined ? '1' : `org_id = ${str(orgId)}`;
  const rows = await connection.select(
    `SELECT audit_id, at, org_id, user_id, role, action, format, row_count, query, params
     FROM ${table} WHERE ${where} ORDER BY at_ms, audit_id`,
    signal,
  );
  return rows.map((r) =>
    auditEntrySchema.parse({ ...r, row_count: Number(r.row_count), params: JSON.parse(r.params as string) as unknown }),
  );
}
