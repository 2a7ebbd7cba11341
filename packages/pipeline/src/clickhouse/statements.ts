import { rawEventColumns } from '../rawEvent.js';
import type { ClickHouseStatements } from '../sync/clickhouseSink.js';

/** A quoted ClickHouse identifier; anything but a plain name is refused. */
export function chIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`Not a ClickHouse identifier: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/** A ClickHouse string literal. */
export const chString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** ClickHouse's text of an instant, to the whole second (18.16's DateTime has no fractions). */
export const chTime = (at: Date) => at.toISOString().slice(0, 19).replace('T', ' ');

/**
 * `CREATE TABLE IF NOT EXISTS` of seed 001's `raw_events` on ClickHouse, where a host lands its raw events for
 * `validate` and `retention` to read (as Open edX Aspects lands xAPI statements). Partitioned by month of
 * `partition_date` like the transform's tables, so retention drops whole months.
 */
export function clickHouseRawEventsSql(name: string): string {
  const types: Record<string, string> = { timestamp: "DateTime('UTC')", processed_at: "DateTime('UTC')", partition_date: 'Date' };
  const columns = rawEventColumns.map((c) => `${chIdent(c)} ${types[c] ?? 'String'}`);
  return `CREATE TABLE IF NOT EXISTS ${name} (${columns.join(', ')}) ENGINE = MergeTree() PARTITION BY toYYYYMM(partition_date) ORDER BY (partition_date, learner_id, timestamp, event_id)`;
}

/** Whether `database.table` exists. */
export async function tableExists(connection: ClickHouseStatements, database: string, table: string): Promise<boolean> {
  const [row] = await connection.select(`SELECT count() AS n FROM system.tables WHERE database = ${chString(database)} AND name = ${chString(table)}`);
  return Number(row?.n ?? 0) > 0;
}

/** Waits until no mutation (ALTER … DELETE) of `database.table` is pending; ClickHouse runs them in the background. */
export async function waitForMutations(connection: ClickHouseStatements, database: string, table: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await connection.select(
      `SELECT count() AS n FROM system.mutations WHERE database = ${chString(database)} AND table = ${chString(table)} AND is_done = 0`,
    );
    if (Number(row?.n ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error(`ClickHouse did not finish deleting rows of ${database}.${table} in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
