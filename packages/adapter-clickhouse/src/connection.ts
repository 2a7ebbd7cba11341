import { AdapterError } from '@learnlens/data-client';
import { ADAPTER_NAME, looksLikeServerError, networkError, serverError, timeoutError } from './errors.js';
import { str } from './literal.js';

/** How to reach a ClickHouse server over its HTTP interface. */
export interface ClickHouseConnectionOptions {
  /** The HTTP interface, e.g. "http://127.0.0.1:8123" (credentials in the URL are moved to the Authorization header). */
  url: string;
  /** User name (default: the server's `default` user). */
  user?: string;
  /** Password of `user`. */
  password?: string;
  /** Database that unqualified table names resolve in (default "default"). */
  database?: string;
  /** The fetch implementation (default: the global fetch of Node 20 and browsers). */
  fetch?: typeof fetch;
  /** Longest wait for one statement, in ms (default 30 000); the server is told to stop at the same limit. */
  requestTimeoutMs?: number;
  /** Extra ClickHouse settings sent with every statement, e.g. `{ distributed_product_mode: 'global' }`. */
  settings?: Record<string, string | number | boolean>;
}

/** A result row as ClickHouse's JSON format gives it. */
export type Row = Record<string, unknown>;

/** Statements over one ClickHouse HTTP endpoint. */
export interface ClickHouseConnection {
  /** The endpoint, without credentials. */
  readonly url: string;
  /** The database unqualified names resolve in. */
  readonly database: string;
  /** Runs a read-only SELECT (the server refuses writes in it) and returns its rows. */
  select(sql: string, signal?: AbortSignal): Promise<Row[]>;
  /**
   * Runs a statement that returns no rows (DDL, INSERT … VALUES). With `idempotent` (e.g. `CREATE … IF NOT EXISTS`)
   * it is sent again once when a kept-alive connection turns out closed, as reads are.
   */
  command(sql: string, signal?: AbortSignal, options?: { idempotent?: boolean }): Promise<void>;
  /** Inserts newline-separated JSON rows into a table (its name already quoted). */
  insertJson(table: string, lines: string, signal?: AbortSignal): Promise<void>;
}

const SETTING_NAME = /^[a-z_][a-z0-9_]*$/;

// Settings the adapter fixes because its answers depend on them; a host may restate them, not change them.
const FIXED_SETTINGS: Record<string, string> = {
  // A shard that cannot be reached must fail the statement: skipping it would present part of the data as all of it.
  skip_unavailable_shards: '0',
};

function checkedSettings(settings: Record<string, string | number | boolean> | undefined): Array<[string, string]> {
  return Object.entries(settings ?? {}).map(([name, value]) => {
    if (!SETTING_NAME.test(name)) throw new TypeError(`Not a ClickHouse setting name: ${JSON.stringify(name)}`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Setting ${name} must be finite`);
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    const fixed = FIXED_SETTINGS[name];
    if (fixed !== undefined && text !== fixed) {
      throw new TypeError(`Setting ${name} must stay ${fixed}: with it the adapter could return a partial answer as if it were whole`);
    }
    return [name, text];
  });
}

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** A request that got no answer at all (refused, reset, DNS). */
class LostConnection extends Error {
  constructor(cause: unknown) {
    super('connection lost', { cause });
  }
}

/** True when fetch failed while writing the request out: the server closed the socket before having all of it. */
function unsent(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; syscall?: unknown } } | undefined)?.cause;
  return cause?.code === 'EPIPE' && cause.syscall === 'write';
}

interface Exchange {
  sql: string;
  /** Data sent as the body, with the statement moved to the `query` URL parameter. */
  data?: string;
  readonly: boolean;
  /** Safe to send twice: reads, and statements declared idempotent. */
  resendable: boolean;
  signal: AbortSignal | undefined;
}

/** Opens a connection description; nothing is sent until the first statement. */
export function connectClickHouse(options: ClickHouseConnectionOptions): ClickHouseConnection {
  const endpoint = new URL(options.url);
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') {
    throw new TypeError(`ClickHouse url must be http(s): ${endpoint.protocol}`);
  }
  const user = options.user ?? (endpoint.username ? decodeURIComponent(endpoint.username) : undefined);
  const password = options.password ?? (endpoint.password ? decodeURIComponent(endpoint.password) : '');
  endpoint.username = '';
  endpoint.password = '';
  const database = options.database ?? 'default';
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  if (!(timeoutMs > 0)) throw new RangeError('requestTimeoutMs must be positive');
  const settings = checkedSettings(options.settings);
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (user !== undefined) headers.Authorization = basicAuth(user, password);
  const base = endpoint.toString().replace(/\/?(\?.*)?$/, '/');

  function urlFor(exchange: Exchange, queryId: string): string {
    const params = new URLSearchParams({ database, query_id: queryId, wait_end_of_query: '1', ...FIXED_SETTINGS });
    if (!exchange.readonly) {
      // An INSERT into a Distributed table returns once every shard holds its rows, not when they are queued locally.
      params.set('insert_distributed_sync', '1');
    } else {
      // readonly=2: the server refuses any write or DDL in this statement but still accepts the settings below.
      params.set('readonly', '2');
      params.set('max_execution_time', String(Math.ceil(timeoutMs / 1000)));
      params.set('join_use_nulls', '1');
      params.set('output_format_json_quote_64bit_integers', '0');
    }
    for (const [name, value] of settings) params.set(name, value);
    if (exchange.data !== undefined) params.set('query', exchange.sql);
    return `${base}?${params.toString()}`;
  }

  // Without this the server would finish an abandoned statement (18.16 has no cancel-on-disconnect for HTTP).
  function kill(queryId: string): void {
    const params = new URLSearchParams({ query: `KILL QUERY WHERE query_id = ${str(queryId)} ASYNC` });
    doFetch(`${base}?${params.toString()}`, { method: 'POST', headers, signal: AbortSignal.timeout(5_000) })
      .then((r) => r.body?.cancel())
      .catch(() => undefined);
  }

  async function once(exchange: Exchange): Promise<string> {
    const { signal } = exchange;
    signal?.throwIfAborted();
    const queryId = `learnlens-${globalThis.crypto.randomUUID()}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    // A caller that was busy (building a large INSERT) may not yet have seen a kept-alive socket close: one turn of
    // the event loop lets the pool drop it, rather than send a write that cannot be resent into it.
    if (!exchange.resendable) await new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
    let response: Response;
    let body: string;
    try {
      response = await doFetch(urlFor(exchange, queryId), {
        method: 'POST',
        headers,
        body: exchange.data ?? exchange.sql,
        signal: combined,
      });
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) {
        kill(queryId);
        throw signal.reason;
      }
      if (timeout.aborted) {
        kill(queryId);
        throw timeoutError(timeoutMs);
      }
      throw new LostConnection(error);
    }
    if (!response.ok || looksLikeServerError(body)) throw serverError(response.status, body);
    return body;
  }

  async function send(exchange: Exchange): Promise<string> {
    try {
      return await once(exchange);
    } catch (error) {
      if (!(error instanceof LostConnection)) throw error;
      // A kept-alive socket the server has just closed fails, usually before the statement reached it; only what is
      // safe to run twice is resent, and a write whose request could not even be written out (EPIPE: the server had
      // closed the socket, so it never had the whole statement, and an INSERT's rows count only once complete).
      if (!exchange.resendable && !unsent(error.cause)) throw networkError(base, error.cause);
    }
    try {
      return await once(exchange);
    } catch (error) {
      throw error instanceof LostConnection ? networkError(base, error.cause) : error;
    }
  }

  return {
    url: base,
    database,
    async select(sql, signal) {
      const text = await send({ sql: `${sql}\nFORMAT JSON`, readonly: true, resendable: true, signal });
      let parsed: { data?: unknown };
      try {
        parsed = JSON.parse(text) as { data?: unknown };
      } catch {
        throw new AdapterError(ADAPTER_NAME, `ClickHouse answered with malformed JSON: ${text.slice(0, 200)}`, { transient: false });
      }
      if (!Array.isArray(parsed.data)) throw new AdapterError(ADAPTER_NAME, 'ClickHouse answered without a data array', { transient: false });
      return parsed.data as Row[];
    },
    async command(sql, signal, options) {
      await send({ sql, readonly: false, resendable: options?.idempotent === true, signal });
    },
    async insertJson(table, lines, signal) {
      await send({ sql: `INSERT INTO ${table} FORMAT JSONEachRow`, data: lines, readonly: false, resendable: false, signal });
    },
  };
}
