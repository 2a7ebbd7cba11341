import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DigestMessage, DigestSender } from './runDigest.js';

/** A sender over a nodemailer transport the host configured. */
export function transportSender(transport: Transporter): DigestSender {
  return async (message) => {
    const info = await transport.sendMail(mailOf(message));
    return { messageId: String(info.messageId ?? message.messageId) };
  };
}

function mailOf(message: DigestMessage) {
  return { from: message.from, to: message.to, subject: message.subject, html: message.html, text: message.text, messageId: message.messageId };
}

/** Options of `smtpSender`. */
export interface SmtpSenderOptions {
  /** Per-connection timeouts in ms (default 30,000), so a silent server fails a message instead of hanging the job. */
  timeoutMs?: number;
}

/**
 * A sender over SMTP: `url` as nodemailer reads it, e.g. "smtp://user:pass@mail.example.com:587" (STARTTLS when the
 * server offers it) or "smtps://…:465" (TLS from the start). `close` ends the pooled connection.
 */
export function smtpSender(url: string, options: SmtpSenderOptions = {}): DigestSender & { close(): void } {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport(url, {}) as Transporter;
  Object.assign((transport as unknown as { options: Record<string, unknown> }).options, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return Object.assign(transportSender(transport), { close: () => transport.close() });
}

/** The file an .eml digest is written to under `dir`. */
export function emlPath(dir: string, message: Pick<DigestMessage, 'week' | 'orgId' | 'managerId'>): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  return join(dir, message.week, `${safe(message.orgId)}--${safe(message.managerId)}.eml`);
}

/** A sender that writes each message as an .eml file (RFC 5322, as it would be sent) under `dir/<week>/`. */
export function emlFileSender(dir: string): DigestSender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return async (message) => {
    const info = (await transport.sendMail(mailOf(message))) as { message: Buffer; messageId: string };
    const path = emlPath(dir, message);
    await mkdir(join(dir, message.week), { recursive: true });
    await writeFile(path, info.message);
    return { messageId: info.messageId, file: path };
  };
}
