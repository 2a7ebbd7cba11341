import {
  AdapterError,
  auditEntrySchema,
  queryNames,
  ScopeError,
  type AdapterAnswer,
  type AuditEntry,
  type BackendAdapter,
  type ExportFormat,
  type ExportRequest,
  type ExportResult,
  type QueryName,
  type QueryRequest,
  type ResolvedScope,
  type Viewer,
} from '@learnlens/data-client';
import { AuthenticationError, errorFromResponse } from './errors.js';

/** Options of `createHttpAdapter`. */
export interface HttpAdapterOptions {
  /** Where the server's routes are, e.g. "/learnlens" (same origin) or "https://api.example.com/learnlens". */
  baseUrl: string;
  /**
   * The session token the host's backend signed. Called before every request, so a refreshed token is picked up;
   * `viewer` is who the page is asking for, for hosts that hold one token per org.
   */
  getToken: (viewer: Viewer) => string | Promise<string>;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** The queries to offer (default: the whole catalog; the server refuses what it does not serve). */
  supportedQueries?: readonly QueryName[];
}

/** A request for the server's analytics export (seed 000's BI dataset; admins only). */
export interface AnalyticsExportRequest {
  format: ExportFormat;
  /** The `exportRows` filters (without paging). */
  params: Record<string, unknown>;
  viewer: Viewer;
  /** Where the caller puts the file (e.g. "s3://bucket/key"); the server records it in the audit entry. */
  destination?: string;
  signal?: AbortSignal;
}

/** The analytics export as it arrives: the audit entry the server wrote first, then the file's bytes as they stream. */
export interface AnalyticsExportStream {
  audit: AuditEntry;
  rowCount: number;
  mimeType: string;
  /** The file's bytes, read from the response as they are pulled; an interrupted download ends with an AdapterError. */
  chunks: AsyncIterable<Uint8Array>;
}

/** The browser side of `@learnlens/server`: a BackendAdapter whose every call is an authenticated HTTP request. */
export interface HttpAdapter extends BackendAdapter {
  /** Runs an export on the server, which writes the audit entry before it sends a byte; resolves with the file and that entry. */
  exportFile(request: ExportRequest): Promise<ExportResult>;
  /**
   * Streams seed 000's BI dataset from POST {base}/exports/analytics.parquet (or .csv): the server checks the viewer
   * is an admin, writes the audit entry and only then sends bytes (the nightly BI upload over http uses it).
   */
  exportAnalytics(request: AnalyticsExportRequest): Promise<AnalyticsExportStream>;
}

const NAME = 'http';

type JsonBody = { ok: true; value: unknown } | { ok: false; text: string };

async function readJson(response: Response): Promise<JsonBody> {
  const text = await response.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

function sameViewer(a: Viewer, b: unknown): boolean {
  const v = b as Partial<Viewer> | null;
  return v !== null && typeof v === 'object' && v.userId === a.userId && v.role === a.role && v.orgId === a.orgId;
}

function mismatch(page: Viewer, server: { userId?: unknown; orgId?: unknown; role?: unknown }): ScopeError {
  return new ScopeError(
    `The server answered for "${String(server.userId)}" (${String(server.role)}) in "${String(server.orgId)}", the signed-in session, ` +
      `not for the page's viewer "${page.userId}" (${page.role}) in "${page.orgId}": give the provider the viewer of the session`,
  );
}

/** Reads `filename*` (RFC 6266) or `filename` from a Content-Disposition header. */
function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename="([^"]*)"/i.exec(disposition);
  return plain ? plain[1]! : fallback;
}

/**
 * What the browser may know of the scope the server answered under: the viewer (the server's own answer says whom it
 * served), a learner's own id, and nothing else — the server never sends the ids of a learner's peers or of a manager's
 * team, and resolves and enforces the real scope itself, from the token.
 */
function scopeSeenByBrowser(viewer: Viewer): ResolvedScope {
  return {
    orgId: viewer.orgId,
    viewer,
    teamIds: null,
    userIds: viewer.role === 'learner' ? [viewer.userId] : null,
    peerUserIds: null,
  };
}

/**
 * Creates the HTTP adapter. `run` sends the query; the server resolves the scope from the token's viewer and its own
 * tables, runs the query and pseudonymises peers. `writeAudit` refuses, because only the server may write audit
 * entries: export with `exportFile` (or `createHttpClient`).
 */
export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const supportedQueries = [...(options.supportedQueries ?? queryNames)];

  async function send(path: string, viewer: Viewer, body: unknown, signal: AbortSignal | undefined, query?: string): Promise<Response> {
    let token: string;
    try {
      token = await options.getToken(viewer);
    } catch (error) {
      throw new AuthenticationError(NAME, 'missing', { cause: error });
    }
    if (typeof token !== 'string' || token.length === 0) throw new AuthenticationError(NAME, 'missing');
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const detail = error instanceof Error ? error.message : String(error);
      throw new AdapterError(NAME, `Could not reach the Learnlens server at ${base}: ${detail}`, { transient: true, cause: error });
    }
    if (!response.ok) {
      const parsed = await readJson(response).catch(() => ({ ok: false as const, text: '' }));
      throw errorFromResponse(NAME, response.status, parsed.ok ? parsed.value : undefined, query);
    }
    return response;
  }

  // The audit entry the server sent in its header, checked to be the requesting viewer's.
  function auditOf(response: Response, viewer: Viewer, params: Record<string, unknown>): AuditEntry {
    const header = response.headers.get('Learnlens-Audit');
    if (header === null) {
      throw new AdapterError(
        NAME,
        'The server sent an export without its audit entry (a cross-origin server must expose the "Learnlens-Audit" header)',
        { transient: false },
      );
    }
    let audit: AuditEntry;
    try {
      const raw = JSON.parse(decodeURIComponent(header)) as Record<string, unknown>;
      // The server leaves out filters too long for a header; they are the ones this request sent.
      audit = auditEntrySchema.parse({ params, ...raw });
    } catch (error) {
      throw new AdapterError(NAME, 'The export\'s audit entry from the server is malformed', { transient: false, cause: error });
    }
    if (!sameViewer(viewer, { userId: audit.user_id, role: audit.role, orgId: audit.org_id })) {
      throw mismatch(viewer, { userId: audit.user_id, role: audit.role, orgId: audit.org_id });
    }
    return audit;
  }

  return {
    name: NAME,
    supportedQueries,

    async run(request: QueryRequest, signal?: AbortSignal): Promise<AdapterAnswer> {
      const { viewer } = request;
      const response = await send('/query', viewer, { name: request.name, params: request.params }, signal, request.name);
      const parsed = await readJson(response);
      // Not JSON: hand the text on, and the client's result validation reports it.
      if (!parsed.ok) return { scope: scopeSeenByBrowser(viewer), result: parsed.text };
      const body = parsed.value as { result?: unknown; viewer?: unknown } | null;
      if (body && typeof body === 'object' && body.viewer !== undefined && !sameViewer(viewer, body.viewer)) {
        throw mismatch(viewer, body.viewer as Viewer);
      }
      return { scope: scopeSeenByBrowser(viewer), result: body && typeof body === 'object' ? body.result : body };
    },

    async writeAudit(_entry: AuditEntry): Promise<void> {
      throw new AdapterError(
        NAME,
        'Exports through the HTTP adapter are audited by the server: use adapter.exportFile() or createHttpClient(), whose export does',
        { transient: false },
      );
    },

    async exportFile(request: ExportRequest): Promise<ExportResult> {
      const { format, viewer, signal, onProgress } = request;
      const params: Record<string, unknown> = { ...request.params };
      delete params.limit;
      delete params.offset;
      onProgress?.({ phase: 'counting', rowsDone: 0, rowsTotal: 0 });
      const response = await send('/export', viewer, { format, params }, signal);

      const audit = auditOf(response, viewer, params);
      onProgress?.({ phase: 'fetching', rowsDone: 0, rowsTotal: audit.row_count });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw new AdapterError(NAME, 'The export download was interrupted', { transient: true, cause: error });
      }
      onProgress?.({ phase: 'done', rowsDone: audit.row_count, rowsTotal: audit.row_count });
      return {
        audit,
        bytes,
        rowCount: audit.row_count,
        format,
        mimeType: response.headers.get('Content-Type') ?? (format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.apache.parquet'),
        fileName: fileNameOf(response.headers.get('Content-Disposition'), `learnlens-export.${format}`),
      };
    },

    async exportAnalytics(request: AnalyticsExportRequest): Promise<AnalyticsExportStream> {
      const { format, viewer, signal } = request;
      if (format !== 'csv' && format !== 'parquet') throw new AdapterError(NAME, `Unknown export format "${String(format)}"`, { transient: false });
      const params: Record<string, unknown> = { ...request.params };
      delete params.limit;
      delete params.offset;
      const body = { params, ...(request.destination !== undefined ? { destination: request.destination } : {}) };
      const response = await send(`/exports/analytics.${format}`, viewer, body, signal);
      let audit: AuditEntry;
      try {
        audit = auditOf(response, viewer, params);
      } catch (error) {
        await response.body?.cancel().catch(() => undefined);
        throw error;
      }
      const stream = response.body;
      async function* chunks(): AsyncGenerator<Uint8Array> {
        if (stream === null) return;
        const reader = stream.getReader();
        try {
          for (;;) {
            let next: ReadableStreamReadResult<Uint8Array>;
            try {
              next = await reader.read();
            } catch (error) {
              if (signal?.aborted) throw signal.reason;
              throw new AdapterError(NAME, 'The export download was interrupted', { transient: true, cause: error });
            }
            if (next.done) return;
            yield next.value;
          }
        } finally {
          await reader.cancel().catch(() => undefined);
        }
      }
      return {
        audit,
        rowCount: audit.row_count,
        mimeType: response.headers.get('Content-Type') ?? (format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.apache.parquet'),
        chunks: chunks(),
      };
    },
  };
}
