import { canonicalColumns, canonicalTables, type CanonicalTable } from '../mapping/canonical.js';
import { defineMapping, type Mapping } from '../mapping/defineMapping.js';
import type { AuditSpec, MappingSpec, TableSpec } from '../mapping/spec.js';

const identity = (table: CanonicalTable): TableSpec => ({
  table,
  columns: Object.fromEntries(Object.keys(canonicalColumns[table]).map((c) => [c, c])),
});

/** The audit mapping onto `learnlens_audit_log` (created by `createCanonicalSchema` and the seed migrations). */
export const learnlensAuditSpec: AuditSpec = {
  table: 'learnlens_audit_log',
  columns: {
    audit_id: 'audit_id',
    at: 'at',
    org_id: 'org_id',
    user_id: 'user_id',
    role: 'role',
    action: 'action',
    format: 'format',
    row_count: 'row_count',
    query: 'query',
    params: 'params',
  },
};

/** The canonical tables as `createCanonicalSchema` creates them and `loadDataset` fills them, column for column. */
export const canonicalMappingSpec: MappingSpec = {
  name: 'canonical',
  tables: Object.fromEntries(canonicalTables.map((t) => [t, identity(t)])),
  audit: learnlensAuditSpec,
};

/** The default mapping: the canonical tables, answering every catalog query. */
export const canonicalMapping: Mapping = defineMapping(canonicalMappingSpec);
