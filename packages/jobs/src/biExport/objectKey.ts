import { BI_SCHEMA_VERSION } from './biColumns.js';

/** Where one org's BI file for one day goes. */
export interface BiObjectKeyInput {
  /** BI_EXPORT_PREFIX, e.g. "learnlens/bi" (slashes at either end are ignored; empty for the bucket root). */
  prefix: string;
  orgId: string;
  /** The UTC calendar day, "YYYY-MM-DD". */
  date: string;
  format: 'parquet' | 'csv';
  schemaVersion?: string;
}

/**
 * The object key of one org's file for one day: Hive-style partitions BI tools read as columns. It depends only on
 * org, date, schema version and format, so a rerun of a day writes the same key and never a second object.
 */
export function biObjectKey({ prefix, orgId, date, format, schemaVersion = BI_SCHEMA_VERSION }: BiObjectKeyInput): string {
  const cleanPrefix = prefix.replace(/^\/+|\/+$/g, '');
  const path = `schema=${schemaVersion}/org_id=${encodeURIComponent(orgId)}/date=${date}/attempts.${format}`;
  return cleanPrefix === '' ? path : `${cleanPrefix}/${path}`;
}
