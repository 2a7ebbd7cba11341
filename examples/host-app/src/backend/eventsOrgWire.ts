// The answer of the demo server's events-org pipeline (server/eventsOrgPipeline.ts), as it travels to the page's
// worker: the three tables the pipeline writes, as the Parquet files `transform` wrote, behind a small JSON header.
// Parquet rather than JSON because at the 1M size the org holds ~415,000 events: as JSON rows they are ~150 MB that
// the page would have to hold as one string and parse; as Parquet ~10 MB, read column by column (hyparquet).
// The org's other tables are not sent: the page's worker generated the same ones itself.
import { parquetReadObjects, type ParquetParsers } from 'hyparquet';
import type { DatasetRows } from '@learnlens/mock';

/** The tables the pipeline replaces, in the order they travel. */
export const pipelineTables = ['events', 'sessions', 'mastery_deltas'] as const;

/** A table the pipeline replaces. */
export type PipelineTable = (typeof pipelineTables)[number];

/** Raw events ingested, rows the transform wrote per table, and how long the server took. */
export interface EventsOrgStats {
  rawEvents: number;
  events: number;
  sessions: number;
  masteryDeltas: number;
  ms: number;
}

/** What the page's worker gets: the org, the stats, and the transformed tables as rows. */
export interface EventsOrgAnswer {
  orgId: string;
  stats: EventsOrgStats;
  rows: Required<Pick<DatasetRows, PipelineTable>>;
}

interface Header {
  orgId: string;
  stats: EventsOrgStats;
  /** Byte length of each table's Parquet file, in `pipelineTables` order. */
  lengths: number[];
}

/** Frames the answer: a 4-byte little-endian header length, the JSON header, then each table's Parquet bytes. */
export function encodeEventsOrg(orgId: string, stats: EventsOrgStats, parquet: Record<PipelineTable, Uint8Array>): Uint8Array {
  const files = pipelineTables.map((t) => parquet[t]);
  const header = new TextEncoder().encode(JSON.stringify({ orgId, stats, lengths: files.map((f) => f.byteLength) } satisfies Header));
  const body = new Uint8Array(4 + header.byteLength + files.reduce((n, f) => n + f.byteLength, 0));
  new DataView(body.buffer).setUint32(0, header.byteLength, true);
  body.set(header, 4);
  let offset = 4 + header.byteLength;
  for (const file of files) {
    body.set(file, offset);
    offset += file.byteLength;
  }
  return body;
}

const decoder = new TextDecoder();
// Values as the JSON rows `learnlens dataset` writes carry them: instants as ISO strings (milliseconds, as the
// transform's JSON output), the payload as its JSON text, 64-bit counts as numbers.
const parsers: Partial<ParquetParsers> = {
  timestampFromMicroseconds: (micros: bigint) => new Date(Number(micros / 1000n)).toISOString(),
  timestampFromMilliseconds: (millis: bigint) => new Date(Number(millis)).toISOString(),
  jsonFromBytes: (bytes: Uint8Array | undefined) => bytes && decoder.decode(bytes),
};

/** Reads an answer `encodeEventsOrg` framed. Throws when the frame is cut short. */
export async function decodeEventsOrg(buffer: ArrayBuffer): Promise<EventsOrgAnswer> {
  if (buffer.byteLength < 4) throw new Error('The event pipeline answer is empty');
  const headerLength = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(decoder.decode(new Uint8Array(buffer, 4, headerLength))) as Header;
  let offset = 4 + headerLength;
  if (offset + header.lengths.reduce((n, l) => n + l, 0) !== buffer.byteLength) throw new Error('The event pipeline answer is cut short');
  const rows = {} as Record<PipelineTable, Record<string, unknown>[]>;
  for (const [i, table] of pipelineTables.entries()) {
    const file = buffer.slice(offset, offset + header.lengths[i]!);
    offset += header.lengths[i]!;
    const read = (await parquetReadObjects({ file, parsers })) as Record<string, unknown>[];
    for (const row of read) {
      for (const key in row) if (typeof row[key] === 'bigint') row[key] = Number(row[key]);
    }
    rows[table] = read;
  }
  return { orgId: header.orgId, stats: header.stats, rows: rows as unknown as EventsOrgAnswer['rows'] };
}
