import { tableNames, type TableName } from '@learnlens/data-client';
import { AUDIT_COLUMNS } from './audit.js';
import { ident, tableIdent } from './literal.js';
import { resolveTarget, type ClickHouseTarget } from './target.js';
import { columnTypes, tableSpecs } from './tables.js';

/** Options of the canonical DDL. */
export interface SchemaOptions {
  /** Adds `ON CLUSTER name` (distributed DDL; the cluster needs ZooKeeper). */
  onCluster?: string;
  /**
   * The table engine; default `MergeTree()`. `{table}` is replaced by the canonical table name, e.g.
   * "ReplicatedMergeTree('/clickhouse/tables/{shard}/learnlens/{table}', '{replica}')".
   */
  engine?: string;
  /** Only these tables (e.g. the fact tables, with a sharded engine); default: all of them and the audit log. */
  only?: ReadonlyArray<TableName | 'audit_log'>;
}

/** `CREATE TABLE IF NOT EXISTS` of one canonical table (or the audit log) as `name` (`table` or `database.table`). */
export function createTableStatement(table: TableName | 'audit_log', name: string, options: SchemaOptions = {}): string {
  const quoted = tableIdent(name);
  const cluster = options.onCluster ? ` ON CLUSTER ${ident(options.onCluster)}` : '';
  const engine = (options.engine ?? 'MergeTree()').replaceAll('{table}', table);
  if (table === 'audit_log') {
    const columns = AUDIT_COLUMNS.map(([c, type]) => `${ident(c)} ${type}`).join(',\n  ');
    return `CREATE TABLE IF NOT EXISTS ${quoted}${cluster} (\n  ${columns}\n) ENGINE = ${engine} ORDER BY (org_id, at_ms, audit_id)`;
  }
  const spec = tableSpecs[table];
  const columns = spec.columns.map(([c, kind]) => `${ident(c)} ${columnTypes[kind]}`).join(',\n  ');
  const partition = spec.partitionBy ? ` PARTITION BY toYYYYMM(${ident(spec.partitionBy)})` : '';
  return `CREATE TABLE IF NOT EXISTS ${quoted}${cluster} (\n  ${columns}\n) ENGINE = ${engine}${partition} ORDER BY (${spec.orderBy.map(ident).join(', ')})`;
}

/**
 * Creates the canonical tables and the audit log (MergeTree, ordered by org then time) where they do not exist yet,
 * under the target's table names. The database must exist.
 */
export async function createCanonicalSchema(target: ClickHouseTarget, options: SchemaOptions & { signal?: AbortSignal } = {}): Promise<void> {
  const { connection, tables } = resolveTarget(target);
  for (const table of options.only ?? [...tableNames, 'audit_log' as const]) {
    // The references are validated names in backquotes; the statement quotes them again.
    await connection.command(createTableStatement(table, tables[table].replaceAll('`', ''), options), options.signal);
  }
}
