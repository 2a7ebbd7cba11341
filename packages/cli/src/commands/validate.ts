import { resolve } from 'node:path';
import { formatValidationReport, validateFiles, validatePostgres, type ValidationReport } from '@learnlens/pipeline';
import pg from 'pg';
import { intFlag, parseFlags, stringFlag } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { eventPaths, postgresUrl } from './pipelineFlags.js';
import { pipelineHelp } from './pipelineHelp.js';

/** `learnlens validate`: seed 001's validation queries over files or PostgreSQL; exit 1 on any mismatch. */
export async function validateCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'validate',
    argv,
    {
      events: { type: 'string', multiple: true },
      out: { type: 'string' },
      adapter: { type: 'string' },
      'db-url': { type: 'string' },
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
  const url = postgresUrl('validate', values, ctx);
  let report: ValidationReport;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      report = await validatePostgres(client, toleranceSeconds);
    } finally {
      await client.end();
    }
  } else {
    const events = eventPaths(values, ctx);
    const out = stringFlag(values, 'out');
    if (events.length === 0 || out === undefined) throw new UsageError('give --events and --out (files) or --adapter postgres (see learnlens validate --help)');
    report = await validateFiles({ events, out: resolve(ctx.cwd, out), toleranceSeconds });
  }
  ctx.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatValidationReport(report));
  return report.ok ? 0 : 1;
}
