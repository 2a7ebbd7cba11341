import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import type { InputFile } from './inputFiles.js';

/** One record read from an input file, with where it was: the line for text files, the row for Parquet. */
export interface InputRecord {
  /** The parsed value, or the parse error of a line that is not JSON. */
  value: unknown;
  parseError?: string;
  file: string;
  /** 1-based line (JSON Lines, CSV) or row (Parquet); the element index for a JSON array. */
  position: number;
}

async function* jsonLines(file: string): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let position = 0;
  for await (const line of lines) {
    position++;
    if (line.trim() === '') continue;
    try {
      yield { value: JSON.parse(line), file, position };
    } catch (error) {
      yield { value: line, parseError: `line ${position} is not JSON: ${(error as Error).message}`, file, position };
    }
  }
}

async function* csvRows(file: string): AsyncGenerator<InputRecord> {
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, relax_column_count: false }));
  let position = 1;
  try {
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      position++;
      // An empty cell is a missing value, as in every CSV the project writes.
      const value = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '' ? null : v]));
      yield { value, file, position };
    }
  } catch (error) {
    yield { value: null, parseError: `CSV is malformed after line ${position}: ${(error as Error).message}`, file, position: position + 1 };
  }
}

// Parquet is read one row group at a time, so memory stays bounded by the largest group, not the file.
async function* parquetRows(file: string): AsyncGenerator<InputRecord> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await parquetReadObjects({ file: buffer, metadata, rowStart, rowEnd });
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>;
      const value = Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v]),
      );
      yield { value, file, position: rowStart + i + 1 };
    }
    rowStart = rowEnd;
  }
}

async function* jsonDocument(file: string): AsyncGenerator<InputRecord> {
  const chunks: string[] = [];
  for await (const chunk of createReadStream(file, 'utf8')) chunks.push(chunk as string);
  const text = chunks.join('');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { value: text, parseError: `the file is not JSON: ${(error as Error).message}`, file, position: 1 };
    return;
  }
  yield { value, file, position: 1 };
}

/** Streams the records of one file: a line of JSON Lines, a CSV row, a Parquet row, or a whole JSON document. */
export function readRecords(input: InputFile): AsyncGenerator<InputRecord> {
  switch (input.kind) {
    case 'jsonl':
      return jsonLines(input.path);
    case 'csv':
      return csvRows(input.path);
    case 'parquet':
      return parquetRows(input.path);
    case 'json':
      return jsonDocument(input.path);
  }
}
