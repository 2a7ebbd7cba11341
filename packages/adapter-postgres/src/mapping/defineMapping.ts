import { MappingError } from '../errors.js';
import { quoteIdent, quoteTable } from '../identifiers.js';
import { compileAudit, type CompiledAudit } from './audit.js';
import { canonicalColumns, canonicalTables, type CanonicalTable, type ColumnSpec } from './canonical.js';
import { renderExpr } from './expr.js';
import type { MappingSpec, TableSpec } from './spec.js';

/** A checked mapping: every canonical table as an SQL relation with the canonical columns and types. */
export interface Mapping {
  /** The mapping's label. */
  readonly name: string;
  /** The spec it was built from. */
  readonly spec: MappingSpec;
  /** The canonical tables the host maps (the others read as empty). */
  readonly mapped: ReadonlySet<CanonicalTable>;
  /** The audit insert, or null when the mapping has no audit table. */
  readonly audit: CompiledAudit | null;
  /** `(SELECT … ) ` of one canonical table, ready to follow FROM or JOIN with an alias. */
  relation(table: CanonicalTable): string;
}

const SPEC_KEYS = ['name', 'schema', 'tables', 'audit'];
const TABLE_KEYS = ['table', 'joins', 'columns'];
const JOIN_KEYS = ['as', 'table', 'on', 'inner'];

function checkKeys(value: unknown, keys: readonly string[], what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new MappingError(`${what} must be an object`);
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  if (extra.length > 0) throw new MappingError(`${what} has unexpected key(s) ${extra.map((k) => `"${k}"`).join(', ')}`);
  return value as Record<string, unknown>;
}

function qualified(table: unknown, schema: string | undefined, what: string): string {
  if (typeof table === 'string' && !table.includes('.') && schema !== undefined) return quoteTable(`${schema}.${table}`, what);
  return quoteTable(table, what);
}

// A mapped table as a derived relation whose columns are exactly the canonical ones, cast to canonical types.
// PostgreSQL pulls such subqueries up into the statement, so filters on `org_id` still reach the host's indexes.
function compileTable(name: CanonicalTable, spec: TableSpec, schema: string | undefined): string {
  const what = `tables.${name}`;
  checkKeys(spec, TABLE_KEYS, what);
  const columns = checkKeys(spec.columns, Object.keys(canonicalColumns[name]), `${what}.columns`);
  const from = `${qualified(spec.table, schema, `${what}.table`)} src`;
  const aliases = new Set<string>();
  const joins: string[] = [];
  if (spec.joins !== undefined && !Array.isArray(spec.joins)) throw new MappingError(`${what}.joins must be a list`);
  (spec.joins ?? []).forEach((join, k) => {
    const jw = `${what}.joins[${k}]`;
    checkKeys(join, JOIN_KEYS, jw);
    const on = checkKeys(join.on, ['column', 'equals'], `${jw}.on`);
    const alias = quoteIdent(join.as, `${jw}.as`);
    if (join.as === 'src' || aliases.has(join.as)) throw new MappingError(`${jw}.as: "${join.as}" is already in use`);
    if (typeof on.equals !== 'string') throw new MappingError(`${jw}.on.equals must be a column name`);
    const right = renderExpr(on.equals, aliases, `${jw}.on.equals`);
    joins.push(
      `${join.inner === true ? 'JOIN' : 'LEFT JOIN'} ${qualified(join.table, schema, `${jw}.table`)} ${alias} ON ${alias}.${quoteIdent(on.column, `${jw}.on.column`)} = ${right}`,
    );
    aliases.add(join.as);
  });
  const select = Object.entries(canonicalColumns[name] as Record<string, ColumnSpec>).map(([column, c]) => {
    const expr = columns[column];
    if (expr === undefined) {
      if (c.required) throw new MappingError(`${what}.columns.${column} is required`);
      return `CAST(NULL AS ${c.type}) AS ${column}`;
    }
    return `CAST(${renderExpr(expr, aliases, `${what}.columns.${column}`)} AS ${c.type}) AS ${column}`;
  });
  return `(SELECT ${select.join(', ')} FROM ${[from, ...joins].join(' ')})`;
}

// Relations of unmapped tables: no rows, the canonical columns. Orgs without a table are the orgs users belong to.
function emptyRelation(name: CanonicalTable): string {
  const select = Object.entries(canonicalColumns[name] as Record<string, ColumnSpec>).map(([c, s]) => `CAST(NULL AS ${s.type}) AS ${c}`);
  return `(SELECT ${select.join(', ')} WHERE false)`;
}

/**
 * Checks a host's mapping and compiles it. Throws MappingError, naming the offending entry, for anything that is not
 * a plain identifier, a known canonical table or column, or one of the expression shapes of `ColumnExpr`.
 */
export function defineMapping(spec: MappingSpec): Mapping {
  checkKeys(spec, SPEC_KEYS, 'the mapping');
  const schema = spec.schema;
  if (schema !== undefined) quoteIdent(schema, 'schema');
  const tables = checkKeys(spec.tables, canonicalTables, 'tables') as MappingSpec['tables'];
  if (tables.users === undefined) throw new MappingError('tables.users is required: scope is resolved from it');
  const relations = new Map<CanonicalTable, string>();
  for (const name of canonicalTables) {
    const t = tables[name];
    if (t !== undefined) relations.set(name, compileTable(name, t, schema));
  }
  const mapped = new Set(relations.keys());
  if (!relations.has('orgs')) {
    relations.set(
      'orgs',
      `(SELECT DISTINCT u.org_id, CAST(NULL AS text) AS name, CAST(NULL AS text) AS timezone, CAST(NULL AS text) AS score_scale FROM ${relations.get('users')!} u)`,
    );
  }
  for (const name of canonicalTables) if (!relations.has(name)) relations.set(name, emptyRelation(name));
  const audit = spec.audit === undefined ? null : compileAudit(spec.audit, schema);
  return {
    name: typeof spec.name === 'string' ? spec.name : 'custom',
    spec,
    mapped,
    audit,
    relation: (table) => relations.get(table)!,
  };
}
