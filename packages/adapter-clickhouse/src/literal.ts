// ClickHouse 18.16 has no query parameters over HTTP (`{name:Type}` with `param_name=` came in 19.x), so every
// value reaches a statement through these encoders. Each accepts one JavaScript type only and produces a literal
// that cannot end early: strings are quoted with every quote, backslash and control character escaped; numbers
// must be finite; identifiers come from a fixed pattern.

const MAX_DATETIME = 4_294_967_295;

/** A ClickHouse string literal of `value`; quotes, backslashes and control characters are escaped. */
export function str(value: string): string {
  if (typeof value !== 'string') throw new TypeError(`Expected a string for a SQL literal, got ${typeof value}`);
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** `expr IN ('a', 'b')`, or the constant false `0` for an empty list (ClickHouse rejects `IN ()`). */
export function inList(expr: string, values: readonly string[]): string {
  if (values.length === 0) return '0';
  return `${expr} IN (${values.map(str).join(', ')})`;
}

/** An integer literal; throws RangeError unless `value` is a safe integer. */
export function int(value: number): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${String(value)}`);
  return value < 0 ? `(${value})` : String(value);
}

/** A Float64 literal; throws RangeError unless `value` is finite. */
export function float(value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);
  const text = String(value);
  const literal = /[.e]/.test(text) ? text : `${text}.0`;
  return value < 0 ? `(${literal})` : literal;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A quoted identifier; throws unless `name` is letters, digits and underscores (not starting with a digit). */
export function ident(name: string): string {
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) throw new TypeError(`Not a valid ClickHouse identifier: ${JSON.stringify(name)}`);
  return `\`${name}\``;
}

/** A quoted table name, `table` or `database.table`, each part checked as by `ident`. */
export function tableIdent(name: string): string {
  const parts = typeof name === 'string' ? name.split('.') : [];
  if (parts.length < 1 || parts.length > 2) throw new TypeError(`Not a valid ClickHouse table name: ${JSON.stringify(name)}`);
  return parts.map(ident).join('.');
}

/** Comparison of a DateTime expression with an instant given in epoch ms. */
export type TimeComparison = '>=' | '<' | '<=' | '>';

/**
 * `expr OP instant` for a DateTime (whole seconds) column: the instant is rounded so the comparison keeps its
 * meaning for sub-second instants (t >= 10.5 s ⟺ t >= 11 s; t <= 10.5 s ⟺ t <= 10 s), and instants outside
 * DateTime's range (1970 – 2106) turn into the constant the comparison would give.
 */
export function compareTime(expr: string, op: TimeComparison, epochMs: number): string {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a finite instant: ${String(epochMs)}`);
  const seconds = op === '>=' || op === '<' ? Math.ceil(epochMs / 1000) : Math.floor(epochMs / 1000);
  if (seconds < 0) return op === '>=' || op === '>' ? '1' : '0';
  if (seconds > MAX_DATETIME) return op === '>=' || op === '>' ? '0' : '1';
  return `${expr} ${op} toDateTime(${int(seconds)})`;
}
