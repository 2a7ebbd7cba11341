import { AdapterError } from '@learnlens/data-client';

/** The adapter name errors carry. */
export const ADAPTER_NAME = 'clickhouse';

// Server exception codes worth retrying: overload, timeouts, lost replicas and shards, cancelled queries.
const TRANSIENT_CODES = new Set([
  3, // UNEXPECTED_END_OF_FILE
  159, // TIMEOUT_EXCEEDED
  160, // TOO_SLOW
  202, // TOO_MANY_SIMULTANEOUS_QUERIES
  209, // SOCKET_TIMEOUT
  210, // NETWORK_ERROR
  236, // ABORTED
  241, // MEMORY_LIMIT_EXCEEDED
  242, // TABLE_IS_READ_ONLY
  252, // TOO_MANY_PARTS
  279, // ALL_CONNECTION_TRIES_FAILED
  225, // NO_ZOOKEEPER
  285, // TOO_FEW_LIVE_REPLICAS
  319, // UNKNOWN_STATUS_OF_INSERT
  369, // ALL_REPLICAS_ARE_STALE
  394, // QUERY_WAS_CANCELLED
  425, // SYSTEM_ERROR
  999, // KEEPER_EXCEPTION
]);

// Codes that mean a shard (every replica of it) or a replica could not be reached from the server that took the
// statement: the statement failed as a whole, so no partial answer went out.
const UNREACHABLE_CODES = new Set([209, 210, 279, 285, 369]);

/** The exception code and message of a ClickHouse error body ("Code: 62, e.displayText() = DB::Exception: …"). */
export function parseServerError(body: string): { code: number; message: string } | null {
  const match = /Code: (\d+)[.,]\s*(?:e\.displayText\(\) = )?(?:DB::\w*Exception: )?([\s\S]*)/.exec(body);
  if (!match) return null;
  // Nested exceptions (a shard's "Connection refused" inside "All connection tries failed") keep only their text.
  const message = match[2]!
    .replace(/\s*Stack trace:[\s\S]*$/, '')
    .replace(/,? e\.what\(\) = DB::\w*Exception\s*$/gm, '')
    .replace(/,? e\.what\(\) = DB::\w*Exception[\s\S]*$/, '')
    .replace(/\s*\(version [^)]*\)\s*$/, '')
    .replace(/e\.displayText\(\) = DB::\w*Exception: /g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { code: Number(match[1]), message };
}

/** True when an HTTP response body is (or ends with) a server exception rather than data. */
export function looksLikeServerError(body: string): boolean {
  return /^Code: \d+[.,]/.test(body) || /\nCode: \d+[.,] [\s\S]*DB::Exception/.test(body);
}

/** The AdapterError of a failed HTTP exchange: transient for overload, timeouts and 5xx without an SQL error. */
export function serverError(status: number, body: string): AdapterError {
  // The exception may follow part of a result the server had already sent.
  const at = body.search(/Code: \d+/);
  const parsed = parseServerError(at >= 0 ? body.slice(at) : body);
  if (parsed) {
    const unreachable = UNREACHABLE_CODES.has(parsed.code) ? ' (a shard or replica could not be reached; no partial answer was returned)' : '';
    return new AdapterError(ADAPTER_NAME, `ClickHouse error ${parsed.code}${unreachable}: ${parsed.message}`, {
      transient: TRANSIENT_CODES.has(parsed.code),
    });
  }
  const text = body.trim().slice(0, 500) || '(empty body)';
  return new AdapterError(ADAPTER_NAME, `ClickHouse answered HTTP ${status}: ${text}`, {
    transient: status >= 500 || status === 408 || status === 429,
  });
}

/** The AdapterError of a request that never got an answer (connection refused or reset, DNS). */
export function networkError(url: string, cause: unknown): AdapterError {
  const detail = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
  return new AdapterError(ADAPTER_NAME, `ClickHouse at ${url} could not be reached: ${detail}`, { transient: true, cause });
}

/** The AdapterError of a request that took longer than the adapter's `requestTimeoutMs`. */
export function timeoutError(ms: number): AdapterError {
  return new AdapterError(ADAPTER_NAME, `ClickHouse did not answer within ${ms} ms`, { transient: true });
}
