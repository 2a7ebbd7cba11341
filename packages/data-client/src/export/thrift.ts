import type { ByteSink } from './byteSink.js';

// Parquet's page headers and footer are Thrift structs in the compact protocol. Only writing is needed, and only the
// field types Parquet's metadata uses: i32, i64, binary (strings), lists and nested structs.

/** Compact-protocol type codes. */
export const T = { i32: 5, i64: 6, binary: 8, list: 9, struct: 12 } as const;

const encoder = new TextEncoder();

/** Writes one Thrift compact-protocol struct (and the structs nested in it) into a sink. */
export class CompactWriter {
  // The last field id written, per open struct: field headers store the delta from it.
  private readonly lastField: number[] = [0];

  constructor(private readonly out: ByteSink) {}

  private header(id: number, type: number): void {
    const last = this.lastField.length - 1;
    const delta = id - this.lastField[last]!;
    if (delta > 0 && delta <= 15) this.out.byte((delta << 4) | type);
    else {
      this.out.byte(type);
      this.zigzag(id);
    }
    this.lastField[last] = id;
  }

  private zigzag(value: number): void {
    this.out.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  i32(id: number, value: number): this {
    this.header(id, T.i32);
    this.zigzag(value);
    return this;
  }

  i64(id: number, value: number): this {
    this.header(id, T.i64);
    this.zigzag(value);
    return this;
  }

  string(id: number, value: string): this {
    const bytes = encoder.encode(value);
    this.header(id, T.binary);
    this.out.varint(bytes.length);
    this.out.append(bytes);
    return this;
  }

  /** A list field of `size` elements of `elementType`; write the elements next (`element*` / `beginElement`). */
  list(id: number, elementType: number, size: number): this {
    this.header(id, T.list);
    if (size < 15) this.out.byte((size << 4) | elementType);
    else {
      this.out.byte(0xf0 | elementType);
      this.out.varint(size);
    }
    return this;
  }

  elementI32(value: number): this {
    this.zigzag(value);
    return this;
  }

  elementString(value: string): this {
    const bytes = encoder.encode(value);
    this.out.varint(bytes.length);
    this.out.append(bytes);
    return this;
  }

  /** Opens a struct field; close it with `end`. */
  begin(id: number): this {
    this.header(id, T.struct);
    this.lastField.push(0);
    return this;
  }

  /** Opens a struct that is a list element; close it with `end`. */
  beginElement(): this {
    this.lastField.push(0);
    return this;
  }

  /** Closes the innermost open struct (or the top-level one). */
  end(): this {
    this.out.byte(0);
    if (this.lastField.length > 1) this.lastField.pop();
    return this;
  }
}
