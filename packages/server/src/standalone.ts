import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createLearnlensHandler } from './handler.js';
import type { LearnlensHandlerOptions } from './options.js';

/** Options of `startLearnlensServer`: the handler's, plus where to listen. */
export interface LearnlensServerOptions extends LearnlensHandlerOptions {
  /** TCP port (default 0: any free port, see `port` on the result). */
  port?: number;
  /** Interface to bind (default "127.0.0.1": loopback only; put a TLS-terminating proxy in front for anything else). */
  host?: string;
}

/** A running standalone server. */
export interface LearnlensServer {
  /** The underlying node:http server. */
  readonly server: Server;
  /** The bound host. */
  readonly host: string;
  /** The bound port. */
  readonly port: number;
  /** The base URL of the routes, e.g. "http://127.0.0.1:8787/learnlens". */
  readonly url: string;
  /** Stops accepting connections and resolves once open requests have finished. */
  close(): Promise<void>;
}

/** Starts a node:http server with the Learnlens handler (what `learnlens serve` runs). */
export async function startLearnlensServer(options: LearnlensServerOptions): Promise<LearnlensServer> {
  const { port = 0, host = '127.0.0.1', ...handlerOptions } = options;
  const handler = createLearnlensHandler(handlerOptions);
  try {
    await handler.ready();
  } catch (error) {
    await handler.close();
    throw error;
  }
  const server = createServer((req, res) => handler(req, res));
  // Connections that never carried a request (clients open them ahead of time) are not "idle" to node:http and
  // would hold `close` until they time out.
  const unused = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    unused.add(socket);
    socket.once('close', () => unused.delete(socket));
  });
  server.on('request', (req: IncomingMessage) => unused.delete(req.socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('error', () => void handler.close());
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const base = '/' + (handlerOptions.basePath ?? '/learnlens').replace(/^\/+|\/+$/g, '');
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    server,
    host: address.address,
    port: address.port,
    url: `http://${urlHost}:${address.port}${base === '/' ? '' : base}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        for (const socket of unused) socket.destroy();
      }).finally(() => handler.close());
      return closing;
    },
  };
}
