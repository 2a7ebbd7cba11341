'use client';
import type { ExportFormat } from '@learnlens/data-client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useExport } from '../../hooks/useExport.js';
import { useExportRows } from '../../hooks/useExportRows.js';
import { ThemeScope } from '../../theme/ThemeScope.js';
import { describeError } from '../../widget-shell/errorMessage.js';
import { WidgetError } from '../../widget-shell/states.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { exportMessages } from '../../i18n/en/exportButton.js';
import { ActionStyles, AlertStyles } from '../../widget-shell/partStyles.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { exportFormats, type ExportButtonProps } from './exportButton.types.js';
import { downloadExport, formatName, formatRefusal, progressText } from './exportButton.utils.js';
import { ExportStyles } from './exportStyles.js';

function ExportButtonView({
  params,
  formats = exportFormats,
  defaultFormat,
  label,
  onExport,
  onError,
  pageSize,
  theme,
  tokens,
  className,
}: ExportButtonProps) {
  const fmt = useFormat(exportMessages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>(defaultFormat ?? formats[0] ?? 'csv');
  const [handoffError, setHandoffError] = useState<Error | null>(null);
  const scopeRef = useRef<HTMLElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const exporter = useExport();
  // The count is the first thing the panel shows; it is never stale, since the export must match it.
  const count = useExportRows({ ...params, limit: 1 }, { enabled: open, keepPreviousData: false, staleTime: 0 });
  const rowCount = count.data?.total;
  const refusal = rowCount === undefined ? null : formatRefusal(format, rowCount, fmt);
  const running = exporter.status === 'running';
  const failure = handoffError ?? exporter.error;

  useEffect(() => {
    if (failure) onError?.(failure);
  }, [failure, onError]);

  // The dialog takes focus when it opens, so keyboard and screen-reader users land inside it.
  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const run = async () => {
    setHandoffError(null);
    const result = await exporter.start({ format, params, ...(pageSize ? { pageSize } : {}) });
    if (!result) return;
    try {
      if (onExport) await onExport(result);
      else if (scopeRef.current) downloadExport(result, scopeRef.current);
    } catch (error) {
      setHandoffError(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };


  return (
    <ThemeScope
      as="div"
      widget="export-button"
      theme={theme}
      tokens={tokens}
      className={className ? `ll-inline ${className}` : 'll-inline'}
      data-state={running ? 'running' : exporter.status}
      ref={scopeRef}
      onKeyDown={onKeyDown}
    >
      <ExportStyles />
      <AlertStyles />
      <ActionStyles />
      <button
        ref={triggerRef}
        type="button"
        className="ll-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-haspopup="dialog"
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label ?? fmt.t('export.label')}
      </button>
      {open ? (
        <div
          id={`${id}-panel`}
          ref={panelRef}
          tabIndex={-1}
          className="ll-popover ll-stack"
          role="dialog"
          aria-label={fmt.t('export.dialog')}
          data-slot="panel"
        >
          <div data-slot="row-count" aria-live="polite">
            {count.status === 'error' ? (
              <WidgetError
                error={count.error}
                subject={fmt.t('export.rowCountSubject')}
                onRetry={() => void count.refetch()}
                retrying={count.isFetching}
                messages={exportMessages}
              />
            ) : rowCount === undefined ? (
              <p>{fmt.t('export.counting')}</p>
            ) : (
              <p>{fmt.t('export.rows', { count: rowCount })}</p>
            )}
          </div>
          {formats.length > 1 ? (
            <fieldset className="ll-stack" style={{ border: 0, padding: 0, margin: 0 }} disabled={running}>
              <legend className="ll-description">{fmt.t('export.format')}</legend>
              <div style={{ display: 'flex', gap: 12 }}>
                {formats.map((f) => (
                  <label key={f} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
                    <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
                    {formatName(f)}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {refusal ? (
            <div className="ll-alert" role="alert" data-slot="limit">
              <p>{refusal}</p>
              {formats.includes('parquet') ? (
                <button type="button" className="ll-button" onClick={() => setFormat('parquet')} style={{ marginTop: 8 }}>
                  {fmt.t('export.switchParquet')}
                </button>
              ) : null}
            </div>
          ) : null}
          {rowCount === 0 ? <p data-slot="nothing">{fmt.t('export.nothing')}</p> : null}
          {running ? (
            <div data-slot="progress">
              <p>{progressText(exporter.progress, fmt)}</p>
              <progress
                aria-label={fmt.t('export.progress')}
                value={exporter.progress?.rowsDone ?? 0}
                max={Math.max(1, exporter.progress?.rowsTotal ?? 0)}
              />
            </div>
          ) : null}
          {failure && !running ? (
            <WidgetError error={failure} subject={fmt.t('export.subject')} onRetry={() => void run()} messages={exportMessages} />
          ) : null}
          {exporter.status === 'success' && exporter.result && !handoffError ? (
            <p role="status" data-slot="done">
              {fmt.t(onExport ? 'export.exported' : 'export.downloaded', {
                count: exporter.result.rowCount,
                format: formatName(exporter.result.format),
                file: exporter.result.fileName,
              })}
            </p>
          ) : null}
          <div className="ll-actions">
            {running ? (
              <button type="button" className="ll-button" onClick={exporter.cancel}>
                {fmt.t('export.cancel')}
              </button>
            ) : (
              <button
                type="button"
                className="ll-button"
                data-variant="primary"
                onClick={() => void run()}
                disabled={rowCount === undefined || rowCount === 0 || refusal !== null}
              >
                {rowCount === undefined
                  ? fmt.t(onExport ? 'export.run' : 'export.download', { format: formatName(format) })
                  : fmt.t(onExport ? 'export.runRows' : 'export.downloadRows', { format: formatName(format), count: rowCount })}
              </button>
            )}
            <button type="button" className="ll-button" onClick={close}>
              {fmt.t('export.close')}
            </button>
          </div>
        </div>
      ) : null}
    </ThemeScope>
  );
}

/** Exports what a widget or view shows as CSV (at most 10,000 rows) or Parquet, audited before any byte. */
export const ExportButton = withWidgetBoundary(ExportButtonView, {
  widget: 'export-button',
  title: 'export.label',
  subject: 'export.subject',
  messages: exportMessages,
});

/** Words for an export error, for hosts that show it elsewhere. */
export const describeExportError = (error: unknown) => describeError(error, 'the export');
