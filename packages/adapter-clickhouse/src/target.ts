import { connectClickHouse, type ClickHouseConnection, type ClickHouseConnectionOptions } from './connection.js';
import { tableRefs, type TableNamesOption, type TableRefs } from './tables.js';

/** Connection options plus the host's table names. */
export interface ClickHouseTargetOptions extends ClickHouseConnectionOptions {
  /** Table names by canonical name, e.g. `{ attempts: 'analytics.attempts_all' }`; unmapped tables keep their name. */
  tables?: TableNamesOption;
}

/** Where schema and load helpers work: an adapter, connection options, or just the HTTP URL. */
export type ClickHouseTarget = { readonly connection: ClickHouseConnection; readonly tables: TableRefs } | ClickHouseTargetOptions | string;

/** The connection and quoted table names of a target. */
export function resolveTarget(target: ClickHouseTarget): { connection: ClickHouseConnection; tables: TableRefs } {
  if (typeof target === 'string') return { connection: connectClickHouse({ url: target }), tables: tableRefs() };
  if ('connection' in target) return { connection: target.connection, tables: target.tables };
  return { connection: connectClickHouse(target), tables: tableRefs(target.tables) };
}
