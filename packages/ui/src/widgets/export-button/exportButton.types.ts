import type { ExportFormat, ExportRequest, ExportResult } from '@learnlens/data-client';
import type { ThemeMode, ThemeTokens } from '../../theme/tokens.js';

/** Every export format, in the order offered. */
export const exportFormats: readonly ExportFormat[] = ['csv', 'parquet'];

/** Props of `ExportButton`. */
export interface ExportButtonProps {
  /** The same filters as the widget or view being exported (`exportRows` parameters, without paging). */
  params: ExportRequest['params'];
  /** Formats offered (default CSV and Parquet). */
  formats?: readonly ExportFormat[];
  /** The format selected first (default the first offered). */
  defaultFormat?: ExportFormat;
  /** The button's text (default "Export"). */
  label?: string;
  /** Receives the finished export instead of a browser download, e.g. to upload it; may be async. */
  onExport?: (result: ExportResult) => void | Promise<void>;
  /** Told about every failed export. */
  onError?: (error: Error) => void;
  /** Rows fetched per request (default 5,000). */
  pageSize?: number;
  /** Overrides the provider's theme. */
  theme?: ThemeMode;
  /** Overrides theme tokens. */
  tokens?: Partial<ThemeTokens>;
  /** Extra class on the scope element. */
  className?: string;
}
