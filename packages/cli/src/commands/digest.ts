import { resolve } from 'node:path';
import { emlFileSender, fileDeliveryLog, runDigest, smtpSender, type DigestEvent, type DigestSender } from '@learnlens/jobs';
import { intFlag, listFlag, parseFlags, stringFlag } from '../args.js';
import { checkUrl } from '../backends/checks.js';
import { commandHelp } from '../help.js';
import { UsageError } from '../usageError.js';
import type { CommandContext } from './context.js';
import { jobBackendFlags, planJobBackend } from './jobBackend.js';

/** The environment variable read when --smtp is not given (keeps the SMTP password out of the process list). */
export const SMTP_URL_ENV = 'LEARNLENS_SMTP_URL';

/** The Monday a week before the current week's, the week a Monday-morning run reports by default. */
function lastWeek(now = Date.now()): string {
  return new Date(now - 7 * 86_400_000).toISOString().slice(0, 10);
}

function isCalendarDay(text: string): boolean {
  const ms = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

/** `learnlens digest`: the weekly manager digest over SMTP, or as .eml files; returns the exit code. */
export async function digestCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    'digest',
    argv,
    {
      ...jobBackendFlags,
      week: { type: 'string' },
      smtp: { type: 'string' },
      from: { type: 'string' },
      out: { type: 'string' },
      org: { type: 'string', multiple: true },
      locale: { type: 'string' },
      'delivery-log': { type: 'string' },
      attempts: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
    0,
  );
  if (values.help) {
    ctx.stdout.write(commandHelp.digest);
    return 0;
  }
  const week = stringFlag(values, 'week') ?? lastWeek();
  if (!isCalendarDay(week)) throw new UsageError(`--week must be a calendar day YYYY-MM-DD (any day of the week), not "${week}"`);
  const out = stringFlag(values, 'out');
  const smtpFlag = stringFlag(values, 'smtp');
  if (out !== undefined && smtpFlag !== undefined) throw new UsageError('--out writes .eml files instead of sending: give --smtp or --out, not both');
  const smtpUrl = out === undefined ? (smtpFlag ?? ctx.env[SMTP_URL_ENV]) : undefined;
  if (out === undefined && (smtpUrl === undefined || smtpUrl === '')) {
    throw new UsageError(`digest needs --smtp URL (or the environment variable ${SMTP_URL_ENV}) to send, or --out DIR to write .eml files`);
  }
  if (smtpUrl !== undefined) {
    ctx.secrets.add(smtpUrl);
    const url = checkUrl(ctx, smtpUrl, smtpFlag !== undefined ? '--smtp' : SMTP_URL_ENV, ['smtp:', 'smtps:']);
    if (url.password) ctx.secrets.add(decodeURIComponent(url.password));
  }
  const from = stringFlag(values, 'from') ?? (out !== undefined ? 'Learnlens <digest@learnlens.invalid>' : undefined);
  if (from === undefined) throw new UsageError('missing required flag --from ADDRESS (the sender of the digests)');
  if (!/@/.test(from)) throw new UsageError(`--from must be an email address, not "${from}"`);
  const locale = stringFlag(values, 'locale') ?? 'en-US';
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    throw new UsageError(`--locale must be a BCP 47 locale such as en-US or de-DE, not "${locale}"`);
  }
  const attempts = intFlag(values, 'attempts', 1, 10) ?? 3;
  const outDir = out === undefined ? undefined : resolve(ctx.cwd, out);
  const logFlag = stringFlag(values, 'delivery-log');
  const logPath = logFlag !== undefined ? resolve(ctx.cwd, logFlag) : outDir !== undefined ? resolve(outDir, 'deliveries.jsonl') : resolve(ctx.cwd, 'learnlens-digest-deliveries.jsonl');
  const orgIds = listFlag(values, 'org');
  const open = planJobBackend(values, ctx);

  const backend = await open();
  const sender: DigestSender & { close?: () => void } = outDir !== undefined ? emlFileSender(outDir) : smtpSender(smtpUrl!);
  try {
    if (orgIds.length > 0) {
      const known = (await backend.directory.orgs()).map((o) => o.orgId);
      const unknown = orgIds.find((id) => !known.includes(id));
      if (unknown !== undefined) throw new UsageError(`--org ${unknown}: no such org (known: ${known.join(', ')})`);
    }
    const onEvent = values.quiet ? undefined : (e: DigestEvent) => ctx.stderr.write(`digest ${week}: ${e.orgId} ${e.managerId}: ${e.status}${e.detail ? ` (${ctx.secrets.mask(e.detail)})` : ''}\n`);
    const result = await runDigest({
      client: backend.client,
      directory: backend.directory,
      week,
      from,
      send: sender,
      deliveryLog: fileDeliveryLog(logPath),
      defaultLocale: locale,
      attempts,
      ...(orgIds.length > 0 ? { orgIds } : {}),
      ...(onEvent ? { onEvent } : {}),
    });
    const brief = ({ digest, ...o }: (typeof result.sent)[number]) => ({ ...o, ...(digest ? { teamAverage: digest.teamAverage, completionRate: digest.assignments.completionRate } : {}) });
    ctx.stdout.write(`${JSON.stringify({ week: result.week, deliveryLog: logPath, sent: result.sent.map(brief), skipped: result.skipped, failed: result.failed.map((f) => ({ ...f, error: ctx.secrets.mask(f.error ?? '') })) }, null, 2)}\n`);
    for (const f of result.failed) ctx.stderr.write(`learnlens: digest ${week}: ${f.orgId} ${f.managerId} <${f.to}> failed: ${ctx.secrets.mask(f.error ?? '')}\n`);
    // Non-zero so a scheduler retries; the rerun skips every manager the delivery log already has.
    return result.failed.length > 0 ? 1 : 0;
  } finally {
    sender.close?.();
    await backend.close().catch(() => undefined);
  }
}
