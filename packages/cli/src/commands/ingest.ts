import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingest, InputError } from '@learnlens/pipeline';
import { choiceFlag, parseFlags, requiredFlag, stringFlag } from '../args.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { pipelineHelp } from './pipelineHelp.js';

const SHOWN_REJECTS = 20;

/** `learnlens ingest`: raw events or xAPI statements in, `raw_events.csv` and `rejects.jsonl` out. */
export async function ingestCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseFlags(
    'ingest',
    argv,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      verbs: { type: 'string' },
      'learner-key-env': { type: 'string' },
      'processed-at': { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    Number.MAX_SAFE_INTEGER,
  );
  if (values.help) {
    ctx.stdout.write(pipelineHelp.ingest);
    return 0;
  }
  const format = choiceFlag(values, 'format', ['raw', 'xapi'] as const);
  if (format === undefined) throw new UsageError('missing required flag --format raw|xapi (see learnlens ingest --help)');
  const out = resolve(ctx.cwd, requiredFlag('ingest', values, 'out'));
  if (positionals.length === 0) throw new UsageError('no input: name one or more files or folders to ingest (see learnlens ingest --help)');
  const processedAt = stringFlag(values, 'processed-at');
  if (processedAt !== undefined && Number.isNaN(Date.parse(processedAt))) throw new UsageError(`--processed-at must be an ISO 8601 instant, not "${processedAt}"`);
  let verbs: Record<string, string> | undefined;
  const verbsFile = stringFlag(values, 'verbs');
  if (verbsFile !== undefined) {
    if (format !== 'xapi') throw new UsageError('--verbs applies to --format xapi only');
    try {
      const parsed = JSON.parse(readFileSync(resolve(ctx.cwd, verbsFile), 'utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((v) => typeof v !== 'string')) throw new Error('not an object of strings');
      verbs = parsed as Record<string, string>;
    } catch (error) {
      throw new UsageError(`--verbs ${verbsFile}: expected a JSON object of verb -> event type (${(error as Error).message})`);
    }
  }
  const keyEnv = stringFlag(values, 'learner-key-env');
  let learnerIdKey: string | undefined;
  if (keyEnv !== undefined) {
    if (format !== 'xapi') throw new UsageError('--learner-key-env applies to --format xapi only');
    learnerIdKey = ctx.env[keyEnv];
    if (!learnerIdKey || learnerIdKey.length < 16) throw new UsageError(`$${keyEnv} must hold a secret of at least 16 characters`);
    ctx.secrets.add(learnerIdKey);
  }
  let summary;
  try {
    summary = await ingest({
      format,
      inputs: positionals.map((p) => resolve(ctx.cwd, p)),
      out,
      ...(processedAt ? { processedAt: new Date(processedAt).toISOString() } : {}),
      ...(format === 'xapi' ? { xapi: { ...(verbs ? { verbs } : {}), ...(learnerIdKey ? { learnerIdKey } : {}) } } : {}),
      onProgress: ({ accepted, rejected }) => ctx.stderr.write(`ingest: ${accepted} accepted, ${rejected} refused so far\n`),
    });
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  if (summary.rejected > 0) {
    const lines = readFileSync(summary.rejectsFile, 'utf8').split('\n').filter(Boolean).slice(0, SHOWN_REJECTS);
    for (const line of lines) {
      const r = JSON.parse(line) as { index: number; file: string; position: number; field: string; reason: string };
      ctx.stderr.write(`refused #${r.index} (${r.file}:${r.position}) ${r.field}: ${r.reason}\n`);
    }
    if (summary.rejected > SHOWN_REJECTS) ctx.stderr.write(`… and ${summary.rejected - SHOWN_REJECTS} more in ${summary.rejectsFile}\n`);
  }
  ctx.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return values.strict && summary.rejected > 0 ? 1 : 0;
}
