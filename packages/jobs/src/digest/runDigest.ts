import type { LearnlensClient } from '@learnlens/data-client';
import type { DirectoryUser, JobDirectory } from '../directory.js';
import { errorMessage } from '../errors.js';
import { computeDigest, type DigestData } from './computeDigest.js';
import { digestFormat } from './digestFormat.js';
import { digestWeek } from './digestWeek.js';
import type { DeliveryLog } from './deliveryLog.js';
import { renderDigest } from './renderDigest.js';

/** Sends (or writes) one message; resolves with where it went. */
export type DigestSender = (message: DigestMessage) => Promise<{ messageId: string; file?: string }>;

/** One email, ready for a transport. */
export interface DigestMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per manager and week, so a receiving system can drop a duplicate too. */
  messageId: string;
  orgId: string;
  managerId: string;
  week: string;
}

/** Options of `runDigest`. */
export interface DigestOptions {
  client: LearnlensClient;
  directory: JobDirectory;
  /** Any day of the week to report ("YYYY-MM-DD"); the week runs Monday to Sunday in each org's time zone. */
  week: string;
  /** The From address. */
  from: string;
  send: DigestSender;
  deliveryLog: DeliveryLog;
  /** Only these orgs (default: every org). */
  orgIds?: readonly string[];
  /** Locale of managers whose record has none (default "en-US"). */
  defaultLocale?: string;
  /** Tries per message before it is reported as failed (default 3). */
  attempts?: number;
  /** Wait before the second try, doubling after (default 1,000 ms). */
  retryDelayMs?: number;
  /** Domain of the Message-IDs (default "learnlens.invalid"). */
  messageIdDomain?: string;
  signal?: AbortSignal;
  onEvent?: (event: DigestEvent) => void;
}

/** One thing that happened to one manager's digest. */
export interface DigestEvent {
  orgId: string;
  managerId: string;
  status: 'sent' | 'skipped' | 'retrying' | 'failed';
  detail?: string;
}

/** One manager's outcome. */
export interface DigestOutcome {
  orgId: string;
  managerId: string;
  to: string;
  week: string;
  messageId?: string;
  file?: string;
  noActivity?: boolean;
  attempts?: number;
  error?: string;
  /** The numbers in the message (sent ones). */
  digest?: DigestData;
}

/** What a run did. */
export interface DigestResult {
  week: string;
  sent: DigestOutcome[];
  /** Already delivered for this week (the delivery log says so): nothing sent again. */
  skipped: DigestOutcome[];
  failed: DigestOutcome[];
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/**
 * The weekly manager digest (seed 002): for every manager of every org, the week's top and bottom five, team average
 * and assignment completion (see `computeDigest`), rendered in the manager's locale and the org's time zone, and
 * sent once per manager and week: the delivery log is checked before and written after each message. A manager
 * whose team had no scored attempt gets a short digest saying so (with the completion rate, which can still move).
 * A message that fails is retried `attempts` times, then reported in `failed`; the other managers still get theirs.
 */
export async function runDigest(options: DigestOptions): Promise<DigestResult> {
  const { client, directory, send, deliveryLog, signal, onEvent } = options;
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const domain = options.messageIdDomain ?? 'learnlens.invalid';
  digestWeek(options.week, 'UTC');
  const result: DigestResult = { week: options.week, sent: [], skipped: [], failed: [] };
  const orgs = (await directory.orgs()).filter((o) => !options.orgIds || options.orgIds.includes(o.orgId));

  for (const org of orgs) {
    const week = digestWeek(options.week, org.timezone);
    const managers = (await directory.users(org.orgId)).filter((u) => u.role === 'manager');
    for (const manager of managers) {
      signal?.throwIfAborted();
      const base: DigestOutcome = { orgId: org.orgId, managerId: manager.userId, to: manager.email, week: week.from };
      const key = `${org.orgId}/${manager.userId}/${week.from}`;
      try {
        if (await deliveryLog.has(key)) {
          result.skipped.push(base);
          onEvent?.({ orgId: org.orgId, managerId: manager.userId, status: 'skipped', detail: 'already delivered' });
          continue;
        }
        if (!manager.email.includes('@')) throw new Error(`manager ${manager.userId} has no email address`);
        const digest = await computeDigest(client, { userId: manager.userId, role: 'manager', orgId: org.orgId }, week, signal);
        const message = buildMessage(options.from, manager, digest, options.defaultLocale ?? 'en-US', org.timezone, domain);
        const sent = await sendWithRetries(send, message, attempts, retryDelayMs, signal, (n, error) =>
          onEvent?.({ orgId: org.orgId, managerId: manager.userId, status: 'retrying', detail: `try ${n} failed: ${errorMessage(error)}` }),
        );
        const record = {
          key,
          orgId: org.orgId,
          managerId: manager.userId,
          week: week.from,
          to: manager.email,
          messageId: sent.messageId,
          deliveredAt: new Date().toISOString(),
          ...(sent.file ? { file: sent.file } : {}),
        };
        await deliveryLog.record(record);
        result.sent.push({ ...base, messageId: sent.messageId, ...(sent.file ? { file: sent.file } : {}), noActivity: digest.noActivity, attempts: sent.attempts, digest });
        onEvent?.({ orgId: org.orgId, managerId: manager.userId, status: 'sent' });
      } catch (error) {
        if (signal?.aborted) throw error;
        const failedAfter = (error as { attempts?: number }).attempts;
        result.failed.push({ ...base, error: errorMessage(error), ...(failedAfter ? { attempts: failedAfter } : {}) });
        onEvent?.({ orgId: org.orgId, managerId: manager.userId, status: 'failed', detail: errorMessage(error) });
      }
    }
  }
  return result;
}

function buildMessage(from: string, manager: DirectoryUser, digest: DigestData, defaultLocale: string, timeZone: string, domain: string): DigestMessage {
  const format = digestFormat(manager.locale ?? defaultLocale, timeZone);
  const rendered = renderDigest(manager.displayName, digest, format);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  return {
    from,
    to: manager.email,
    ...rendered,
    messageId: `<digest.${safe(digest.week.from)}.${safe(manager.orgId)}.${safe(manager.userId)}@${domain}>`,
    orgId: manager.orgId,
    managerId: manager.userId,
    week: digest.week.from,
  };
}

async function sendWithRetries(
  send: DigestSender,
  message: DigestMessage,
  attempts: number,
  delayMs: number,
  signal: AbortSignal | undefined,
  onRetry: (attempt: number, error: unknown) => void,
): Promise<{ messageId: string; file?: string; attempts: number }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ...(await send(message)), attempts: attempt };
    } catch (error) {
      // A permanent SMTP refusal (5xx: no such mailbox, policy) will not change on a retry.
      const code = (error as { responseCode?: number }).responseCode;
      const permanent = typeof code === 'number' && code >= 500;
      if (attempt >= attempts || permanent || signal?.aborted) {
        throw Object.assign(new Error(`${errorMessage(error)} (after ${attempt} ${attempt === 1 ? 'try' : 'tries'})`, { cause: error }), { attempts: attempt });
      }
      onRetry(attempt, error);
      await sleep(delayMs * 2 ** (attempt - 1), signal);
    }
  }
}
