import type { AuditEntry } from '@learnlens/data-client';
import { MappingError } from '../errors.js';
import { literal, quoteIdent, quoteTable } from '../identifiers.js';
import { auditColumns, type AuditColumn } from './canonical.js';
import type { AuditSpec } from './spec.js';

/** An audit insert compiled from a mapping: its SQL and how to bind an entry's values. */
export interface CompiledAudit {
  sql: string;
  values(entry: AuditEntry): unknown[];
}

const REQUIRED: readonly AuditColumn[] = ['org_id', 'user_id', 'at', 'format', 'row_count'];

function valueOf(entry: AuditEntry, column: AuditColumn): unknown {
  // JSON goes over the wire as text; pg would otherwise turn a JS object into something else.
  return column === 'params' ? JSON.stringify(entry.params) : entry[column];
}

/**
 * Compiles the audit mapping into one INSERT. Plain columns take untyped parameters, so PostgreSQL converts each to
 * its column's own type (uuid, timestamptz, integer…); JSON keys are gathered with jsonb_build_object per column.
 */
export function compileAudit(spec: AuditSpec, schema: string | undefined): CompiledAudit {
  if (spec === null || typeof spec !== 'object') throw new MappingError('audit must be an object');
  const extra = Object.keys(spec).filter((k) => k !== 'table' && k !== 'columns');
  if (extra.length > 0) throw new MappingError(`audit has unexpected key(s) ${extra.join(', ')}`);
  const table = typeof spec.table === 'string' && !spec.table.includes('.') && schema !== undefined ? `${schema}.${spec.table}` : spec.table;
  const target = quoteTable(table, 'audit.table');
  const columns = spec.columns ?? {};
  for (const k of Object.keys(columns)) {
    if (!(k in auditColumns)) throw new MappingError(`audit.columns has an unknown column "${k}"`);
  }
  for (const r of REQUIRED) if (columns[r] === undefined) throw new MappingError(`audit.columns.${r} is required`);

  const order: AuditColumn[] = [];
  const plain: Array<[string, string]> = [];
  const json = new Map<string, string[]>();
  for (const [column, dest] of Object.entries(columns) as Array<[AuditColumn, AuditSpec['columns'][AuditColumn]]>) {
    const what = `audit.columns.${column}`;
    order.push(column);
    const placeholder = `$${order.length}`;
    if (typeof dest === 'string') {
      plain.push([quoteIdent(dest, what), placeholder]);
    } else if (dest !== null && typeof dest === 'object' && Object.keys(dest).length === 2 && 'json' in dest && 'key' in dest) {
      const col = quoteIdent(dest.json, `${what}.json`);
      const pairs = json.get(col) ?? [];
      pairs.push(`${literal(dest.key, `${what}.key`)}, ${placeholder}::${auditColumns[column]}`);
      json.set(col, pairs);
    } else {
      throw new MappingError(`${what}: expected a column name or { json, key }`);
    }
  }
  const targets = [...plain.map(([c]) => c), ...json.keys()];
  if (new Set(targets).size !== targets.length) throw new MappingError('audit.columns: a column is written twice');
  const values = [...plain.map(([, v]) => v), ...[...json.values()].map((pairs) => `jsonb_build_object(${pairs.join(', ')})`)];
  return {
    sql: `INSERT INTO ${target} (${targets.join(', ')}) VALUES (${values.join(', ')})`,
    values: (entry) => order.map((c) => valueOf(entry, c)),
  };
}
