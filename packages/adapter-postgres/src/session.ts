import type { Viewer } from '@learnlens/data-client';
import pg from 'pg';
import { isConnectionLost, toAdapterError } from './errors.js';
import { queryRows, type Exec } from './sql/exec.js';

/** How the adapter talks to the server: its pool and the per-transaction settings. */
export interface SessionConfig {
  pool: pg.Pool;
  /** Connection settings for the short-lived connection that cancels an aborted statement. */
  cancelConfig: pg.ClientConfig;
  /** Claims set as `request.jwt.claims` for the viewer, as Supabase's API would, so row-level security applies. */
  claims: ((viewer: Viewer) => object | undefined) | undefined;
  /** A role to `SET LOCAL ROLE` to in each transaction (e.g. Supabase's "authenticated"); checked as an identifier. */
  role: string | undefined;
  /** Per-statement time limit in ms (a `statement_timeout` local to the transaction). */
  statementTimeoutMs: number | undefined;
}

async function cancelBackend(config: pg.ClientConfig, pid: number): Promise<void> {
  const canceller = new pg.Client(config);
  try {
    await canceller.connect();
    await canceller.query('SELECT pg_cancel_backend($1::int)', [pid]);
  } catch {
    // The connection is destroyed after an abort anyway, which ends the statement at the latest then.
  } finally {
    await canceller.end().catch(() => undefined);
  }
}

async function connect(pool: pg.Pool, signal: AbortSignal | undefined): Promise<pg.PoolClient> {
  if (!signal) return pool.connect();
  signal.throwIfAborted();
  const pending = pool.connect();
  return new Promise<pg.PoolClient>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      pending.then((c) => c.release(), () => undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (c) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) c.release();
        else resolve(c);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Runs `fn` on one pooled connection for `viewer`. With claims, a role or a statement timeout configured, it runs in
 * a transaction (read-only unless `write`) that first sets them locally, so they never outlive the request. An abort
 * cancels the running statement on the server (pg_cancel_backend from a separate connection), discards the
 * connection, and rejects with the signal's reason; driver errors become AdapterErrors.
 */
export async function withSession<T>(
  config: SessionConfig,
  viewer: Viewer,
  options: { write: boolean; what: string; signal: AbortSignal | undefined },
  fn: (exec: Exec) => Promise<T>,
): Promise<T> {
  const { signal, what } = options;
  let client: pg.PoolClient;
  try {
    client = await connect(config.pool, signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toAdapterError(error, what);
  }
  let discard = false;
  // The pool listens for errors only on idle connections: one the server drops while it is checked out here
  // (pg_terminate_backend, a restart) emits 'error' when its socket closes, which unheard would crash the process.
  const onConnectionError = () => {
    discard = true;
  };
  client.on('error', onConnectionError);
  let cancelling: Promise<void> | undefined;
  const pid = (client as unknown as { processID: number | null }).processID;
  const onAbort = () => {
    discard = true;
    if (pid !== null) cancelling = cancelBackend(config.cancelConfig, pid);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const exec: Exec = (sql, values) => {
    signal?.throwIfAborted();
    return queryRows(client, sql, values);
  };

  let open = false;
  try {
    const claims = config.claims?.(viewer);
    const transaction = claims !== undefined || config.role !== undefined || config.statementTimeoutMs !== undefined;
    if (transaction) {
      await exec(options.write ? 'BEGIN' : 'BEGIN READ ONLY', []);
      open = true;
      const settings: Array<[string, string]> = [];
      if (claims !== undefined) settings.push(['request.jwt.claims', JSON.stringify(claims)]);
      if (config.statementTimeoutMs !== undefined) {
        settings.push(['statement_timeout', String(Math.max(1, Math.round(config.statementTimeoutMs)))]);
      }
      if (config.role !== undefined) settings.push(['role', config.role]);
      if (settings.length > 0) {
        const calls = settings.map((_, k) => `set_config($${2 * k + 1}::text, $${2 * k + 2}::text, true)`);
        await exec(`SELECT ${calls.join(', ')}`, settings.flat());
      }
    }
    const result = await fn(exec);
    if (open) {
      await exec('COMMIT', []);
      open = false;
    }
    return result;
  } catch (error) {
    // A dead connection must not go back to the pool, where the next request would get it.
    if (isConnectionLost(error)) discard = true;
    if (open && !discard) await queryRows(client, 'ROLLBACK', []).catch(() => (discard = true));
    if (signal?.aborted) throw signal.reason;
    throw toAdapterError(error, what);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (cancelling) await cancelling;
    client.removeListener('error', onConnectionError);
    client.release(discard ? true : undefined);
  }
}
