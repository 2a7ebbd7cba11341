import { createHash, createHmac } from 'node:crypto';
import type { RawEvent } from '../rawEvent.js';
import { parseIsoDuration } from './duration.js';
import { xapiStatementSchema, type XapiStatement } from './statement.js';
import { eventTypeForVerb, iriTail } from './verbs.js';

/** How statements become raw events. */
export interface XapiMappingOptions {
  /** Verb IRI or short name → event type, over the default table (`defaultVerbTable`). */
  verbs?: Readonly<Record<string, string>>;
  /**
   * A secret: when set, learner ids are `lrn_` + an HMAC-SHA256 of the actor's identifier, so no e-mail address or
   * account name reaches the analytics tables (seed 001: learner ids are pseudonymised).
   */
  learnerIdKey?: string;
  /** When the pipeline processed the statements (ISO 8601); `processed_at` of every event. */
  processedAt: string;
  /** Where they came from: `s3_path` of every event. */
  sourcePath: string;
}

/** Why one statement was refused: the field (a dotted path) and the reason, written for the person fixing it. */
export interface StatementIssue {
  field: string;
  reason: string;
}

/** The learner id of an actor: account name, e-mail address, mbox hash or OpenID, hashed when a key is set. */
function learnerIdOf(actor: XapiStatement['actor'], key: string | undefined): string {
  const identity = actor.account
    ? `${actor.account.name}`
    : actor.mbox
      ? actor.mbox.slice('mailto:'.length).toLowerCase()
      : actor.mbox_sha1sum
        ? `sha1:${actor.mbox_sha1sum.toLowerCase()}`
        : (actor.openid as string);
  if (key === undefined) return identity;
  return `lrn_${createHmac('sha256', key).update(identity).digest('hex').slice(0, 24)}`;
}

// A statement without an id gets one from its content, so ingesting the same statement twice gives one event.
function contentId(statement: unknown): string {
  const hex = createHash('sha256').update(JSON.stringify(statement)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The score on 0–100: `scaled` × 100, else `raw` placed between `min` and `max`, else `raw` when it lies in 0–100. */
function scoreOf(score: NonNullable<XapiStatement['result']>['score']): number | null | StatementIssue {
  if (!score) return null;
  if (score.scaled !== undefined) return Math.round(score.scaled * 10_000) / 100;
  if (score.raw === undefined) return null;
  if (score.min !== undefined && score.max !== undefined) {
    return Math.round(((score.raw - score.min) / (score.max - score.min)) * 10_000) / 100;
  }
  if (score.raw >= 0 && score.raw <= 100) return score.raw;
  return { field: 'result.score', reason: 'raw lies outside 0–100 and has no min and max to scale it by' };
}

/**
 * Maps one statement to a raw event (seed 001 columns), or returns every issue that stops it. Mapping: actor →
 * `learner_id`; verb (through the table) → `event_type`; `context.registration` → `session_id` (without one, the
 * learner's UTC day: `<learner>@<YYYY-MM-DD>`); `object.id` → `data.content_id` (and `data.page` for page views);
 * `result.score` → `data.score` (0–100); `result.success`, `result.completion`, `result.response` and
 * `result.duration` (seconds) into `data`; `timestamp` (else `stored`) → `timestamp`.
 */
export function statementToRawEvent(statement: unknown, options: XapiMappingOptions): RawEvent | StatementIssue[] {
  const parsed = xapiStatementSchema.safeParse(statement);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || '(statement)',
      reason: issue.message,
    }));
  }
  const s = parsed.data;
  const issues: StatementIssue[] = [];
  const when = s.timestamp ?? s.stored;
  if (when === undefined) issues.push({ field: 'timestamp', reason: 'is missing (and so is stored): the event has no time' });
  const score = scoreOf(s.result?.score);
  if (score !== null && typeof score === 'object') issues.push(score);
  let durationSeconds: number | null = null;
  if (s.result?.duration !== undefined) {
    const d = parseIsoDuration(s.result.duration);
    if ('error' in d) issues.push({ field: 'result.duration', reason: d.error });
    else durationSeconds = d.seconds;
  }
  if (issues.length > 0 || when === undefined) return issues;

  const timestamp = new Date(when).toISOString();
  const learnerId = learnerIdOf(s.actor, options.learnerIdKey);
  const activityType = s.object.definition?.type;
  const eventType = eventTypeForVerb(s.verb.id, activityType, options.verbs);
  const data: Record<string, unknown> = { content_id: s.object.id };
  if (activityType !== undefined) data.content_type = iriTail(activityType);
  if (eventType === 'page_view') data.page = s.object.id;
  if (typeof score === 'number') data.score = score;
  if (s.result?.success !== undefined) data.success = s.result.success;
  if (s.result?.completion !== undefined) data.completion = s.result.completion;
  if (s.result?.response !== undefined) data.response = s.result.response;
  if (durationSeconds !== null) data.duration_seconds = durationSeconds;
  const version = s.version ?? '1.0.0';
  const id = (s.id ?? contentId(statement)).toLowerCase();
  return {
    learner_id: learnerId,
    event_type: eventType,
    event_id: id,
    session_id: s.context?.registration?.toLowerCase() ?? `${learnerId}@${timestamp.slice(0, 10)}`,
    timestamp,
    data: JSON.stringify(data),
    metadata: JSON.stringify({
      source: 'xapi',
      statement_id: id,
      verb: s.verb.id,
      actor: s.actor.account ? 'account' : s.actor.mbox ? 'mbox' : s.actor.mbox_sha1sum ? 'mbox_sha1sum' : 'openid',
      ...(s.stored ? { stored: s.stored } : {}),
    }),
    version: `xapi-${version}`,
    processed_at: options.processedAt,
    partition_date: timestamp.slice(0, 10),
    s3_path: options.sourcePath,
  };
}
