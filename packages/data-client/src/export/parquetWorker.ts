// The Parquet worker thread (Node only; see parquetEncoder.ts): an export's writer, fed one page at a time by the
// thread that fetches and checks the pages. Each page is answered, in order, with the bytes it completed (transferred)
// or with the error the writer threw, so the export fails as it would have in-thread.
import { ColumnUnpacker, type PackedColumn } from './packedColumns.js';
import { ParquetStreamWriter, type ExportColumn } from './parquetWriter.js';

/**
 * A message to the worker: a new file (an export starts; a worker serves one export at a time and is reused for the
 * next), a page of its rows, or its end.
 */
export type ParquetWorkerRequest =
  | { type: 'open'; columns: ExportColumn[]; rowGroupRows: number }
  | { type: 'page'; length: number; columns: PackedColumn[] }
  | { type: 'finish' };

/** The worker's answer: `ready` once, then one `bytes` or `error` per request, in order. */
export type ParquetWorkerReply =
  | { type: 'ready' }
  | { type: 'bytes'; parts: Uint8Array[] }
  | { type: 'error'; name: string; message: string };

// The part of node:worker_threads used here (data-client compiles without Node's types).
interface Port {
  on(event: 'message', listener: (message: ParquetWorkerRequest) => void): void;
  postMessage(message: ParquetWorkerReply, transfer?: ArrayBuffer[]): void;
}

// A non-literal specifier: bundlers leave it alone, and only a Node worker thread ever loads this file.
const threadsModule = 'node:worker_threads';
const { parentPort } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ threadsModule)) as { parentPort: Port };
let writer: ParquetStreamWriter | undefined;
let unpacker = new ColumnUnpacker();

parentPort.on('message', (request) => {
  if (request.type === 'open') {
    writer = new ParquetStreamWriter(request.columns, { rowGroupRows: request.rowGroupRows });
    unpacker = new ColumnUnpacker();
    return;
  }
  let parts: Uint8Array[];
  try {
    if (writer === undefined) throw new Error('Parquet worker: a page before the file was opened');
    parts = request.type === 'page' ? writer.writeColumns(request.length, unpacker.unpack(request.columns)) : writer.finish();
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    parentPort.postMessage({ type: 'error', name, message });
    return;
  }
  // Each part is a view of a buffer of its own (a row group's, the magic number's or the footer's copy).
  const transfer = new Set(parts.map((p) => p.buffer as ArrayBuffer));
  parentPort.postMessage({ type: 'bytes', parts }, [...transfer]);
});
parentPort.postMessage({ type: 'ready' });
