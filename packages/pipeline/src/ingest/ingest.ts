import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { csvLine } from '../csvText.js';
import { normaliseRawEvent, rawEventColumns, rawEventInputSchema, RawEventFieldError, type RawEvent } from '../rawEvent.js';
import { statementToRawEvent, type XapiMappingOptions } from '../xapi/toRawEvent.js';
import { listInputFiles } from './inputFiles.js';
import { readRecords, type InputRecord } from './readRecords.js';
import { rawRecords, xapiStatements, type SourcedValue } from './sources.js';

/** What was refused and why: one entry per refused record, as written to `rejects.jsonl`. */
export interface Reject {
  /** 0-based index of the record among every record (or statement) read in this run. */
  index: number;
  file: string;
  /** Line or row in the file (CSV: the line, header = 1), or the index within a JSON array or statement page. */
  position: number;
  /** The dotted path of the field at fault, or `(record)`. */
  field: string;
  reason: string;
  /** The record as it was read. */
  record: unknown;
}

/** One outcome of mapping a record: the event it became, or why it was refused. */
export type IngestOutcome = { event: RawEvent } | { reject: Reject };

/** Options of `mapRecords` and `ingest`. */
export interface IngestMappingOptions {
  /** `raw`: seed 001 `raw_events` rows; `xapi`: xAPI statements. */
  format: 'raw' | 'xapi';
  /** ISO 8601 instant stamped as `processed_at` where the input has none (default: now). */
  processedAt?: string;
  /** xAPI only: verb table overrides and the learner-id hashing key. */
  xapi?: Pick<XapiMappingOptions, 'verbs' | 'learnerIdKey'>;
}

function rawOutcome(item: SourcedValue, processedAt: string): IngestOutcome {
  const reject = (field: string, reason: string): IngestOutcome => ({
    reject: { index: item.index, file: item.file, position: item.position, field, reason, record: item.value },
  });
  if (item.parseError !== undefined) return reject('(record)', item.parseError);
  const parsed = rawEventInputSchema.safeParse(item.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'} ${i.message}`).join('; ');
    return reject(first.path.join('.') || '(record)', reason);
  }
  try {
    return { event: normaliseRawEvent(parsed.data, { processedAt, sourcePath: parsed.data.s3_path ?? item.file }) };
  } catch (error) {
    if (error instanceof RawEventFieldError) return reject(error.field, error.message);
    throw error;
  }
}

/**
 * Maps records to raw events, one outcome per record, in order — the library form of `learnlens ingest` that a host's
 * own endpoint can call with statements or events it received (`source` is any iterable of parsed records).
 */
export async function* mapRecords(source: AsyncIterable<InputRecord> | Iterable<InputRecord>, options: IngestMappingOptions): AsyncGenerator<IngestOutcome> {
  const processedAt = options.processedAt ?? new Date().toISOString();
  const records = (async function* () {
    yield* source;
  })();
  if (options.format === 'raw') {
    for await (const item of rawRecords(records)) yield rawOutcome(item, processedAt);
    return;
  }
  for await (const item of xapiStatements(records)) {
    if (item.parseError !== undefined) {
      yield { reject: { index: item.index, file: item.file, position: item.position, field: '(statement)', reason: item.parseError, record: item.value } };
      continue;
    }
    const mapped = statementToRawEvent(item.value, { ...options.xapi, processedAt, sourcePath: item.file });
    if (Array.isArray(mapped)) {
      const reason = mapped.map((i) => `${i.field} ${i.reason}`).join('; ');
      yield { reject: { index: item.index, file: item.file, position: item.position, field: mapped[0]?.field ?? '(statement)', reason, record: item.value } };
    } else {
      yield { event: mapped };
    }
  }
}

/** Options of `ingest`. */
export interface IngestOptions extends IngestMappingOptions {
  /** Files or folders to read (folders recursively; `.jsonl`, `.ndjson`, `.json`, `.csv`, `.parquet`). */
  inputs: readonly string[];
  /** Folder to write `raw_events.csv` and `rejects.jsonl` into (created when missing; both files are replaced). */
  out: string;
  /** Called every 100,000 records with the counts so far. */
  onProgress?: (progress: { accepted: number; rejected: number }) => void;
}

/** What `ingest` did. */
export interface IngestSummary {
  files: number;
  accepted: number;
  rejected: number;
  eventsFile: string;
  rejectsFile: string;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * Reads raw events or xAPI statements from files and folders, writes every valid one to `out/raw_events.csv` (seed 001
 * columns) and every refused one to `out/rejects.jsonl` with its index, file, position, field and reason. Nothing is
 * dropped silently: accepted + rejected is every record read. Streams: memory does not grow with the input.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const files = listInputFiles(options.inputs);
  mkdirSync(options.out, { recursive: true });
  const eventsFile = join(options.out, 'raw_events.csv');
  const rejectsFile = join(options.out, 'rejects.jsonl');
  const events = createWriteStream(eventsFile, 'utf8');
  const rejects = createWriteStream(rejectsFile, 'utf8');
  let accepted = 0;
  let rejected = 0;
  try {
    await write(events, csvLine(rawEventColumns));
    const records = (async function* () {
      for (const file of files) yield* readRecords(file);
    })();
    for await (const outcome of mapRecords(records, options)) {
      if ('event' in outcome) {
        accepted++;
        await write(events, csvLine(rawEventColumns.map((c) => outcome.event[c])));
      } else {
        rejected++;
        await write(rejects, `${JSON.stringify(outcome.reject)}\n`);
      }
      if ((accepted + rejected) % 100_000 === 0) options.onProgress?.({ accepted, rejected });
    }
  } finally {
    await Promise.all([close(events), close(rejects)]);
  }
  return { files: files.length, accepted, rejected, eventsFile, rejectsFile };
}
