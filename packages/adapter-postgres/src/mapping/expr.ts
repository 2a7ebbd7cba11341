import { MappingError } from '../errors.js';
import { literal, quoteIdent } from '../identifiers.js';
import type { ColumnExpr } from './spec.js';

const MAX_DEPTH = 8;

/** Renders column references of one mapped table: "column" → src."column", "alias.column" → "alias"."column". */
export function columnRef(ref: unknown, aliases: ReadonlySet<string>, what: string): string {
  if (typeof ref !== 'string') throw new MappingError(`${what}: expected a column name, got ${JSON.stringify(ref)}`);
  const parts = ref.split('.');
  if (parts.length === 1) return `src.${quoteIdent(parts[0], what)}`;
  if (parts.length === 2 && aliases.has(parts[0]!)) return `${quoteIdent(parts[0], what)}.${quoteIdent(parts[1], what)}`;
  throw new MappingError(`${what}: ${JSON.stringify(ref)} is neither a column nor "join.column" of a declared join (${[...aliases].join(', ') || 'none'})`);
}

function onlyKeys(value: object, keys: readonly string[], what: string): void {
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  if (extra.length > 0) throw new MappingError(`${what}: unexpected key(s) ${extra.map((k) => `"${k}"`).join(', ')}`);
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 16) {
    throw new MappingError(`${what}: expected a list of 1 to 16 expressions`);
  }
  return value;
}

/** Renders a column expression of a mapping as SQL, checking every identifier and constant on the way. */
export function renderExpr(expr: unknown, aliases: ReadonlySet<string>, what: string, depth = 0): string {
  if (depth > MAX_DEPTH) throw new MappingError(`${what}: expression nested deeper than ${MAX_DEPTH} levels`);
  if (typeof expr === 'string') return columnRef(expr, aliases, what);
  if (expr === null || typeof expr !== 'object' || Array.isArray(expr)) {
    throw new MappingError(`${what}: expected a column name or an expression object, got ${JSON.stringify(expr)}`);
  }
  const e = expr as Record<string, unknown>;
  const sub = (x: unknown) => renderExpr(x, aliases, what, depth + 1);
  if ('const' in e) {
    onlyKeys(e, ['const'], what);
    return literal(e.const as ColumnExprConst, what);
  }
  if ('map' in e) {
    onlyKeys(e, ['map', 'values', 'else'], what);
    const values = e.values;
    if (values === null || typeof values !== 'object' || Array.isArray(values) || Object.keys(values).length === 0) {
      throw new MappingError(`${what}: "map" needs a non-empty "values" object`);
    }
    const whens = Object.entries(values as Record<string, unknown>).map(
      ([k, v]) => `WHEN ${literal(k, what)} THEN ${literal(v as ColumnExprConst, what)}`,
    );
    const otherwise = e.else === undefined ? '' : ` ELSE ${literal(e.else as ColumnExprConst, what)}`;
    return `(CASE CAST(${sub(e.map)} AS text) ${whens.join(' ')}${otherwise} END)`;
  }
  if ('boolToScore' in e) {
    onlyKeys(e, ['boolToScore'], what);
    const b = sub(e.boolToScore);
    return `(CASE WHEN ${b} THEN 1 WHEN NOT ${b} THEN 0 END)`;
  }
  if ('coalesce' in e) {
    onlyKeys(e, ['coalesce'], what);
    return `COALESCE(${list(e.coalesce, what).map(sub).join(', ')})`;
  }
  if ('meanOf' in e) {
    onlyKeys(e, ['meanOf'], what);
    const parts = list(e.meanOf, what).map((x) => `CAST(${sub(x)} AS float8)`);
    const sum = parts.map((p) => `COALESCE(${p}, 0)`).join(' + ');
    const count = parts.map((p) => `(${p} IS NOT NULL)::int`).join(' + ');
    return `((${sum}) / NULLIF(${count}, 0))`;
  }
  if ('jsonArray' in e) {
    onlyKeys(e, ['jsonArray'], what);
    return `COALESCE(CAST(to_json(${sub(e.jsonArray)}) AS text), '[]')`;
  }
  if ('plusMs' in e) {
    onlyKeys(e, ['plusMs'], what);
    const parts = list(e.plusMs, what);
    if (parts.length !== 2) throw new MappingError(`${what}: "plusMs" needs [instant, milliseconds]`);
    return `(CAST(${sub(parts[0])} AS timestamptz) + CAST(${sub(parts[1])} AS float8) * interval '1 millisecond')`;
  }
  throw new MappingError(`${what}: unknown expression ${JSON.stringify(expr)} (expected a column, const, map, boolToScore, coalesce, meanOf, jsonArray or plusMs)`);
}

type ColumnExprConst = Extract<ColumnExpr, { const: unknown }>['const'];
