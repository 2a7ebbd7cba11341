// The Parquet worker thread (Node only; see parquetEncoder.ts): one export's writer, fed one page at a time by the
// thread that fetches and checks the pages. Each page is answered, in order, with the bytes it completed (transferred)
// or with the error the writer threw, so the export fails as it would have in-thread.
import { ColumnUnpacker, type PackedColumn } from './packedColumns.js';
import { ParquetStreamWriter, type ExportColumn } from './parquetWriter.js';

/** What the thread starting a worker hands it. */
export interface ParquetWorkerSetup {
  columns: ExportColumn[];
  rowGroupRows: number;
}

/** A message to the worker: a page of rows, or the end of the file. */
export type ParquetWorkerRequest = { type: 'page'; length: number; columns: PackedColumn[] } | { type: 'finish' };

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
const { parentPort, workerData } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ threadsModule)) as {
  parentPort: Port;
  workerData: ParquetWorkerSetup;
};
const writer = new ParquetStreamWriter(workerData.columns, { rowGroupRows: workerData.rowGroupRows });
const unpacker = new ColumnUnpacker();

parentPort.on('message', (request) => {
  let parts: Uint8Array[];
  try {
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
