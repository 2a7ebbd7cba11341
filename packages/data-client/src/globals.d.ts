// data-client compiles against the ECMAScript library only (no DOM, no Node
// types), so the compiler itself proves it touches neither. These are the few
// web-platform globals it needs, which every browser, Node ≥ 18, Deno and Bun
// provide; declared structurally so no environment's type package is pulled in.
declare global {
  interface AbortSignal {
    readonly aborted: boolean;
    readonly reason: unknown;
    addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
    removeEventListener(type: 'abort', listener: () => void): void;
  }
  // Present in browsers and Node ≥ 19; the audit id falls back when it is not, and a client without a pseudonym
  // secret asks for one.
  var crypto: { randomUUID?: () => string; getRandomValues?: <T extends Uint8Array>(array: T) => T } | undefined;
  // The Parquet worker's file is found beside its module (export/parquetEncoder.ts, Node only).
  interface ImportMeta {
    readonly url: string;
  }
  class URL {
    constructor(url: string, base?: string);
    readonly href: string;
  }
  class TextEncoder {
    encode(input?: string): Uint8Array;
    encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
  }
}
export {};
