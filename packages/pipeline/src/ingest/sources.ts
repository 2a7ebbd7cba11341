import type { InputRecord } from './readRecords.js';

/** One statement and where it sits: its index among every statement read, its file and its position there. */
export interface SourcedValue {
  value: unknown;
  index: number;
  file: string;
  position: number;
  /** Set when the value could not be read at all. */
  parseError?: string;
}

function isStatementResult(value: unknown): value is { statements: unknown[]; more?: string } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { statements?: unknown }).statements);
}

/**
 * Unpacks what an xAPI producer sends into single statements: a statement, a JSON array of them, or an LRS
 * `StatementResult` page (`{ statements, more }`) — in a JSON file or on each line of JSON Lines.
 */
export async function* xapiStatements(records: AsyncIterable<InputRecord>, start = 0): AsyncGenerator<SourcedValue> {
  let index = start;
  for await (const record of records) {
    const { file, position } = record;
    if (record.parseError !== undefined) {
      yield { value: record.value, index: index++, file, position, parseError: record.parseError };
      continue;
    }
    const value = record.value;
    const list = Array.isArray(value) ? value : isStatementResult(value) ? value.statements : [value];
    for (let i = 0; i < list.length; i++) {
      yield { value: list[i], index: index++, file, position: Array.isArray(value) || isStatementResult(value) ? i : position };
    }
  }
}

/** Raw event records as they are: one per JSON line, CSV row, Parquet row or JSON array element. */
export async function* rawRecords(records: AsyncIterable<InputRecord>, start = 0): AsyncGenerator<SourcedValue> {
  let index = start;
  for await (const record of records) {
    const { file, position } = record;
    if (record.parseError !== undefined) {
      yield { value: record.value, index: index++, file, position, parseError: record.parseError };
    } else if (Array.isArray(record.value)) {
      for (let i = 0; i < record.value.length; i++) yield { value: record.value[i], index: index++, file, position: i };
    } else {
      yield { value: record.value, index: index++, file, position };
    }
  }
}

/** Options of `fetchStatementPages`. */
export interface FetchStatementsOptions {
  /** Request headers, e.g. `Authorization` and `X-Experience-API-Version`. */
  headers?: Record<string, string>;
  /** Stops following `more` after this many pages (default 10,000). */
  maxPages?: number;
  signal?: AbortSignal;
}

/**
 * Reads statements from an LRS's statements resource, following each `StatementResult.more` link (relative to the
 * LRS's origin, as the specification says) until there is none.
 */
export async function* fetchStatementPages(url: string, options: FetchStatementsOptions = {}): AsyncGenerator<InputRecord> {
  let next: string | undefined = url;
  let pages = 0;
  const maxPages = options.maxPages ?? 10_000;
  while (next) {
    if (++pages > maxPages) throw new Error(`stopped after ${maxPages} pages of statements from ${url}`);
    const response = await fetch(next, {
      headers: { 'X-Experience-API-Version': '1.0.3', ...options.headers },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok) throw new Error(`the LRS answered ${response.status} ${response.statusText} for ${next}`);
    const page = (await response.json()) as unknown;
    yield { value: page, file: next, position: pages };
    const more = isStatementResult(page) ? page.more : undefined;
    next = more ? new URL(more, next).toString() : undefined;
  }
}
