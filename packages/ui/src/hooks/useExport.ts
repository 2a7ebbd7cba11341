'use client';
import type { ExportFormat, ExportProgress, ExportRequest, ExportResult } from '@learnlens/data-client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLearnlens } from '../provider/learnlensContext.js';

/** What to export: the format and the `exportRows` filters; the viewer comes from the provider. */
export interface ExportStartRequest {
  /** "csv" (at most 10,000 rows) or "parquet". */
  format: ExportFormat;
  /** The same filters as the widget or view being exported. */
  params: ExportRequest['params'];
  /** Rows fetched per request. */
  pageSize?: number;
}

/** Where an export is. */
export type ExportStatus = 'idle' | 'running' | 'success' | 'error';

/** State and controls of `useExport`. */
export interface UseExportResult {
  /** idle, running, success or error. */
  status: ExportStatus;
  /** The latest progress report while running. */
  progress: ExportProgress | null;
  /** The finished export, after success. */
  result: ExportResult | null;
  /** Why the last export failed (ExportLimitError, AuditWriteError, …). */
  error: Error | null;
  /** Starts an export; resolves with the result, or null when it failed or was cancelled. */
  start: (request: ExportStartRequest) => Promise<ExportResult | null>;
  /** Aborts a running export. */
  cancel: () => void;
  /** Back to idle. */
  reset: () => void;
}

interface ExportState {
  status: ExportStatus;
  progress: ExportProgress | null;
  result: ExportResult | null;
  error: Error | null;
}

const idle: ExportState = { status: 'idle', progress: null, result: null, error: null };

/**
 * Runs `client.export` for the provider's viewer with progress state. A running export is aborted when the
 * component unmounts or the viewer changes, so a file is never produced for someone who left.
 */
export function useExport(): UseExportResult {
  const { client, viewer } = useLearnlens();
  const [state, setState] = useState<ExportState>(idle);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);

  useEffect(() => {
    return () => cancel();
  }, [viewer, cancel]);

  const start = useCallback(
    async ({ format, params, pageSize }: ExportStartRequest): Promise<ExportResult | null> => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setState({ status: 'running', progress: null, result: null, error: null });
      try {
        const result = await client.export({
          format,
          params,
          viewer,
          signal: own.signal,
          onProgress: (progress) => {
            if (!own.signal.aborted) setState((s) => ({ ...s, progress }));
          },
          ...(pageSize ? { pageSize } : {}),
        });
        if (own.signal.aborted) return null;
        setState({ status: 'success', progress: null, result, error: null });
        return result;
      } catch (error) {
        if (own.signal.aborted) {
          setState(idle);
          return null;
        }
        setState({ status: 'error', progress: null, result: null, error: error instanceof Error ? error : new Error(String(error)) });
        return null;
      } finally {
        if (controller.current === own) controller.current = null;
      }
    },
    [client, viewer],
  );

  const reset = useCallback(() => {
    cancel();
    setState(idle);
  }, [cancel]);

  return { ...state, start, cancel, reset };
}
