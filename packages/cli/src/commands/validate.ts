import { resolve } from 'node:path';
import { formatValidationReport, validateClickHouse, validateFiles, validatePostgres, type ValidationReport } from '@learnlens/pipeline';
import pg from 'pg';
import { intFlag, parseFlags, stringFlag } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { pipelineBackend, pipelineBackendFlags } from './pipelineBackend.js';
import { eventPaths } from './pipelineFlags.js';
import { pipelineHelp } from './pipelineHelp.js';

/** `learnlens validate`: seed 001's validation queries over files, PostgreSQL or ClickHouse; exit 1 on any mismatch. */
export async function validateCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'validate',
    argv,
    {
      events: { type: 'string', multiple: true },
      out: { type: 'string' },
      ...pipelineBackendFlags,
      tolerance: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    ctx.stdout.write(pipelineHelp.validate);
    return 0;
  }
  const toleranceSeconds = intFlag(values, 'tolerance', 0) ?? 60;
  const backend = await pipelineBackend('validate', values, ctx);
  let report: ValidationReport;
  if (backend?.kind === 'clickhouse') {
    report = await validateClickHouse(backend.connection, { database: backend.database, toleranceSeconds });
  } else if (backend) {
    const client = new pg.Client({ connectionString: backend.url });
    await client.connect();
    try {
      report = await validatePostgres(client, toleranceSeconds);
    } finally {
      await client.end();
    }
  } else {
    const events = eventPaths(values, ctx);
    const out = stringFlag(values, 'out');
    if (events.length === 0 || out === undefined) throw new UsageError('give --events and --out (files) or --adapter postgres|clickhouse (see learnlens validate --help)');
    report = await validateFiles({ events, out: resolve(ctx.cwd, out), toleranceSeconds });
  }
  ctx.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatValidationReport(report));
  return report.ok ? 0 : 1;
}
