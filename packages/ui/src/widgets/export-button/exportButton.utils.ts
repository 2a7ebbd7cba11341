import { CSV_ROW_LIMIT, type ExportFormat, type ExportProgress, type ExportResult } from '@learnlens/data-client';
import type { Formatters } from '../../widget-shell/format.js';

/** "CSV" / "Parquet". */
export function formatName(format: ExportFormat): string {
  return format === 'csv' ? 'CSV' : 'Parquet';
}

/** Why a format cannot take `rowCount` rows, or null when it can. */
export function formatRefusal(format: ExportFormat, rowCount: number, fmt: Pick<Formatters, 't' | 'number'>): string | null {
  if (format === 'csv' && rowCount > CSV_ROW_LIMIT) {
    return fmt.t('export.csvLimit', { limit: fmt.number(CSV_ROW_LIMIT), rows: fmt.number(rowCount) });
  }
  return null;
}

/** What the progress line says. */
export function progressText(progress: ExportProgress | null, fmt: Pick<Formatters, 't' | 'number'>): string {
  if (!progress || progress.phase === 'counting') return fmt.t('export.counting');
  // Pages are written as they arrive, so "encoding" follows every page: it is still fetching until the last row.
  const fetching = progress.phase === 'fetching' || (progress.phase === 'encoding' && progress.rowsDone < progress.rowsTotal);
  if (fetching) return fmt.t('export.fetching', { done: fmt.number(progress.rowsDone), total: fmt.number(progress.rowsTotal) });
  if (progress.phase === 'encoding') return fmt.t('export.encoding', { count: progress.rowsTotal });
  return fmt.t('export.done');
}

/**
 * Hands the file to the browser through a Blob and an object URL. The temporary link is attached to the
 * widget's own element, never to the host's.
 */
export function downloadExport(result: ExportResult, container: HTMLElement): void {
  const blob = new Blob([result.bytes as unknown as BlobPart], { type: result.mimeType });
  const url = URL.createObjectURL(blob);
  const link = container.ownerDocument.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  container.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled; revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
