import { adminViewerOf, createS3Client, JobSettingError, readS3Settings, runBiExport, type BiExportProgress, type BiFormat } from '@learnlens/jobs';
import { listFlag, parseFlags, stringFlag } from '../args.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { jobBackendFlags, planJobBackend } from './jobBackend.js';

/** Yesterday in UTC, the day a nightly run exports by default. */
function yesterdayUtc(now = Date.now()): string {
  return new Date(now - 86_400_000).toISOString().slice(0, 10);
}

function describeProgress(p: BiExportProgress): string | null {
  const what = `${p.orgId}${p.format ? ` ${p.format}` : ''}`;
  switch (p.phase) {
    case 'fetching':
      return p.rowsTotal ? `${what}: fetched ${p.rowsDone}/${p.rowsTotal} rows` : null;
    case 'uploading':
      return `${what}: uploaded ${p.bytesDone}/${p.bytesTotal} bytes`;
    case 'unchanged':
      return `${what}: already in the bucket with the same bytes, not uploaded again`;
    case 'done':
      return `${what}: done (${p.rowsDone} rows)`;
    case 'failed':
      return `${what}: FAILED`;
    default:
      return null;
  }
}

/** `learnlens bi-export`: the nightly seed-000 BI export to S3-compatible storage; returns the exit code. */
export async function biExportCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'bi-export',
    argv,
    {
      ...jobBackendFlags,
      date: { type: 'string' },
      org: { type: 'string', multiple: true },
      csv: { type: 'boolean' },
      endpoint: { type: 'string' },
      'path-style': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    ctx.stdout.write(commandHelp['bi-export']);
    return 0;
  }
  const date = stringFlag(values, 'date') ?? yesterdayUtc();
  const parsed = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date) {
    throw new UsageError(`--date must be a calendar day YYYY-MM-DD, not "${date}"`);
  }
  const endpoint = stringFlag(values, 'endpoint');
  let settings;
  try {
    settings = readS3Settings(ctx.env, {
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(values['path-style'] ? { forcePathStyle: true } : {}),
    });
  } catch (error) {
    if (error instanceof JobSettingError) throw new UsageError(error.setting === 'endpoint' ? `--endpoint: ${error.message}` : error.message);
    throw error;
  }
  ctx.secrets.add(settings.secretAccessKey);
  if (settings.sessionToken) ctx.secrets.add(settings.sessionToken);
  const orgFilter = listFlag(values, 'org');
  const formats: BiFormat[] = values.csv ? ['csv'] : [];
  const open = planJobBackend(values, ctx);
  const progress = values.quiet ? undefined : (p: BiExportProgress) => {
    const line = describeProgress(p);
    if (line) ctx.stderr.write(`bi-export ${date}: ${line}\n`);
  };

  const backend = await open();
  const s3 = createS3Client(settings);
  try {
    const known = await backend.directory.orgs();
    const unknown = orgFilter.filter((id) => !known.some((o) => o.orgId === id));
    if (unknown.length > 0) throw new UsageError(`--org ${unknown[0]}: no such org (known: ${known.map((o) => o.orgId).join(', ')})`);
    const orgIds = orgFilter.length > 0 ? [...new Set(orgFilter)] : known.map((o) => o.orgId);
    const targets = [];
    for (const orgId of orgIds) {
      const viewer = await adminViewerOf(backend.directory, orgId);
      if (viewer === null) throw new UsageError(`org ${orgId} has no admin to run its export as`);
      targets.push({ orgId, viewer });
    }
    const result = await runBiExport({
      client: backend.client,
      targets,
      date,
      s3,
      bucket: settings.bucket,
      prefix: settings.prefix,
      formats,
      ...(progress ? { onProgress: progress } : {}),
      ...(backend.biFileSource ? { fileSource: backend.biFileSource } : {}),
    });
    const output = {
      date: result.date,
      bucket: result.bucket,
      schemaVersion: result.schemaVersion,
      objects: result.objects.map(({ audit: _audit, ...o }) => o),
      failures: result.failures,
    };
    ctx.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    for (const f of result.failures) ctx.stderr.write(`learnlens: bi-export ${date}: org ${f.orgId}${f.format ? ` (${f.format})` : ''} failed: ${ctx.secrets.mask(f.error)}\n`);
    // Non-zero so a scheduler retries; the rerun skips what was delivered and finishes the rest.
    return result.failures.length > 0 ? 1 : 0;
  } finally {
    s3.destroy();
    await backend.close().catch(() => undefined);
  }
}
