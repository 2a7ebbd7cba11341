import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { streamExport, type ExportFormat } from '@learnlens/data-client';
import { choiceFlag, parseFlags, requiredFlag } from '../args.js';
import { adapterFlag, adapterNames, backendFlags } from '../backends/adapterFlags.js';
import { withBackend } from '../backends/backend.js';
import { planBackend } from '../backends/plan.js';
import { commandHelp } from '../help.js';
import { ensureDirectory, isPathError } from '../io/outputPath.js';
import { checkRequest } from '../request.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';

const exportFormats: readonly ExportFormat[] = ['csv', 'parquet'];

/** `learnlens export`: runs the audited BI export, writes it to --out and prints the audit entry; returns the exit code. */
export async function exportCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'export',
    argv,
    {
      ...backendFlags,
      format: { type: 'string' },
      out: { type: 'string' },
      viewer: { type: 'string' },
      params: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    ctx.stdout.write(commandHelp.export);
    return 0;
  }
  requiredFlag('export', values, 'format');
  const format = choiceFlag(values, 'format', exportFormats)!;
  const out = resolve(ctx.cwd, requiredFlag('export', values, 'out'));
  const { viewer, params } = checkRequest('export', 'exportRows', values);
  const adapterName = adapterFlag(values, adapterNames);
  const plan = planBackend(adapterName, values, ctx);

  // streamExport throws (ExportLimitError, AuditWriteError, …) before any byte exists, so a refused export leaves no
  // file; the bytes then stream into a temporary file, renamed into place only when complete.
  const audit = await withBackend(plan, async ({ client }) => {
    // Through a server, the export is the server's (POST /export, audited there): exportRows is not a /query route.
    const stream =
      adapterName === 'http'
        ? await client.export({ format, params: params as never, viewer }).then((r) => ({ audit: r.audit, chunks: [r.bytes] }))
        : await streamExport(client, { format, params: params as never, viewer });
    const partial = `${out}.partial-${process.pid}`;
    try {
      await ensureDirectory(dirname(out));
      await pipeline(Readable.from(stream.chunks), createWriteStream(partial));
      await rename(partial, out);
    } catch (error) {
      await rm(partial, { force: true });
      if (isPathError(error)) throw new UsageError(`cannot write --out ${out}: ${error.message}`, { cause: error });
      throw error;
    }
    return stream.audit;
  });
  ctx.stdout.write(`${JSON.stringify(audit, null, 2)}\n`);
  return 0;
}
