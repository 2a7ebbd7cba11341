import type { LearnlensClient } from '../client.js';
import type { AuditEntry } from '../domain.js';
import { streamExport, type ExportFormat, type ExportRequest } from './streamExport.js';

export type { ExportFormat, ExportProgress, ExportRequest, ExportStream } from './streamExport.js';

/** A finished export: the bytes, and the audit entry that was written before them. */
export interface ExportResult {
  audit: AuditEntry;
  bytes: Uint8Array;
  rowCount: number;
  format: ExportFormat;
  mimeType: string;
  fileName: string;
}

/**
 * `client.export`: `streamExport` gathered into one buffer (the audit entry is written before any byte exists).
 * Fine for a browser download; a server or a CLI writing a file should iterate `streamExport(...).chunks` instead.
 */
export async function runExport(client: LearnlensClient, request: ExportRequest): Promise<ExportResult> {
  let rowCount = 0;
  const onProgress = request.onProgress;
  const stream = await streamExport(client, {
    ...request,
    onProgress: (p) => {
      if (p.phase === 'done') rowCount = p.rowsDone;
      onProgress?.(p);
    },
  });
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream.chunks) {
    parts.push(chunk);
    size += chunk.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  const { audit, format, mimeType, fileName } = stream;
  return { audit, bytes, rowCount, format, mimeType, fileName };
}
