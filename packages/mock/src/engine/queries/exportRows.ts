import type { ExportRow, QueryParams, QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { nullable } from '../nullable.js';
import { round2 } from '../stats.js';
import { keysetPage, timeOrderedPage } from '../timeOrderedPage.js';
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

function averageBand(task1: number, task2: number): number | null {
  if (task1 === task1 && task2 === task2) return round2Cached((task1 + task2) / 2);
  if (task1 === task1) return round2Cached(task1);
  if (task2 === task2) return round2Cached(task2);
  return null;
}

/** Answers `exportRows` (seed 000 BI export): a page of attempts in started_at, attempt_id order, with a total. */
export function exportRows(ctx: EngineContext, params: QueryParams<'exportRows'>): QueryResult<'exportRows'> {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  const limit = params.limit ?? Infinity;
  const page =
    params.afterStartedAt !== undefined && params.afterAttemptId !== undefined
      ? keysetPage(ctx, start, end, Date.parse(params.afterStartedAt), params.afterAttemptId, params.offset + limit)
      : timeOrderedPage(ctx, start, end, params.offset, limit, false);
  if (params.afterStartedAt !== undefined) page.rows = page.rows.slice(params.offset);
  const iso = new IsoFormatter();
  return {
    total: page.total,
    rows: page.rows.map((i): ExportRow => {
      const u = dataset.users[a.user[i]!]!;
      const act = dataset.activities[a.activity[i]!]!;
      const startedAt = iso.format(a.startedAt[i]!);
      const ended = a.endedAt[i]!;
      const endedAt = ended === ended ? iso.format(ended) : null;
      return {
        attempt_id: a.id[i]!,
        user_id: u.user_id,
        // Users belong to exactly one org in the canonical model.
        org_ids: u.org_id,
        plan: u.plan,
        submitted_at: endedAt ?? startedAt,
        goal_band: nullable(a.goalBand[i]!),
        average_band: averageBand(a.task1Band[i]!, a.task2Band[i]!),
        task1_band: nullable(a.task1Band[i]!),
        task2_band: nullable(a.task2Band[i]!),
        org_id: dataset.orgs[a.org[i]!]!.org_id,
        team_id: u.team_id,
        display_name: u.display_name,
        activity_id: act.activity_id,
        activity_name: act.title,
        score: nullable(a.score[i]!),
        duration_seconds: nullable(a.duration[i]!),
        talk_ms: nullable(a.talkMs[i]!),
        listen_ms: nullable(a.listenMs[i]!),
        started_at: startedAt,
        ended_at: endedAt,
      };
    }),
  };
}
