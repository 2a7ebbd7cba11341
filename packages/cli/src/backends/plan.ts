import type { FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import type { AdapterName } from './adapterFlags.js';
import type { BackendPlan } from './backend.js';
import { planClickHouse } from './clickhouse.js';
import { planDuckDb } from './duckdb.js';
import { planHttp } from './http.js';
import { planMock } from './mock.js';
import { planPostgres } from './postgres.js';

const planners: Record<AdapterName, (values: FlagValues, ctx: CommandContext) => BackendPlan> = {
  mock: planMock,
  duckdb: planDuckDb,
  postgres: planPostgres,
  clickhouse: planClickHouse,
  http: planHttp,
};

/** Checks the flags of backend `name` and returns how to open it; nothing is loaded or connected yet. */
export function planBackend(name: AdapterName, values: FlagValues, ctx: CommandContext): BackendPlan {
  return planners[name](values, ctx);
}
