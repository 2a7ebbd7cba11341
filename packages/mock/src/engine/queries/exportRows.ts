import type { ExportRow, QueryParams, QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { nullable } from '../nullable.js';
import { round2 } from '../stats.js';
import { keysetPage, timeOrderedPage, type AttemptPage } from '../timeOrderedPage.js';
import { IsoFormatter } from './exportRowsIso.js';

// round2 goes through toFixed (text and back) per call; bands take few values, so each is rounded once. Bounded, in
// case a dataset's bands are arbitrary numbers.
const rounded = new Map<number, number>();
function round2Cached(x: number): number {
  let r = rounded.get(x);
  if (r === undefined) {
    if (rounded.size >= 4096) rounded.clear();
    r = round2(x);
    rounded.set(x, r);
  }
  return r;
}

/** A row's average_band: the mean of the task bands it has, rounded to 2 decimals; null with neither. */
export function averageBand(task1: number, task2: number): number | null {
  if (task1 === task1 && task2 === task2) return round2Cached((task1 + task2) / 2);
  if (task1 === task1) return round2Cached(task1);
  if (task2 === task2) return round2Cached(task2);
  return null;
}

type R = ExportRow;

// Rows are built by a constructor, not an object literal. V8 watches how many objects of each object literal survive
// young-generation collections; an export page's rows live while the page is checked and encoded, so V8 soon
// allocated the literal's rows straight in the old generation, where every scavenge then treated them as live and
// kept each row's fresh timestamps and numbers alive too: the scavenges cost as much as building the rows
// (--no-allocation-site-pretenuring showed it: 0.93 s → 0.57 s of CPU per million rows). Objects made by `new` are
// not pretenured so. With `Object.prototype` as the prototype the rows are plain objects all the same: same
// prototype and constructor as a literal's, the same own properties in the same order.
function ExportRowRecord(
  this: R, attempt_id: R['attempt_id'], user_id: R['user_id'], org_ids: R['org_ids'], plan: R['plan'],
  submitted_at: R['submitted_at'], goal_band: R['goal_band'], average_band: R['average_band'], task1_band: R['task1_band'],
  task2_band: R['task2_band'], org_id: R['org_id'], team_id: R['team_id'], display_name: R['display_name'],
  activity_id: R['activity_id'], activity_name: R['activity_name'], score: R['score'], duration_seconds: R['duration_seconds'],
  talk_ms: R['talk_ms'], listen_ms: R['listen_ms'], started_at: R['started_at'], ended_at: R['ended_at'],
): void {
  this.attempt_id = attempt_id;
  this.user_id = user_id;
  // Users belong to exactly one org in the canonical model.
  this.org_ids = org_ids;
  this.plan = plan;
  this.submitted_at = submitted_at;
  this.goal_band = goal_band;
  this.average_band = average_band;
  this.task1_band = task1_band;
  this.task2_band = task2_band;
  this.org_id = org_id;
  this.team_id = team_id;
  this.display_name = display_name;
  this.activity_id = activity_id;
  this.activity_name = activity_name;
  this.score = score;
  this.duration_seconds = duration_seconds;
  this.talk_ms = talk_ms;
  this.listen_ms = listen_ms;
  this.started_at = started_at;
  this.ended_at = ended_at;
}
ExportRowRecord.prototype = Object.prototype;
const Row = ExportRowRecord as unknown as new (...fields: Parameters<typeof ExportRowRecord>) => ExportRow;


/** The attempt rows of an `exportRows` page (started_at, attempt_id order) and the total: what both forms answer. */
export function exportPage(ctx: EngineContext, params: QueryParams<'exportRows'>): AttemptPage {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const limit = params.limit ?? Infinity;
  const page =
    params.afterStartedAt !== undefined && params.afterAttemptId !== undefined
      ? keysetPage(ctx, start, end, Date.parse(params.afterStartedAt), params.afterAttemptId, params.offset + limit)
      : timeOrderedPage(ctx, start, end, params.offset, limit, false);
  if (params.afterStartedAt !== undefined) page.rows = page.rows.slice(params.offset);
  return page;
}

/** Answers `exportRows` (seed 000 BI export): a page of attempts in started_at, attempt_id order, with a total. */
export function exportRows(ctx: EngineContext, params: QueryParams<'exportRows'>): QueryResult<'exportRows'> {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const page = exportPage(ctx, params);
  const iso = new IsoFormatter();
  return {
    total: page.total,
    rows: page.rows.map((i): ExportRow => {
      const u = dataset.users[a.user[i]!]!;
      const act = dataset.activities[a.activity[i]!]!;
      const startedAt = iso.format(a.startedAt[i]!);
      const ended = a.endedAt[i]!;
      const endedAt = ended === ended ? iso.format(ended) : null;
      return new Row(
        a.id[i]!, u.user_id, u.org_id, u.plan, endedAt ?? startedAt, nullable(a.goalBand[i]!),
        averageBand(a.task1Band[i]!, a.task2Band[i]!), nullable(a.task1Band[i]!), nullable(a.task2Band[i]!),
        dataset.orgs[a.org[i]!]!.org_id, u.team_id, u.display_name, act.activity_id, act.title, nullable(a.score[i]!),
        nullable(a.duration[i]!), nullable(a.talkMs[i]!), nullable(a.listenMs[i]!), startedAt, endedAt,
      );
    }),
  };
}
