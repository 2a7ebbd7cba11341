import * as z from 'zod';

/** The columns of seed 001's `raw_events`, in the seed's order: the shape `ingest` writes and `transform` reads. */
export const rawEventColumns = [
  'learner_id',
  'event_type',
  'event_id',
  'session_id',
  'timestamp',
  'data',
  'metadata',
  'version',
  'processed_at',
  'partition_date',
  's3_path',
] as const;

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s), {
  message: 'must be an ISO 8601 timestamp such as 2025-09-05T10:30:00Z',
});
const jsonObject = z.record(z.string(), z.unknown());

/**
 * One raw event as a host hands it over (JSON Lines, CSV or Parquet). `data` and `metadata` may be objects or JSON
 * text; `timestamp` is UTC (a value without an offset is read as UTC, as seed 001's TIMESTAMP_NTZ); `processed_at`,
 * `partition_date`, `version` and `s3_path` are filled in when missing.
 */
export const rawEventInputSchema = z.object({
  learner_id: z.string().trim().min(1, 'must not be empty'),
  event_type: z.string().trim().min(1, 'must not be empty'),
  event_id: z.string().trim().min(1, 'must not be empty'),
  session_id: z.string().trim().min(1, 'must not be empty'),
  timestamp: isoInstant,
  data: z.union([jsonObject, z.string()]).nullish(),
  metadata: z.union([jsonObject, z.string()]).nullish(),
  version: z.string().nullish(),
  processed_at: isoInstant.nullish(),
  partition_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .nullish(),
  s3_path: z.string().nullish(),
});

/** A raw event as given, before normalisation. */
export type RawEventInput = z.input<typeof rawEventInputSchema>;

/** A normalised raw event: every column present, instants as ISO 8601 UTC with milliseconds, payloads as JSON text. */
export interface RawEvent {
  learner_id: string;
  event_type: string;
  event_id: string;
  session_id: string;
  timestamp: string;
  data: string;
  metadata: string;
  version: string;
  processed_at: string;
  partition_date: string;
  s3_path: string;
}

/** Reads a timestamp as UTC when it carries no offset (seed 001: TIMESTAMP_NTZ holds UTC). */
export function toUtcIso(text: string): string {
  const trimmed = text.trim().replace(' ', 'T');
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed);
  return new Date(hasZone ? trimmed : `${trimmed}Z`).toISOString();
}

function jsonText(value: unknown, field: string): string {
  if (value === null || value === undefined || value === '') return '{}';
  if (typeof value === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new RawEventFieldError(field, 'is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new RawEventFieldError(field, 'must be a JSON object');
    }
    return JSON.stringify(parsed);
  }
  return JSON.stringify(value);
}

/** A field of a raw event that parsed but cannot be used. */
export class RawEventFieldError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field} ${reason}`);
  }
}

/** Defaults a normalised event takes from where it was read. */
export interface NormaliseDefaults {
  /** When the pipeline processed it (ISO 8601), used when the event has no `processed_at`. */
  processedAt: string;
  /** Where it came from, used when the event has no `s3_path`. */
  sourcePath: string;
  /** Schema version used when the event has none. */
  version?: string;
}

/** Normalises a validated input event; throws RawEventFieldError for a payload that is not a JSON object. */
export function normaliseRawEvent(input: z.output<typeof rawEventInputSchema>, defaults: NormaliseDefaults): RawEvent {
  const timestamp = toUtcIso(input.timestamp);
  return {
    learner_id: input.learner_id,
    event_type: input.event_type,
    event_id: input.event_id,
    session_id: input.session_id,
    timestamp,
    data: jsonText(input.data, 'data'),
    metadata: jsonText(input.metadata, 'metadata'),
    version: input.version ?? defaults.version ?? '1.0',
    processed_at: input.processed_at ? toUtcIso(input.processed_at) : defaults.processedAt,
    // The partition is the event's UTC date (seed 001 partitions by DATE(timestamp)), unless the host set one.
    partition_date: input.partition_date ?? timestamp.slice(0, 10),
    s3_path: input.s3_path ?? defaults.sourcePath,
  };
}
