import { clickHouseWatermarks } from '../retention/watermarks.js';
import { canonicalColumns, type CanonicalTable } from '../transform/canonical.js';
import { exportedColumns, outputTables, type OutputTable } from '../transform/tables.js';
import type { RowBatch } from './rowBatches.js';
import type { TableSink } from './tableSink.js';

/** The part of a ClickHouse HTTP connection the sink uses (`connectClickHouse` of @learnlens/adapter-clickhouse gives it). */
export interface ClickHouseStatements {
  /** The database unqualified names resolve in. */
  readonly database: string;
  select(sql: string): Promise<Record<string, unknown>[]>;
  command(sql: string): Promise<void>;
  /** Inserts newline-separated JSON rows into a table (its name already quoted). */
  insertJson(table: string, lines: string): Promise<void>;
}

/** Options of `clickHouseSink`. */
export interface ClickHouseSinkOptions {
  /**
   * Database for seed 001's tables (created if missing); default: the connection's. Seed 001's `mastery_deltas`
   * shares its name with the canonical table, so writing canonical rows needs another database for the seed's.
   */
  database?: string;
  /** Database of the canonical tables the adapter reads (default: the connection's). */
  canonicalDatabase?: string;
  /** Longest wait for the deletion of an org's canonical rows (a ClickHouse mutation), ms (default 60 000). */
  mutationTimeoutMs?: number;
}

const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`Not a ClickHouse identifier: ${JSON.stringify(name)}`);
  return `\`${name}\``;
};
const str = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

// Columns that hold NULL in the pipeline's tables; every other column always has a value.
const nullable = new Set(['session_metrics.avg_assessment_score', 'session_metrics.completion_rate', 'etl_job_status.completed_at', 'etl_job_status.error_message']);

function clickHouseType(duck: string): string {
  if (duck === 'VARCHAR') return 'String';
  if (duck === 'BIGINT') return 'Int64';
  if (duck === 'INTEGER') return 'Int32';
  if (duck === 'BOOLEAN') return 'UInt8';
  // 18.16's DateTime holds whole seconds (there is no DateTime64): instants lose their milliseconds.
  if (duck === 'TIMESTAMP') return "DateTime('UTC')";
  if (duck === 'DATE') return 'Date';
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(duck);
  if (decimal) return `Decimal(${decimal[1]}, ${decimal[2]})`;
  throw new TypeError(`No ClickHouse type for ${duck}`);
}

// Seed 001 clusters by partition_date then learner: the MergeTree sorting keys follow.
const sortingKeys: Record<OutputTable, string> = {
  minute_metrics: 'partition_date, learner_id, minute_timestamp, session_id',
  session_metrics: 'partition_date, learner_id, session_start, session_id',
  mastery_deltas: 'partition_date, learner_id, content_id, timestamp, trigger_event_id',
  etl_job_status: 'started_at, job_id',
};

/** `CREATE TABLE IF NOT EXISTS` of one of seed 001's tables on ClickHouse, as `name` (quoted), with the seed's columns. */
export function clickHouseTableSql(table: OutputTable, name: string): string {
  const types = new Map<string, string>(outputTables[table].map(([column, type]) => [column, type]));
  const columns = exportedColumns(table).map((c) => {
    const type = clickHouseType(types.get(c)!);
    return `${ident(c)} ${nullable.has(`${table}.${c}`) ? `Nullable(${type})` : type}`;
  });
  const partition = table === 'etl_job_status' ? '' : ' PARTITION BY toYYYYMM(partition_date)';
  return `CREATE TABLE IF NOT EXISTS ${name} (${columns.join(', ')}) ENGINE = MergeTree()${partition} ORDER BY (${sortingKeys[table]})`;
}

/** ClickHouse's text of an ISO 8601 instant ("2025-09-05T10:30:00.123Z" → "2025-09-05 10:30:00"). */
const clickHouseTime = (value: unknown) => (typeof value === 'string' ? `${value.slice(0, 10)} ${value.slice(11, 19)}` : value);

/**
 * ClickHouse as a `TableSink`. A seed table is written whole into a fresh table that then replaces the old one with
 * one RENAME, so readers see the old rows or the new ones. An org's canonical rows are deleted (a mutation, waited
 * for) and inserted again: ClickHouse has no transactions, so a reader may see that org's tables empty for a moment.
 */
export function clickHouseSink(connection: ClickHouseStatements, options: ClickHouseSinkOptions = {}): TableSink {
  const seedDatabase = options.database ?? connection.database;
  const canonicalDatabase = options.canonicalDatabase ?? connection.database;
  const qualified = (database: string, table: string) => `${ident(database)}.${ident(table)}`;
  const insert = async (table: string, timeColumns: ReadonlySet<string>, rows: AsyncIterable<RowBatch>) => {
    let count = 0;
    for await (const batch of rows) {
      const lines = batch.map((row) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row)) out[key] = timeColumns.has(key) ? clickHouseTime(value) : typeof value === 'boolean' ? Number(value) : value;
        return JSON.stringify(out);
      });
      await connection.insertJson(table, lines.join('\n'));
      count += batch.length;
    }
    return count;
  };
  const waitForMutations = async (table: string) => {
    const deadline = Date.now() + (options.mutationTimeoutMs ?? 60_000);
    for (;;) {
      const [row] = await connection.select(
        `SELECT count() AS n FROM system.mutations WHERE database = ${str(canonicalDatabase)} AND table = ${str(table)} AND is_done = 0`,
      );
      if (Number(row?.n ?? 0) === 0) return;
      if (Date.now() > deadline) throw new Error(`ClickHouse did not finish deleting the old rows of ${canonicalDatabase}.${table} in time`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    name: 'clickhouse',
    async begin() {
      if (canonicalDatabase === seedDatabase) return;
      await connection.command(`CREATE DATABASE IF NOT EXISTS ${ident(seedDatabase)}`);
    },
    async replaceSeedTable(table, rows) {
      const target = qualified(seedDatabase, table);
      const fresh = qualified(seedDatabase, `${table}__learnlens_new`);
      const old = qualified(seedDatabase, `${table}__learnlens_old`);
      await connection.command(clickHouseTableSql(table, target));
      await connection.command(`DROP TABLE IF EXISTS ${fresh}`);
      await connection.command(`DROP TABLE IF EXISTS ${old}`);
      await connection.command(clickHouseTableSql(table, fresh));
      const times = new Set(outputTables[table].filter(([, type]) => type === 'TIMESTAMP').map(([c]) => c));
      const count = await insert(fresh, times, rows);
      await connection.command(`RENAME TABLE ${target} TO ${old}, ${fresh} TO ${target}`);
      await connection.command(`DROP TABLE ${old}`);
      return count;
    },
    async replaceOrgRows(table, orgId, rows) {
      const target = qualified(canonicalDatabase, table);
      await connection.command(`ALTER TABLE ${target} DELETE WHERE org_id = ${str(orgId)}`);
      await waitForMutations(table);
      const times = new Set(canonicalColumns[table].filter((c) => c === 'occurred_at' || c === 'session_start' || c === 'session_end'));
      return insert(target, times, rows);
    },
    async commit() {},
    async rollback() {},
    retentionCutoffs: () => clickHouseWatermarks(connection, seedDatabase),
  };
}
