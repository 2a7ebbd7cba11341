/**
 * The parameters of one statement. Every value reaches PostgreSQL through here as a typed `$n` placeholder; the
 * SQL text is built only from placeholders, the mapping's checked identifiers and fragments fixed in code.
 */
export class Binds {
  /** Values in placeholder order. */
  readonly values: unknown[] = [];

  private add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  /** A text parameter. PostgreSQL text cannot hold NUL, so such a value (which matches nothing) binds as NULL. */
  text(value: string): string {
    return this.add(value.includes('\u0000') ? null : value, 'text');
  }

  /** A text[] parameter, without values holding NUL (they could match nothing). */
  texts(values: readonly string[]): string {
    return this.add(values.filter((v) => !v.includes('\u0000')), 'text[]');
  }

  /** A bigint parameter. */
  int(value: number): string {
    return this.add(String(Math.trunc(value)), 'int8');
  }

  /** A date parameter from "YYYY-MM-DD". */
  date(isoDate: string): string {
    return this.add(isoDate, 'date');
  }

  /** A timestamptz parameter from an ISO 8601 instant. */
  instant(iso: string): string {
    return this.add(iso, 'timestamptz');
  }
}
