import {
  BIGINT,
  LIST,
  TIMESTAMPTZ,
  VARCHAR,
  listValue,
  timestampTZValue,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';

/**
 * The bound parameters of one statement. Every value reaches DuckDB through here as a typed `$pN` parameter;
 * SQL text is built only from these placeholders and identifiers fixed in code.
 */
export class Binds {
  /** Values by parameter name. */
  readonly values: Record<string, DuckDBValue> = {};
  /** DuckDB types by parameter name (inference cannot type an empty list). */
  readonly types: Record<string, DuckDBType> = {};
  private count = 0;

  private add(value: DuckDBValue, type: DuckDBType): string {
    const name = `p${++this.count}`;
    this.values[name] = value;
    this.types[name] = type;
    return `$${name}`;
  }

  /** A VARCHAR parameter. */
  text(value: string): string {
    return this.add(value, VARCHAR);
  }

  /** A VARCHAR[] parameter. */
  texts(values: readonly string[]): string {
    return this.add(listValue([...values]), LIST(VARCHAR));
  }

  /** A BIGINT parameter. */
  int(value: number): string {
    return this.add(BigInt(Math.trunc(value)), BIGINT);
  }

  /** A TIMESTAMPTZ parameter from epoch milliseconds. */
  instant(epochMs: number): string {
    return this.add(timestampTZValue(BigInt(Math.round(epochMs)) * 1000n), TIMESTAMPTZ);
  }
}
