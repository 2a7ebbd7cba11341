import type { DuckDBConnection } from '@duckdb/node-api';
import { auditEntrySchema, type AuditEntry } from '@learnlens/data-client';
import { Binds } from './sql/binds.js';
import type { Exec } from './sql/exec.js';
import { epochMs, isoOf } from './sql/time.js';

/** Where audit entries live: an in-memory table, or a table in an attached DuckDB file that outlives the process. */
export type AuditTable = 'audit_log' | 'learnlens_audit.audit_log';

/** Creates the audit table; with `file`, inside that DuckDB database file (attached before file access is locked). */
export async function createAuditTable(connection: DuckDBConnection, file: string | undefined): Promise<AuditTable> {
  let table: AuditTable = 'audit_log';
  if (file !== undefined) {
    // ATTACH takes no bound parameters; the path comes from the host's configuration, quoted as a literal.
    await connection.run(`ATTACH '${file.replace(/'/g, "''")}' AS learnlens_audit`);
    table = 'learnlens_audit.audit_log';
  }
  await connection.run(
    `CREATE TABLE IF NOT EXISTS ${table} (
       audit_id VARCHAR NOT NULL, "at" TIMESTAMPTZ NOT NULL, org_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL,
       role VARCHAR NOT NULL, action VARCHAR NOT NULL, format VARCHAR NOT NULL, row_count BIGINT NOT NULL,
       query VARCHAR NOT NULL, params VARCHAR NOT NULL
     )`,
  );
  return table;
}

/** Inserts one validated audit entry. */
export async function insertAudit(exec: Exec, table: AuditTable, input: AuditEntry): Promise<void> {
  const entry = auditEntrySchema.parse(input);
  const b = new Binds();
  await exec(
    `INSERT INTO ${table} VALUES (${b.text(entry.audit_id)}, ${b.instant(Date.parse(entry.at))}, ${b.text(entry.org_id)},
       ${b.text(entry.user_id)}, ${b.text(entry.role)}, ${b.text(entry.action)}, ${b.text(entry.format)},
       ${b.int(entry.row_count)}, ${b.text(entry.query)}, ${b.text(JSON.stringify(entry.params))})`,
    b,
  );
}

/** The audit entries in the order they were written, optionally of one org only. */
export async function readAudit(exec: Exec, table: AuditTable, orgId: string | undefined): Promise<AuditEntry[]> {
  const b = new Binds();
  const where = orgId === undefined ? 'true' : `org_id = ${b.text(orgId)}`;
  const rows = await exec(
    `SELECT audit_id, ${epochMs(`"at"`)} AS at_ms, org_id, user_id, role, action, format, row_count, query, params
     FROM ${table} WHERE ${where} ORDER BY rowid`,
    b,
  );
  return rows.map((r) =>
    auditEntrySchema.parse({
      audit_id: r.audit_id,
      at: isoOf(r.at_ms),
      org_id: r.org_id,
      user_id: r.user_id,
      role: r.role,
      action: r.action,
      format: r.format,
      row_count: r.row_count,
      query: r.query,
      params: JSON.parse(r.params as string) as unknown,
    }),
  );
}

