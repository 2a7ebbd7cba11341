import { MappingError } from './errors.js';

// One identifier part: what PostgreSQL accepts unquoted (minus `$`), so a mapping can never smuggle in quotes,
// whitespace, comments or operators, whatever it is quoted with.
const PART = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** True when `name` is a plain SQL identifier (letters, digits, underscores; at most 63 characters). */
export function isIdentifier(name: unknown): name is string {
  return typeof name === 'string' && PART.test(name);
}

/** `name` double-quoted after a strict identifier check; throws MappingError naming `what` otherwise. */
export function quoteIdent(name: unknown, what: string): string {
  if (!isIdentifier(name)) {
    throw new MappingError(`${what}: ${JSON.stringify(name)} is not a plain SQL identifier (letters, digits and _, not starting with a digit, at most 63 characters)`);
  }
  return `"${name}"`;
}

/** A table name, optionally schema-qualified ("schema.table"), each part checked and quoted. */
export function quoteTable(name: unknown, what: string): string {
  if (typeof name !== 'string') return quoteIdent(name, what);
  const parts = name.split('.');
  if (parts.length > 2) throw new MappingError(`${what}: ${JSON.stringify(name)} has more than one "." (expected "table" or "schema.table")`);
  return parts.map((p) => quoteIdent(p, what)).join('.');
}

// Characters allowed inside a constant string of a mapping: no quotes' escapes, backslashes or control characters
// can change how it is read, whatever standard_conforming_strings says.
const SAFE_TEXT = /^[^\\\u0000-\u001f\u007f]*$/;

/** A constant of a mapping as an SQL literal; strings are single-quoted with quotes doubled. */
export function literal(value: string | number | boolean | null, what: string): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new MappingError(`${what}: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value !== 'string' || value.length > 200 || !SAFE_TEXT.test(value)) {
    throw new MappingError(`${what}: ${JSON.stringify(value)} is not an allowed constant (a string of at most 200 characters without backslashes or control characters)`);
  }
  return `'${value.replaceAll("'", "''")}'`;
}
