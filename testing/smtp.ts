// A throwaway SMTP server for tests, on loopback only (smtp-server from npm). It keeps every message it accepted,
// raw, with its envelope, and can refuse recipients on purpose: temporarily (451, a client should retry) or
// permanently (550).
//
//   const smtp = await startSmtp();        // in beforeAll
//   ... send to smtp.url ...
//   smtp.messages[0].raw                   // parse with mailparser's simpleParser
//   await smtp.stop();                     // in afterAll
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message the server accepted. */
export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A running throwaway SMTP server. */
export interface SmtpServer {
  /** "smtp://127.0.0.1:PORT" (no TLS, no authentication). */
  url: string;
  port: number;
  messages: ReceivedMessage[];
  /** Refuses RCPT TO for `address`: the next `times` tries with 451 (temporary), or always with 550 when `times` is "always". */
  refuseRecipient(address: string, times: number | 'always'): void;
  /** Stops the server; calling it again does nothing. */
  stop(): Promise<void>;
}

/** Starts an SMTP server on 127.0.0.1 (a random free port). */
export async function startSmtp(): Promise<SmtpServer> {
  const messages: ReceivedMessage[] = [];
  const refusals = new Map<string, number | 'always'>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const rule = refusals.get(address.address.toLowerCase());
      if (rule === 'always') return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      if (typeof rule === 'number' && rule > 0) {
        refusals.set(address.address.toLowerCase(), rule - 1);
        return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      }
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  let stopped = false;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    refuseRecipient(address, times) {
      refusals.set(address.toLowerCase(), times);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
