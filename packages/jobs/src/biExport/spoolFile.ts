import { createHash } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvCell, ParquetStreamWriter, type ExportColumn, type ExportRow } from '@learnlens/data-client';
import type { ObjectSource } from '../s3/putObjectOnce.js';

/** An encoded file on disk, ready to upload: its size, hash and row count. */
export interface SpooledFile extends ObjectSource {
  rows: number;
  /** Removes the file. */
  dispose(): Promise<void>;
}

async function* csvChunks(columns: readonly ExportColumn[], pages: AsyncIterable<ExportRow[]>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const names = columns.map((c) => c.name as keyof ExportRow);
  yield encoder.encode(`${names.map((n) => csvCell(n)).join(',')}\r\n`);
  for await (const page of pages) {
    let text = '';
    for (const row of page) text += `${names.map((n) => csvCell(row[n])).join(',')}\r\n`;
    yield encoder.encode(text);
  }
}

async function* parquetChunks(columns: readonly ExportColumn[], pages: AsyncIterable<ExportRow[]>): AsyncGenerator<Uint8Array> {
  const writer = new ParquetStreamWriter(columns);
  for await (const page of pages) yield* writer.write(page);
  yield* writer.finish();
}

/**
 * Encodes `pages` as `format` into a temporary file while hashing it, holding one page and one Parquet row group
 * in memory at most. The whole file must exist before the upload: its hash decides whether the upload is needed
 * at all (a rerun of the same day finds the same bytes), and a multipart upload is sent from it part by part.
 */
export async function spoolFile(
  format: 'parquet' | 'csv',
  columns: readonly ExportColumn[],
  pages: AsyncIterable<ExportRow[]>,
): Promise<SpooledFile> {
  let rows = 0;
  const counted = (async function* () {
    for await (const page of pages) {
      rows += page.length;
      yield page;
    }
  })();
  const file = await spoolBytes(format, format === 'parquet' ? parquetChunks(columns, counted) : csvChunks(columns, counted));
  file.rows = rows;
  return file;
}

/** Writes an encoded file's `chunks` (e.g. a server's export as it downloads) into a temporary file while hashing them; `rows` is 0 until set. */
export async function spoolBytes(format: 'parquet' | 'csv', chunks: AsyncIterable<Uint8Array>): Promise<SpooledFile> {
  const dir = await mkdtemp(join(tmpdir(), 'learnlens-bi-'));
  const path = join(dir, `export.${format}`);
  const dispose = () => rm(dir, { recursive: true, force: true });
  const hash = createHash('sha256');
  let size = 0;
  try {
    const handle = await open(path, 'w');
    try {
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    rows: 0,
    size,
    sha256: hash.digest('hex'),
    async read(offset, length) {
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    dispose,
  };
}
