import type { Message } from '../translate.js';

/** The English words of ExportButton. Other languages and host overrides come through the provider's `messages`. */
export const exportMessages = {
  'export.label': 'Export',
  // The headlines of the errors only an export meets (describeError's titles of EXPORT_LIMIT and AUDIT_WRITE).
  'error.exportLimit': 'Too many rows for CSV. Narrow the filters or choose Parquet.',
  'error.auditWrite': 'Export stopped: it could not be recorded in the audit log.',
  'export.subject': 'the export',
  'export.dialog': 'Export data',
  'export.rowCountSubject': 'the row count',
  'export.counting': 'Counting rows…',
  'export.rows': { one: 'This export has {count} row.', other: 'This export has {count} rows.' },
  'export.format': 'Format',
  'export.switchParquet': 'Switch to Parquet',
  'export.nothing': 'Nothing to export: no attempts match these filters.',
  'export.progress': 'Export progress',
  'export.fetching': 'Fetching rows: {done} of {total}',
  'export.encoding': { one: 'Writing the file ({count} row)…', other: 'Writing the file ({count} rows)…' },
  'export.done': 'Done',
  'export.csvLimit': 'CSV exports are limited to {limit} rows and this one has {rows}. Export as Parquet, which has no row limit, or narrow the filters.',
  'export.exported': { one: 'Exported {count} row as {format} ({file}).', other: 'Exported {count} rows as {format} ({file}).' },
  'export.downloaded': { one: 'Downloaded {count} row as {format} ({file}).', other: 'Downloaded {count} rows as {format} ({file}).' },
  'export.cancel': 'Cancel',
  'export.close': 'Close',
  'export.run': 'Export {format}',
  'export.download': 'Download {format}',
  'export.runRows': { one: 'Export {format} ({count} row)', other: 'Export {format} ({count} rows)' },
  'export.downloadRows': { one: 'Download {format} ({count} row)', other: 'Download {format} ({count} rows)' },
} as const satisfies Record<string, Message>;
