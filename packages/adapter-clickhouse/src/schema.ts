import { tableNames, type TableName } from '@learnlens/data-client';
import { AUDIT_COLUMNS } from './audit.js';
import { ident, tableIdent } from './literal.js';
import { resolveTarget, type ClickHouseTarget } from './target.js';
import { columnTypes, tableSpecs, type TableNamesOption } from './tables.js';

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
    await connection.command(createTableStatement(table, tables[table].replaceAll('`', ''), options), options.signal, { idempotent: true });
  }
}

/** The fact tables: sharded across a cluster and read through Distributed tables. */
export const factTables = ['attempts', 'sessions', 'events', 'mastery_deltas'] as const satisfies readonly TableName[];

/** A fact table. */
export type FactTable = (typeof factTables)[number];

/** Options of `createClusterSchema`. */
export interface ClusterSchemaOptions {
  /** The cluster's name in the servers' `<remote_servers>`: DDL runs `ON CLUSTER` it, Distributed tables read it. */
  cluster: string;
  /** The sharding expression per fact table (default `cityHash64(user_id)`: every tenant spread over every shard). */
  shardingKeys?: Partial<Record<FactTable, string>>;
  /** Appended to a fact table's name to name its Distributed table (default "_all"). */
  distributedSuffix?: string;
  /** The ZooKeeper path replicated tables live under (default "/clickhouse/tables"). */
  zooKeeperPrefix?: string;
  signal?: AbortSignal;
}

const ZK_PATH = /^(\/[A-Za-z0-9_.-]+)+$/;

/**
 * Creates, on every node of `cluster` with `ON CLUSTER` DDL (the servers need ZooKeeper, `<macros>` with `shard`
 * and `replica`, and `<distributed_ddl>`), the production layout the adapter is tested on:
 *   - fact tables as ReplicatedMergeTree, one replication path per shard (`{shard}`): each shard holds its part;
 *   - dimension tables and the audit log as ReplicatedMergeTree on one path for the whole cluster: every node
 *     holds all of their rows, so joins and scope filters run locally on each shard;
 *   - one Distributed table per fact table (`attempts_all`, …), sharded by `shardingKeys`.
 * Local tables take the target's table names (canonical by default). Resolves to the `tables` option that points
 * an adapter at the Distributed tables. The `{replica}` macro must be unique across the cluster (the dimension
 * tables' replicas share one path).
 */
export async function createClusterSchema(target: ClickHouseTarget, options: ClusterSchemaOptions): Promise<TableNamesOption> {
  const { connection, tables } = resolveTarget(target);
  const cluster = options.cluster;
  const suffix = options.distributedSuffix ?? '_all';
  if (!/^[A-Za-z0-9_]+$/.test(suffix)) throw new TypeError(`distributedSuffix must be letters, digits and underscores: ${JSON.stringify(suffix)}`);
  const prefix = options.zooKeeperPrefix ?? '/clickhouse/tables';
  if (!ZK_PATH.test(prefix)) throw new TypeError(`zooKeeperPrefix must be an absolute ZooKeeper path: ${JSON.stringify(prefix)}`);
  const facts = new Set<string>(factTables);
  const names: TableNamesOption = {};
  for (const table of [...tableNames, 'audit_log' as const]) {
    // The references are validated names in backquotes.
    const local = tables[table].replaceAll('`', '');
    const [database, bare] = local.includes('.') ? (local.split('.') as [string, string]) : [connection.database, local];
    const path = `${prefix}/${facts.has(table) ? '{shard}' : 'all'}/${database}/${bare}`;
    const engine = `ReplicatedMergeTree('${path}', '{replica}')`;
    await connection.command(createTableStatement(table, `${database}.${bare}`, { onCluster: cluster, engine }), options.signal, {
      idempotent: true,
    });
    if (!facts.has(table)) {
      names[table] = local;
      continue;
    }
    const key = options.shardingKeys?.[table as FactTable] ?? 'cityHash64(user_id)';
    const distributed = `${database}.${bare}${suffix}`;
    await connection.command(
      `CREATE TABLE IF NOT EXISTS ${tableIdent(distributed)} ON CLUSTER ${ident(cluster)} AS ${tableIdent(`${database}.${bare}`)}\n` +
        `ENGINE = Distributed(${ident(cluster)}, ${ident(database)}, ${ident(bare)}, ${key})`,
      options.signal,
      { idempotent: true },
    );
    names[table] = local.includes('.') ? distributed : `${bare}${suffix}`;
  }
  return names;
}
