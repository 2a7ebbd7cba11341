import { resolve } from 'node:path';
import { formatRetention, parseWindow, retentionClasses, runClickHouseRetention, runFileRetention, runPostgresRetention, type RetainedTable, type RetentionWindow } from '@learnlens/pipeline';
import pg from 'pg';
import { listFlag, parseFlags, stringFlag } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { pipelineBackend, pipelineBackendFlags } from './pipelineBackend.js';
import { pipelineHelp } from './pipelineHelp.js';

/** `learnlens retention`: seed 001's retention windows, a dry run unless --apply. */
export async function retentionCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'retention',
    argv,
    {
      events: { type: 'string' },
      out: { type: 'string' },
      ...pipelineBackendFlags,
      window: { type: 'string', multiple: true },
      now: { type: 'string' },
      apply: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    ctx.stdout.write(pipelineHelp.retention);
    return 0;
  }
  const windows: Partial<Record<RetainedTable, RetentionWindow>> = {};
  for (const spec of listFlag(values, 'window')) {
    const [table, span] = spec.split('=');
    if (!table || !span || !(table in retentionClasses)) {
      throw new UsageError(`--window must be TABLE=SPAN with TABLE one of ${Object.keys(retentionClasses).join(', ')}, not "${spec}"`);
    }
    try {
      windows[table as RetainedTable] = parseWindow(span);
    } catch (error) {
      throw new UsageError(`--window ${spec}: ${(error as Error).message}`);
    }
  }
  const nowText = stringFlag(values, 'now');
  if (nowText !== undefined && Number.isNaN(Date.parse(nowText))) throw new UsageError(`--now must be an ISO 8601 instant, not "${nowText}"`);
  const options = { windows, apply: Boolean(values.apply), ...(nowText ? { now: new Date(nowText) } : {}) };
  const backend = await pipelineBackend('retention', values, ctx);
  let items;
  if (backend?.kind === 'clickhouse') {
    items = await runClickHouseRetention(backend.connection, { ...options, database: backend.database });
  } else if (backend) {
    const client = new pg.Client({ connectionString: backend.url });
    await client.connect();
    try {
      items = await runPostgresRetention(client, options);
    } finally {
      await client.end();
    }
  } else {
    const events = stringFlag(values, 'events');
    const out = stringFlag(values, 'out');
    if (events === undefined && out === undefined) throw new UsageError('give --events, --out or --adapter postgres|clickhouse (see learnlens retention --help)');
    items = await runFileRetention({ ...(events ? { events: resolve(ctx.cwd, events) } : {}), ...(out ? { out: resolve(ctx.cwd, out) } : {}) }, options);
  }
  ctx.stdout.write(values.json ? `${JSON.stringify({ applied: options.apply, items }, null, 2)}\n` : formatRetention(items, options.apply));
  return 0;
}
