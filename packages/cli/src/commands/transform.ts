import { resolve } from 'node:path';
import { formatValidationReport, transform } from '@learnlens/pipeline';
import { choiceFlag, listFlag, parseFlags, requiredFlag, stringFlag } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { dateValue, eventPaths } from './pipelineFlags.js';
import { pipelineBackendFlags } from './pipelineBackend.js';
import { pipelineHelp } from './pipelineHelp.js';
import { openTransformSink } from './transformSink.js';

/** `learnlens transform`: raw events to minute, session and mastery metrics, incrementally. */
export async function transformCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'transform',
    argv,
    {
      events: { type: 'string', multiple: true },
      out: { type: 'string' },
      format: { type: 'string' },
      date: { type: 'string', multiple: true },
      ...pipelineBackendFlags,
      'no-validate': { type: 'boolean' },
      'memory-limit': { type: 'string' },
      'canonical-org': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    ctx.stdout.write(pipelineHelp.transform);
    return 0;
  }
  const events = eventPaths(values, ctx);
  if (events.length === 0) throw new UsageError('missing required flag --events (see learnlens transform --help)');
  const out = resolve(ctx.cwd, requiredFlag('transform', values, 'out'));
  const format = choiceFlag(values, 'format', ['csv', 'parquet', 'json'] as const) ?? 'csv';
  const dates = listFlag(values, 'date').map((d) => dateValue('date', d));
  const memoryLimit = stringFlag(values, 'memory-limit');
  if (memoryLimit !== undefined && !/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memoryLimit)) {
    throw new UsageError(`--memory-limit must be a size such as 2GB, not "${memoryLimit}"`);
  }
  const canonicalOrg = stringFlag(values, 'canonical-org');
  const target = await openTransformSink(values, ctx, canonicalOrg);
  let summary;
  try {
    summary = await transform({
      events,
      out,
      format,
      dates,
      validate: !values['no-validate'],
      ...(memoryLimit ? { memoryLimit } : {}),
      ...(canonicalOrg !== undefined ? { canonicalOrg } : {}),
      ...(target ? { sink: target.sink } : {}),
    });
  } finally {
    await target?.close();
  }
  ctx.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (summary.validation && !summary.validation.ok) {
    ctx.stderr.write(formatValidationReport(summary.validation));
    return 1;
  }
  return 0;
}
