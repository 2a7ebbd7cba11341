import { biColumnNames, biExportColumns, type ExportColumn } from '@learnlens/data-client';

/** Version of the BI file layout; part of every object key, so a new layout never overwrites old objects. */
export const BI_SCHEMA_VERSION = 'v1';

/** Seed 000's BI export columns, in the seed's order (the export dataset "bi", shared with the server's analytics route). */
export { biColumnNames };

/** The BI columns with their types: the export's "bi" dataset, the one definition the server's analytics route uses too. */
export const biColumns: readonly ExportColumn[] = biExportColumns;
